"""Every page fits a phone's width: no sideways scrolling at 390 px."""

import pytest
from django.conf import settings
from django.test import Client

from mediacompare.coverage.models import Article
from mediacompare.notes import services
from mediacompare.notes.models import Note

PHONE = {"width": 390, "height": 844}
LONG = (
    "See https://example.org/a/very/long/address/that/does/not/break/anywhere/on/its/own/"
    "0123456789abcdefghijklmnopqrstuvwxyz and Donaudampfschifffahrtsgesellschaftskapitän."
)


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_notes_pages_fit_a_phone(new_page, demo, live_server, js):
    event, _accounts = demo
    article = Article.objects.get(event=event, outlet__name="Global Times")
    passage = article.passages.get(index=1)
    reader = Note._meta.get_field("author").related_model.objects.get(username="reader")
    note = services.note_create(
        author=reader, passage=passage, body=LONG, visibility="public", tags="a-rather-long-tag"
    )
    services.note_reply(author=reader, parent=note, body=LONG)
    client = Client()
    client.force_login(reader)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page = new_page(viewport=PHONE, java_script_enabled=js)
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    widths = {}
    for url in [
        "/notes/mine/",
        f"/notes/events/{event.slug}/",
        f"/notes/{note.pk}/",
        f"/notes/{note.pk}/edit/",
        f"/notes/{note.pk}/reply/",
        "/notes/orphaned/",
        "/notes/tags/",
        passage.get_absolute_url(),
        article.get_absolute_url(),
    ]:
        page.goto(url)
        # Open what a reader would: notes toggles, reply and hide forms.
        for summary in page.locator("details:not([open]) > summary").all()[:8]:
            if summary.is_visible():
                summary.click()
        widths[url] = page.evaluate("document.documentElement.scrollWidth")
    assert all(width <= PHONE["width"] for width in widths.values()), widths


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_the_other_pages_fit_a_phone(new_page, demo, live_server, js):
    event, _accounts = demo
    editor = Note._meta.get_field("author").related_model.objects.get(username="editor")
    client = Client()
    client.force_login(editor)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page = new_page(viewport=PHONE, java_script_enabled=js)
    widths = {}
    pages = [
        "/",
        event.get_absolute_url(),
        "/method/",
        "/search/?q=democracy",
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password_reset/",
    ]
    for url in pages:
        page.goto(url)
        widths[url] = page.evaluate("document.documentElement.scrollWidth")
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    for url in [f"/review/events/{event.slug}/", "/accounts/api-tokens/", "/search/?q=Wang"]:
        page.goto(url)
        widths[url] = page.evaluate("document.documentElement.scrollWidth")
    assert all(width <= PHONE["width"] for width in widths.values()), widths
