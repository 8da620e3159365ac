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
