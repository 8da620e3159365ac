"""Who the caller is: a token, the session, or anyone; unsafe methods are refused."""

import pytest

from mediacompare.api import services
from mediacompare.api.models import ApiToken
from tests.api.conftest import API, bearer
from tests.factories import UserFactory


def test_only_a_digest_of_the_token_is_stored(user):
    token, secret = services.token_create(user=user, name="scripts")
    stored = ApiToken.objects.get(pk=token.pk)
    assert secret not in (stored.digest, stored.prefix, stored.name)
    assert stored.digest == services.token_digest(secret)
    assert secret.startswith(stored.prefix)


def test_a_token_says_who_calls(client, notes, token_of):
    response = client.get(
        f"{API}/notes?mine=true", headers=bearer(token_of(notes["private_author"]))
    )
    assert len(response.json()["items"]) == 1


@pytest.mark.parametrize(
    "header",
    [
        "Bearer mcp_not-a-real-token",
        "Bearer something",
        "Bearer ",
        "Basic dXNlcjpwYXNz",
        "Token abc",
        "Bearer " + "x" * 10_000,
    ],
)
def test_a_bad_token_is_401_never_anonymous(client, db, header):
    response = client.get(f"{API}/events", headers={"Authorization": header})
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    assert response.json()["detail"]


def test_a_revoked_token_stops_working(client, user):
    token, secret = services.token_create(user=user, name="scripts")
    assert client.get(f"{API}/events", headers=bearer(secret)).status_code == 200
    assert services.token_revoke(user=user, token_id=token.pk)
    assert client.get(f"{API}/events", headers=bearer(secret)).status_code == 401


def test_an_inactive_users_token_stops_working(client, user, token_of):
    secret = token_of(user)
    user.is_active = False
    user.save()
    assert client.get(f"{API}/events", headers=bearer(secret)).status_code == 401


def test_only_its_owner_revokes_a_token(user):
    token, _ = services.token_create(user=user, name="scripts")
    assert not services.token_revoke(user=UserFactory(), token_id=token.pk)
    assert ApiToken.objects.filter(pk=token.pk).exists()


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("path", ["/events", "/notes", "/articles/1"])
def test_unsafe_methods_are_405(client, user, method, path):
    client.force_login(user)
    response = getattr(client, method)(f"{API}{path}")
    assert response.status_code == 405
