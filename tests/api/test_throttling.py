"""Rate limits per token, per user, else per address: 429 with Retry-After."""

from tests.api.conftest import API, bearer
from tests.factories import UserFactory


def test_anonymous_callers_are_limited_per_address(client, db, settings):
    settings.API_RATE_LIMIT = 3
    for _ in range(3):
        assert client.get(f"{API}/outlets").status_code == 200
    response = client.get(f"{API}/outlets")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert response.json()["detail"]
    other_address = client.get(f"{API}/outlets", REMOTE_ADDR="192.0.2.7")
    assert other_address.status_code == 200


def test_each_token_has_its_own_larger_budget(client, db, settings, token_of):
    settings.API_RATE_LIMIT = 1
    settings.API_RATE_LIMIT_AUTHENTICATED = 2
    first, second = bearer(token_of(UserFactory())), bearer(token_of(UserFactory()))
    assert client.get(f"{API}/outlets").status_code == 200
    assert client.get(f"{API}/outlets").status_code == 429
    assert [client.get(f"{API}/outlets", headers=first).status_code for _ in range(3)] == [
        200,
        200,
        429,
    ]
    assert client.get(f"{API}/outlets", headers=second).status_code == 200


def test_logged_in_users_are_counted_as_themselves(client, user, settings):
    settings.API_RATE_LIMIT = 1
    settings.API_RATE_LIMIT_AUTHENTICATED = 2
    client.force_login(user)
    codes = [client.get(f"{API}/outlets").status_code for _ in range(3)]
    assert codes == [200, 200, 429]
