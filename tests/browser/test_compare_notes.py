"""Notes from the comparison view, whose notes panels load when opened."""

from playwright.sync_api import expect

from mediacompare.coverage.models import Article
from mediacompare.notes.models import Note
from tests.browser.test_notes_spans import select_words

READER, READER_PASSWORD = "reader", "reader-demo-2021"


def test_select_words_in_a_comparison_and_annotate_them(page, demo, log_in, console_errors):
    event, _accounts = demo
    seed = Article.objects.get(event=event, is_primary=True)
    copy = Article.objects.get(event=event, outlet__name="Global Times")
    page.goto(f"{event.get_absolute_url()}compare/?a={seed.pk}&b={copy.pk}")
    log_in(page, READER, READER_PASSWORD)
    # An unlinked passage shows its plain text, which a selection can annotate.
    passage = copy.passages.get(text__contains="a wimpy show of the US")
    block = page.locator(f"#bp{passage.number}")
    block.scroll_into_view_if_needed()
    expect(block.locator("details.notes .notes-panel")).to_have_count(0)

    select_words(page, passage, "a wimpy show of the US")
    # The selection opens the passage's notes; the panel loads and takes the words.
    expect(block.locator("[data-span-text]")).to_have_text("a wimpy show of the US")
    block.get_by_label(f"Add a note to passage {passage.number}").fill("Whose words are these?")
    block.get_by_role("button", name="Add note").click()
    expect(block.locator(".note-body")).to_have_text("Whose words are these?")
    expect(block.locator(".count")).to_have_text("(1)")

    note = Note.objects.get(author__username=READER)
    assert (note.passage, note.quote) == (passage, "a wimpy show of the US")
    page.reload()
    expect(page.locator(f"#bp{passage.number} mark.note-span")).to_have_text(
        "a wimpy show of the US"
    )
    assert console_errors == []
