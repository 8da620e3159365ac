"""Password reset, end to end: the form, the email, the link, the new password."""

import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.factories import UserFactory


def test_password_reset_by_email_end_to_end(client, db):
    user = UserFactory(email="reader@example.org")
    form = client.get(reverse("password_reset"))
    assert form.status_code == 200
    assert 'class="site-header"' in form.text and "Reset your password" in form.text

    response = client.post(reverse("password_reset"), {"email": "READER@example.org"})
    assert response.status_code == 302 and response["Location"] == reverse("password_reset_done")
    assert "Check your email" in client.get(response["Location"]).text

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["reader@example.org"]
    assert message.subject == "Reset your mediacompare password"
    link = re.search(r"http://testserver(/accounts/reset/\S+/)", message.body).group(1)

    # The link stores the token in the session and redirects to a URL without it.
    confirm = client.get(link)
    assert confirm.status_code == 302
    page = client.get(confirm["Location"])
    assert "Choose a new password" in page.text and 'name="new_password1"' in page.text
    done = client.post(
        confirm["Location"],
        {"new_password1": "a-new-long-phrase", "new_password2": "a-new-long-phrase"},
    )
    assert done.status_code == 302
    assert "Password changed" in client.get(done["Location"]).text
    user.refresh_from_db()
    assert user.check_password("a-new-long-phrase")

    # The link works once.
    assert "This link is not valid" in client.get(link, follow=True).text


def test_an_unknown_address_gets_the_same_answer_and_no_email(client, db):
    response = client.post(reverse("password_reset"), {"email": "nobody@example.org"})
    assert response.status_code == 302 and response["Location"] == reverse("password_reset_done")
    assert mail.outbox == []


def test_the_login_page_links_to_the_reset(client, db):
    assert reverse("password_reset") in client.get(reverse("login")).text


def test_password_change_pages_are_the_sites(client, db):
    user = UserFactory()
    client.force_login(user)
    page = client.get(reverse("password_change"))
    assert page.status_code == 200 and 'class="site-header"' in page.text
    assert get_user_model().objects.count() == 1


def _reset(client, email, address="203.0.113.9"):
    return client.post(reverse("password_reset"), {"email": email}, REMOTE_ADDR=address)


def test_password_reset_is_throttled_per_address_with_a_clear_429(client, db, settings):
    """Without a limit anyone could make the server send mail without end."""
    settings.PASSWORD_RESET_LIMIT = 2
    UserFactory(email="reader@example.org")
    assert _reset(client, "reader@example.org").status_code == 302
    # An unknown address counts too: the limit is on attempts, not on mail sent.
    assert _reset(client, "nobody@example.org").status_code == 302
    response = _reset(client, "reader@example.org")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "too many attempts to reset a password from your address" in response.text
    assert len(mail.outbox) == 1
    assert _reset(client, "reader@example.org", address="198.51.100.1").status_code == 302
    assert len(mail.outbox) == 2


def test_one_mailbox_gets_a_few_reset_mails_an_hour_whoever_asks(client, db, settings):
    """From many addresses, a mailbox is still not flooded; the answer stays the same
    (it says nothing about whether the address has an account)."""
    settings.PASSWORD_RESET_EMAIL_LIMIT = 2
    UserFactory(email="reader@example.org")
    for n in range(4):
        response = _reset(client, "Reader@example.org", address=f"198.51.100.{n}")
        assert response.status_code == 302
        assert response["Location"] == reverse("password_reset_done")
    assert len(mail.outbox) == 2
