"""The tokens page: make a token (shown once), list them, revoke one."""

from django.urls import reverse

from mediacompare.api.models import ApiToken
from tests.api.conftest import API, bearer

PAGE = "/accounts/api-tokens/"


def test_the_page_needs_a_login(client, db):
    response = client.get(PAGE)
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_make_a_token_and_see_it_once(client, user):
    client.force_login(user)
    response = client.post(PAGE, {"name": "  research   scripts "})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    secret = response.context["secret"]
    assert secret in response.text
    token = ApiToken.objects.get(user=user)
    assert token.name == "research scripts"
    page = client.get(PAGE)
    assert secret not in page.text
    assert "research scripts" in page.text and token.prefix in page.text
    assert client.get(f"{API}/notes?mine=true", headers=bearer(secret)).status_code == 200


def test_a_nameless_or_duplicate_token_is_refused(client, user):
    client.force_login(user)
    assert client.post(PAGE, {"name": "   "}).status_code == 422
    client.post(PAGE, {"name": "scripts"})
    response = client.post(PAGE, {"name": "scripts"})
    assert response.status_code == 422
    assert ApiToken.objects.filter(user=user).count() == 1


def test_at_most_so_many_tokens(client, user, settings):
    settings.API_TOKENS_MAX = 2
    client.force_login(user)
    client.post(PAGE, {"name": "one"})
    client.post(PAGE, {"name": "two"})
    response = client.post(PAGE, {"name": "three"})
    assert response.status_code == 422
    assert "revoke one first" in response.text
    assert ApiToken.objects.filter(user=user).count() == 2


def test_revoke(client, user, other_user, token_of):
    secret = token_of(user)
    token = ApiToken.objects.get(user=user)
    revoke = reverse("api_tokens:revoke", args=[token.pk])
    client.force_login(other_user)
    assert client.post(revoke).status_code == 404
    assert client.get(revoke).status_code == 405
    client.force_login(user)
    response = client.post(revoke)
    assert response.status_code == 302
    assert not ApiToken.objects.exists()
    assert client.get(f"{API}/events", headers=bearer(secret)).status_code == 401


def test_signed_in_pages_link_to_the_tokens_page(client, user):
    client.force_login(user)
    assert f'href="{PAGE}">API tokens</a>' in client.get(reverse("notes:mine")).text
    client.logout()
    assert "API tokens" not in client.get(reverse("coverage:event_list")).text
