"""Every note action on every page that shows notes, with JavaScript on and off.

The demo editor writes two public notes on a passage of Global Times (an edit of the
article moved one of them), then on each page keeps the moved note where it is, edits it
and tags it (with suggestions), replies to it, hides it, shows it again, deletes the
reply, deletes the other note, and follows a tag. With JavaScript each
control replaces only what it belongs to (no reload, no console error); without it, the
same controls are forms and links that come back to the page.
"""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from mediacompare.coverage.models import Article
from mediacompare.notes import interface, services
from mediacompare.notes.models import Note

PAGES = ["passage", "article", "comparison", "note", "my notes", "event notes"]


@pytest.fixture
def sign_in(live_server):
    """Sign a page's context in as ``user`` with a session cookie (the login form is
    tested elsewhere)."""

    def go(page, user) -> None:
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        page.context.add_cookies(
            [{"name": cookie.key, "value": cookie.value, "url": live_server.url}]
        )

    return go


@pytest.fixture
def scene(demo):
    event, _accounts = demo
    article = Article.objects.get(event=event, outlet__name="Global Times")
    pivot = Article.objects.get(event=event, is_primary=True)
    passage = article.passages.get(index=1)
    editor = Note._meta.get_field("author").related_model.objects.get(username="editor")
    first = services.note_create(
        author=editor, passage=passage, body="Note to act on", visibility="public", tags="first"
    )
    second = services.note_create(
        author=editor, passage=passage, body="Note to delete", visibility="public"
    )
    # As if an edit had removed the passage it was on (services.notes_move).
    Note.objects.filter(pk=first.pk).update(moved_at=timezone.now(), moved_from="A removed line.")
    return {"event": event, "article": article, "pivot": pivot, "passage": passage,
            "editor": editor, "first": first, "second": second}  # fmt: skip


def url_of(where: str, scene) -> str:
    passage, article = scene["passage"], scene["article"]
    return {
        "passage": passage.get_absolute_url(),
        "article": f"{article.get_absolute_url()}#{passage.anchor}",
        "comparison": (
            f"{scene['event'].get_absolute_url()}compare/?a={scene['pivot'].pk}&b={article.pk}"
        ),
        "note": f"/notes/{scene['first'].pk}/",
        "my notes": "/notes/mine/",
        "event notes": f"/notes/events/{scene['event'].slug}/",
    }[where]


def reveal(page, note_pk: int) -> None:
    """Open the notes toggle holding a note (a reload closes it); on a comparison the
    panel loads when opened."""
    closed = page.locator(f"details.notes:not([open]):has(#note-{note_pk}) > summary")
    if closed.count():
        closed.click()
    expect(page.locator(f"#note-{note_pk}")).to_be_visible()


