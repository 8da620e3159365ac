"""Notes on passages: add, edit and delete, with htmx and with JavaScript off."""

from playwright.sync_api import expect

from mediacompare.coverage.models import Article
from mediacompare.notes.models import Note

READER, READER_PASSWORD = "reader", "reader-demo-2021"


def global_times(event) -> Article:
    return Article.objects.get(event=event, outlet__name="Global Times")


def reader_notes(passage):
    return Note.objects.filter(passage=passage, author__username=READER)


def test_note_add_edit_delete_with_htmx(page, demo, log_in, console_errors):
    event, _accounts = demo
    article = global_times(event)
    passage = article.passages.get(index=1)
    page.goto(article.get_absolute_url())
    log_in(page, READER, READER_PASSWORD)

    page.evaluate("window.__noReload = 1")
    block = page.locator("#p-2")
    block.get_by_text("Notes (0)").click()
    block.get_by_label("Add a note to passage 2").fill("Global Times drops the dateline.")
    block.get_by_label("Everyone").check()
    block.get_by_role("button", name="Add note").click()
    expect(block.get_by_text("Global Times drops the dateline.")).to_be_visible()
    expect(block.get_by_text("Public", exact=True)).to_be_visible()
    # The count in the <summary>, outside the swapped panel, follows too.
    expect(block.get_by_text("Notes (1)")).to_be_visible()
    note = reader_notes(passage).get()
    assert (note.body, note.visibility) == ("Global Times drops the dateline.", "public")

    block.get_by_role("link", name="Edit").click()
    edit_form = block.locator("form", has=page.get_by_label("Edit note"))
    expect(edit_form.get_by_label("Edit note")).to_have_value("Global Times drops the dateline.")
    edit_form.get_by_label("Edit note").fill("Global Times drops the dateline and the byline.")
    edit_form.get_by_label("Only me").check()
    edit_form.get_by_role("button", name="Save note").click()
    expect(block.get_by_text("Global Times drops the dateline and the byline.")).to_be_visible()
    expect(block.get_by_text("Private", exact=True)).to_be_visible()
    note.refresh_from_db()
    assert (note.body, note.visibility) == (
        "Global Times drops the dateline and the byline.",
        "private",
    )

    page.once("dialog", lambda dialog: dialog.accept())
    block.get_by_role("button", name="Delete").click()
    # The note's place says it went; the count beside the passage follows.
    expect(block.get_by_role("status").filter(has_text="Note deleted.")).to_be_visible()
    expect(block.get_by_text("Global Times drops the dateline")).to_have_count(0)
    expect(block.get_by_text("Notes (0)")).to_be_visible()
    assert not reader_notes(passage).exists()
    assert page.evaluate("window.__noReload") == 1, "a note action reloaded the whole page"
    assert console_errors == []


def test_note_add_edit_delete_without_javascript(new_page, demo, log_in):
    event, _accounts = demo
    article = global_times(event)
    passage = article.passages.get(index=1)
    page = new_page(java_script_enabled=False)
    page.goto(article.get_absolute_url())
    log_in(page, READER, READER_PASSWORD)

    block = page.locator("#p-2")
    # <details> opens without JavaScript.
    block.get_by_text("Notes (0)").click()
    block.get_by_label("Add a note to passage 2").fill("Written without JavaScript.")
    block.get_by_role("button", name="Add note").click()
    expect(page.get_by_role("status")).to_have_text("Note added.")
    # Back at the passage, its notes open: the new note shows without another click.
    assert page.url.endswith(f"{article.get_absolute_url()}?notes=2#p-2")
    note = reader_notes(passage).get()
    assert (note.body, note.visibility) == ("Written without JavaScript.", "private")

    expect(block.get_by_text("Written without JavaScript.")).to_be_visible()
    block.get_by_role("link", name="Edit").click()
    expect(page.get_by_role("heading", name="Edit note", level=1)).to_be_visible()
    page.get_by_label("Edit note").fill("Edited without JavaScript.")
    page.get_by_label("Everyone").check()
    page.get_by_role("button", name="Save note").click()
    expect(page.get_by_role("status")).to_have_text("Note saved.")
    note.refresh_from_db()
    assert (note.body, note.visibility) == ("Edited without JavaScript.", "public")

    expect(block.get_by_text("Edited without JavaScript.")).to_be_visible()
    # Without JavaScript hx-confirm does nothing: a page asks instead.
    block.get_by_role("button", name="Delete").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Delete this note?")
    page.get_by_role("button", name="Delete").click()
    expect(page.get_by_role("status")).to_have_text("Note deleted.")
    expect(block.get_by_text("No notes yet.")).to_be_visible()
    assert not reader_notes(passage).exists()


def test_a_resized_field_does_not_break_the_content_security_policy(
    page, demo, log_in, console_errors
):
    """Dragging a textarea's corner (or an extension styling a field) gives it an inline
    style; htmx used to copy it onto the swapped-in field with setAttribute, which the
    strict style-src refuses: one CSP error per update."""
    event, _accounts = demo
    passage = global_times(event).passages.get(index=1)
    page.goto(passage.get_absolute_url())
    log_in(page, READER, READER_PASSWORD)
    body = page.get_by_label(f"Add a note to passage {passage.number}")
    # What the browser does when a reader drags the textarea's corner.
    body.evaluate("textarea => { textarea.style.height = '12rem'; }")
    body.fill("After resizing the field.")
    page.get_by_role("button", name="Add note").click()
    expect(page.locator(".note-body").filter(has_text="After resizing the field.")).to_be_visible()
    assert console_errors == []


def test_a_note_too_long_is_refused_with_a_message_not_cut_short(
    page, demo, log_in, console_errors
):
    """A browser cuts what is pasted into a field with maxlength without a word: 20,000
    characters became a note of 10,000. The server refuses it and says why."""
    event, _accounts = demo
    passage = global_times(event).passages.get(index=1)
    page.goto(passage.get_absolute_url())
    log_in(page, READER, READER_PASSWORD)
    body = page.get_by_label(f"Add a note to passage {passage.number}")
    body.fill("word " * 4000)
    page.get_by_role("button", name="Add note").click()
    expect(page.get_by_role("alert").filter(has_text="at most 10,000 characters")).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("this one has 19,999")
    # What was written is still there, to shorten.
    assert len(body.input_value().strip()) == 19_999
    assert not reader_notes(passage).exists()
