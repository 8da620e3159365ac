from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory


def test_signup_creates_an_account_and_logs_in(client, db):
    response = client.post(
        reverse("accounts:signup"),
        {
            "username": "newreader",
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
        },
    )
    assert response.status_code == 302
    assert get_user_model().objects.filter(username="newreader").exists()
    assert client.get(reverse("coverage:event_list")).context["user"].username == "newreader"


def test_signup_with_a_next_that_is_no_path_goes_home(client, db):
    """``next=abc`` was read as a view name by redirect(): a 500 once the account was made."""
    response = client.post(
        reverse("accounts:signup") + "?next=abc",
        {
            "username": "newreader",
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
        },
    )
    assert (response.status_code, response["Location"]) == (302, "/")


def test_signup_with_mismatched_passwords_is_422_and_creates_nothing(client, db):
    response = client.post(
        reverse("accounts:signup"),
        {"username": "x", "password1": "a-long-pass-phrase", "password2": "another-one"},
    )
    assert response.status_code == 422
    assert not get_user_model().objects.exists()


def test_login_and_logout(client, db):
    user = UserFactory()
    response = client.post(
        reverse("login"), {"username": user.username, "password": PASSWORD, "next": "/events/x/"}
    )
    assert response.status_code == 302 and response["Location"] == "/events/x/"
    assert client.post(reverse("logout")).status_code == 302
    assert not client.get("/").context["user"].is_authenticated


def test_login_page_renders(client, db):
    response = client.get(reverse("login") + "?next=/events/")
    assert response.status_code == 200
    assert 'name="next" value="/events/"' in response.text


def _signup(client, username, address="203.0.113.9"):
    return client.post(
        reverse("accounts:signup"),
        {
            "username": username,
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
        },
        REMOTE_ADDR=address,
    )


def test_signup_keeps_an_optional_email_for_password_resets(client, db):
    response = client.post(
        reverse("accounts:signup"),
        {
            "username": "mailer",
            "email": "mailer@example.org",
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
        },
    )
    assert response.status_code == 302
    assert get_user_model().objects.get(username="mailer").email == "mailer@example.org"


def test_signup_is_throttled_per_address_with_a_clear_429(client, db, settings):
    settings.SIGNUP_LIMIT = 2
    assert _signup(client, "first").status_code == 302
    client.post(reverse("logout"))
    # A failed attempt counts too: the limit is on attempts, not on accounts.
    assert (
        client.post(
            reverse("accounts:signup"), {"username": "x"}, REMOTE_ADDR="203.0.113.9"
        ).status_code
        == 422
    )
    response = _signup(client, "third")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "too many attempts to create an account from your address" in response.text
    assert not get_user_model().objects.filter(username="third").exists()
    assert _signup(client, "elsewhere", address="198.51.100.1").status_code == 302


def test_account_pages_answer_head(client, db):
    for name in ("accounts:signup", "login", "password_reset"):
        response = client.head(reverse(name))
        assert response.status_code == 200, name
        assert response.content == b""


def test_a_form_refused_by_csrf_protection_says_what_to_do(db, user):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    # No cookie at all: the browser refuses cookies.
    response = client.post(reverse("accounts:signup"), {"username": "x"})
    assert response.status_code == 403
    page = response.content.decode()
    assert "<h1>The form could not be sent</h1>" in page and "Allow cookies" in page
    assert 'href="/"' in page  # our page, with the site's navigation
    # A cookie, and a stale token: the page was open too long.
    client.get(reverse("login"))
    client.force_login(user)
    response = client.post(reverse("logout"), {"csrfmiddlewaretoken": "x" * 64})
    assert response.status_code == 403
    assert "no longer matches" in response.content.decode()
    assert "Content-Security-Policy" in response
    # With htmx, a message the form shows in place (htmx does not swap a 403 in).
    response = client.post(
        reverse("logout"), {"csrfmiddlewaretoken": "x" * 64}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 403 and response["Content-Type"].startswith("text/plain")
    assert response.content.decode() == (
        "This page's form has expired: reload the page and send it again."
    )
