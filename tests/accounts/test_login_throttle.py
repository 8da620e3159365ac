"""Login throttling (django-axes): site and admin login, a clear 429, a finite cool-off."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory


@pytest.fixture(autouse=True)
def small_limit(settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.AXES_COOLOFF_TIME = timedelta(minutes=15)


def _fail(client, url, username="someone", address="203.0.113.7"):
    return client.post(url, {"username": username, "password": "wrong"}, REMOTE_ADDR=address)


def test_a_failed_login_says_so_and_is_not_yet_throttled(client, db):
    response = _fail(client, reverse("login"))
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.text


def test_after_the_limit_the_site_login_is_a_429_page_with_retry_after(client, db):
    user = UserFactory()
    for _ in range(2):
        assert _fail(client, reverse("login")).status_code == 200
    response = _fail(client, reverse("login"))
    assert response.status_code == 429
    assert response["Retry-After"] == str(15 * 60)
    assert "Too many attempts" in response.text
    assert "Please wait 15 minutes" in response.text
    assert 'class="site-header"' in response.text  # the site's page, not a bare message
    # Even the right password is refused from that address until the cool-off ends.
    right = client.post(
        reverse("login"),
        {"username": user.username, "password": PASSWORD},
        REMOTE_ADDR="203.0.113.7",
    )
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


def test_another_address_is_not_locked_out(client, db):
    user = UserFactory()
    for _ in range(3):
        _fail(client, reverse("login"))
    response = client.post(
        reverse("login"),
        {"username": user.username, "password": PASSWORD},
        REMOTE_ADDR="198.51.100.20",
    )
    assert response.status_code == 302


def test_the_cool_off_is_finite(client, db):
    user = UserFactory()
    for _ in range(3):
        _fail(client, reverse("login"))
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(minutes=16)
    )
    response = client.post(
        reverse("login"),
        {"username": user.username, "password": PASSWORD},
        REMOTE_ADDR="203.0.113.7",
    )
    assert response.status_code == 302


def test_the_admin_login_is_throttled_too(client, db):
    url = reverse("admin:login")
    for _ in range(2):
        assert _fail(client, url).status_code == 200
    response = _fail(client, url)
    assert response.status_code == 429
    assert response["Retry-After"] == str(15 * 60)
    assert "Too many attempts" in response.text


def test_failures_on_the_site_count_for_the_admin_and_the_other_way_round(client, db):
    _fail(client, reverse("login"))
    _fail(client, reverse("admin:login"))
    assert _fail(client, reverse("login")).status_code == 429


def test_a_forged_forwarded_for_does_not_escape_the_lockout(client, db):
    for number in range(3):
        client.post(
            reverse("login"),
            {"username": "x", "password": "wrong"},
            REMOTE_ADDR="203.0.113.7",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{number}",
        )
    assert _fail(client, reverse("login")).status_code == 429


def test_behind_a_declared_proxy_the_forwarded_address_is_the_client(client, db, settings):
    settings.PROXY_COUNT = 1
    for _ in range(3):
        client.post(
            reverse("login"),
            {"username": "x", "password": "wrong"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR="192.0.2.9, 203.0.113.7",
        )
    blocked = client.post(
        reverse("login"),
        {"username": "x", "password": "wrong"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="203.0.113.7",
    )
    assert blocked.status_code == 429
    other = client.post(
        reverse("login"),
        {"username": "x", "password": "wrong"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.3",
    )
    assert other.status_code == 200


def test_a_successful_login_resets_the_count(client, db):
    user = UserFactory()
    for _ in range(2):
        _fail(client, reverse("login"))
    ok = client.post(
        reverse("login"),
        {"username": user.username, "password": PASSWORD},
        REMOTE_ADDR="203.0.113.7",
    )
    assert ok.status_code == 302
    client.post(reverse("logout"))
    assert _fail(client, reverse("login")).status_code == 200


@pytest.mark.parametrize("forwarded", ["junk", "a" * 300, "192.0.2.5:8080", "fe80::1%" + "a" * 300])
def test_a_forwarded_entry_that_is_no_address_is_no_500(client, db, settings, forwarded):
    """On PostgreSQL these were 500s: axes looks the address up in an inet column, and the
    sign-up and reset counters keep at most 200 characters of key."""
    settings.PROXY_COUNT = 1
    headers = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": forwarded}
    login = client.post(reverse("login"), {"username": "x", "password": "wrong"}, **headers)
    assert login.status_code == 200
    signup = client.post(
        reverse("accounts:signup"), {"username": "x", "password1": "a", "password2": "b"}, **headers
    )
    assert signup.status_code == 422
    reset = client.post(reverse("password_reset"), {"email": "a@example.org"}, **headers)
    assert reset.status_code == 302
    assert client.get("/api/v1/outlets", **headers).status_code == 200