def own_controls(note):
    """The note's own actions, not those of the replies in its thread."""
    return note.locator(":scope > .note-actions")


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("where", PAGES)
def test_every_note_action_on_every_page(new_page, scene, sign_in, console_errors, where, js):
    page = new_page(java_script_enabled=js)
    sign_in(page, scene["editor"])
    first, second, passage = scene["first"], scene["second"], scene["passage"]
    url = url_of(where, scene)
    page.goto(url)
    if where == "comparison":
        block = page.locator(f"#bp{passage.number}")
        block.locator("details.notes > summary").click()
        if not js:
            # Without JavaScript the comparison links each passage's notes to its page.
            block.get_by_role("link", name=re.compile("Read and write notes")).click()
            expect(page).to_have_url(re.compile(re.escape(passage.get_absolute_url()) + "$"))
            url = passage.get_absolute_url()
    if js:
        page.evaluate("window.__noReload = 1")

    def back_on_the_page(note_pk: int | None = None) -> None:
        if not js:
            # The article page comes back with the passage's notes open (?notes=<number>).
            back = re.escape(url.split("#")[0]) + r"(\?notes=\d+)?(#.*)?$"
            expect(page).to_have_url(re.compile(back))
        if note_pk:
            reveal(page, note_pk)

    def confirm_without_javascript(kind: str) -> None:
        # Without JavaScript a page asks before the note goes (the browser does with it).
        if not js:
            expect(page.get_by_role("heading", level=1)).to_have_text(f"Delete this {kind}?")
            page.get_by_role("button", name="Delete").click()

    back_on_the_page(first.pk)
    note = page.locator(f"#note-{first.pk}")

    # Keep the moved note where it is.
    expect(note.locator(".note-moved")).to_contain_text("A removed line.")
    note.get_by_role("button", name=re.compile("^Keep it here")).click()
    back_on_the_page(first.pk)
    expect(note.locator(".note-moved")).to_have_count(0)
    first.refresh_from_db()
    assert not first.is_moved

    # Edit, and tag with the suggestions of tags in use.
    own_controls(note).get_by_role("link", name=re.compile("^Edit")).click()
    editing = page.locator(f"#note-{first.pk}")
    editing.get_by_label("Edit note").fill(f"Edited on the {where} page")
    tags = editing.get_by_label("Tags")
    tags.fill("first, second")
    if js:
        suggestions = page.locator(f"#note-edit-tag-options-{first.pk} option")
        expect(suggestions.first).to_be_attached()
        assert "first" in suggestions.evaluate_all("options => options.map(o => o.value)")
    editing.get_by_role("button", name="Save note").click()
    back_on_the_page(first.pk)
    expect(note.locator(":scope > .note-body")).to_have_text(f"Edited on the {where} page")
    expect(note.get_by_role("link", name="#second")).to_be_visible()
    first.refresh_from_db()
    assert first.body == f"Edited on the {where} page"
    assert sorted(first.tags.values_list("name", flat=True)) == ["first", "second"]

    # Reply.
    note.locator(":scope > details.note-reply-form > summary").click()
    note.get_by_label("Your reply").fill(f"A reply on the {where} page")
    note.get_by_role("button", name="Reply", exact=True).click()
    back_on_the_page(first.pk)
    expect(note.locator(".note-thread")).to_contain_text(f"A reply on the {where} page")
    reply = Note.objects.get(parent=first)

    # Hide, with a reason, and show again.
    own_controls(note).locator("details.note-hide > summary").click()
    own_controls(note).get_by_label("Why hide it").fill("Checking the hide button")
    own_controls(note).get_by_role("button", name="Hide note").click()
    back_on_the_page(first.pk)
    expect(note.locator(":scope > .note-hidden-reason")).to_contain_text("Checking the hide")
    first.refresh_from_db()
    assert first.is_hidden
    own_controls(note).get_by_role("button", name=re.compile("^Show again")).click()
    back_on_the_page(first.pk)
    expect(note.locator(":scope > .note-hidden-reason")).to_have_count(0)
    first.refresh_from_db()
    assert not first.is_hidden

    # Delete the reply, then the other note.
    if js:
        page.once("dialog", lambda dialog: dialog.accept())
    reply_item = page.locator(f"#note-{reply.pk}")
    reply_item.get_by_role("button", name=re.compile("^Delete")).click()
    confirm_without_javascript("reply")
    back_on_the_page(first.pk)
    expect(page.get_by_text(f"A reply on the {where} page")).to_have_count(0)
    assert not Note.objects.filter(pk=reply.pk).exists()
    if where == "note":
        page.goto(f"/notes/{second.pk}/")
        url = f"/notes/{second.pk}/"
        if js:
            page.evaluate("window.__noReload = 1")
    reveal(page, second.pk)
    if js:
        page.once("dialog", lambda dialog: dialog.accept())
    page.locator(f"#note-{second.pk}").get_by_role("button", name=re.compile("^Delete")).click()
    confirm_without_javascript("note")
    if js:
        expect(page.get_by_role("status").filter(has_text="Note deleted.")).to_be_visible()
        assert page.evaluate("window.__noReload") == 1, "a note action reloaded the page"
    else:
        # A note's own page is gone with it: its passage's page takes over.
        expected = passage.get_absolute_url() if where == "note" else url.split("#")[0]
        expect(page).to_have_url(re.compile(re.escape(expected) + r"(\?notes=\d+)?(#.*)?$"))
    expect(page.get_by_text("Note to delete")).to_have_count(0)
    assert not Note.objects.filter(pk=second.pk).exists()
    if where in ("passage", "article", "comparison") and js:
        # The count beside the passage followed, without a reload.
        count = page.locator(f'[data-note-count="{passage.pk}"]').first
        expect(count).to_have_text(re.compile(r"^\(\d+\)$"))
        shown = interface.passage_notes(user=scene["editor"], passage_ids=[passage.pk])
        expect(count).to_have_text(f"({shown[passage.pk].count})")

    # A tag leads to the event's notes with that tag.
    if where == "note":
        page.goto(f"/notes/{first.pk}/")
    reveal(page, first.pk)
    page.locator(f"#note-{first.pk}").get_by_role("link", name="#second").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Notes on")
    expect(page.locator(f"#note-{first.pk}")).to_be_visible()
    assert console_errors == []


def test_without_javascript_delete_asks_first(new_page, scene, sign_in, console_errors):
    """With JavaScript the browser asks before a note goes; without it, its Delete button
    leads to a page that asks, whose "Keep it" comes back with the note still there."""
    page = new_page(java_script_enabled=False)
    sign_in(page, scene["editor"])
    second, passage = scene["second"], scene["passage"]
    page.goto(passage.get_absolute_url())
    delete = page.locator(f"#note-{second.pk}").get_by_role("button", name=re.compile("^Delete"))
    delete.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Delete this note?")
    assert Note.objects.filter(pk=second.pk).exists()
    page.get_by_role("link", name="Keep it").click()
    expect(page).to_have_url(re.compile(re.escape(passage.get_absolute_url()) + "$"))
    delete.click()
    page.get_by_role("button", name="Delete").click()
    expect(page).to_have_url(re.compile(re.escape(passage.get_absolute_url()) + "$"))
    expect(page.get_by_role("status").filter(has_text="Note deleted.")).to_be_visible()
    expect(page.get_by_text("Note to delete")).to_have_count(0)
    assert not Note.objects.filter(pk=second.pk).exists()
    assert console_errors == []


def focused_note(page) -> str:
    """The id of the note (or reply) holding the focus, "" if none does."""
    return page.evaluate("(document.activeElement.closest('.note') || {id: ''}).id")


def test_keyboard_focus_follows_each_note_action(new_page, scene, sign_in, console_errors):
    """htmx replaces what a control belongs to, the control with it: the focus goes to
    what replaced it (the new note, the edit form, the new reply, "Note deleted."), not
    back to the top of the page, where the next Tab would start from."""
    page = new_page()
    sign_in(page, scene["editor"])
    passage, first = scene["passage"], scene["first"]
    page.goto(passage.get_absolute_url())

    page.get_by_label(f"Add a note to passage {passage.number}").fill("Typed, not clicked")
    page.get_by_role("button", name="Add note").press("Enter")
    added = Note.objects.filter(body="Typed, not clicked")
    expect(page.get_by_text("Typed, not clicked")).to_be_visible()
    expect(page.locator(f"#note-{added.get().pk}")).to_be_focused()
    page.keyboard.press("Tab")
    assert focused_note(page) == f"note-{added.get().pk}"

    note = page.locator(f"#note-{first.pk}")
    own_controls(note).get_by_role("link", name=re.compile("^Edit")).press("Enter")
    expect(page.get_by_label("Edit note")).to_be_focused()
    page.keyboard.type(" (edited)")
    page.get_by_role("button", name="Save note").press("Enter")
    expect(note.locator(":scope > .note-body")).to_contain_text("(edited)")
    expect(note).to_be_focused()

    note.locator(":scope > details.note-reply-form > summary").press("Enter")
    # A refused reply: the field to correct has the focus.
    note.get_by_label("Your reply").fill("  ")
    note.get_by_role("button", name="Reply", exact=True).press("Enter")
    expect(note.get_by_text("Write something")).to_be_visible()
    expect(note.get_by_label("Your reply")).to_be_focused()
    page.keyboard.type("A typed reply")
    note.get_by_role("button", name="Reply", exact=True).press("Enter")
    expect(note.locator(".note-thread")).to_contain_text("A typed reply")
    expect(page.locator(f"#note-{Note.objects.get(parent=first).pk}")).to_be_focused()

    page.once("dialog", lambda dialog: dialog.accept())
    delete = page.locator(f"#note-{added.get().pk}").get_by_role("button", name=re.compile("^Del"))
    delete.press("Enter")
    expect(page.get_by_role("status").filter(has_text="Note deleted.")).to_be_focused()
    # Chromium logs the refused reply's 422 as a failed load: nothing else.
    assert [error for error in console_errors if "status of 422" not in error] == []


def test_a_control_on_a_note_gone_since_the_page_loaded_says_so(
    new_page, scene, sign_in, console_errors
):
    """Deleted in another tab: htmx swaps nothing in for the 404, and the control said
    nothing either; the note says it is no longer there."""
    page = new_page()
    sign_in(page, scene["editor"])
    first, second = scene["first"], scene["second"]
    page.goto(scene["passage"].get_absolute_url())
    note = page.locator(f"#note-{second.pk}")
    services.note_delete(note=second, editor=scene["editor"])
    own_controls(note).get_by_role("link", name=re.compile("^Edit")).click()
    expect(note.get_by_role("alert")).to_have_text(re.compile("no longer there"))
    page.once("dialog", lambda dialog: dialog.accept())
    note.get_by_role("button", name=re.compile("^Delete")).click()
    expect(note.get_by_role("alert")).to_have_text(re.compile("no longer there"))
    # A note still there works as before, whatever happened to the other one.
    page.locator(f"#note-{first.pk}").get_by_role("link", name=re.compile("^Edit")).click()
    expect(page.get_by_label("Edit note")).to_be_focused()
    # Chromium and htmx log the two 404s: nothing else.
    assert [error for error in console_errors if "404" not in error] == []
