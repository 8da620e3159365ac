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


def test_a_notes_panel_stays_in_its_cell(page, demo, log_in, console_errors):
    """The panel and its forms (a list of linked passages, long options included) fit in
    the cell of a four-column comparison: nothing spills into the neighbouring columns."""
    event, _accounts = demo
    by_outlet = {a.outlet.name: a for a in Article.objects.filter(event=event)}
    columns = [
        by_outlet[name] for name in ("China News Service", "Teller Report", "Global Times", "TASS")
    ]
    query = "&".join(f"{key}={a.pk}" for key, a in zip("abcd", columns, strict=True))
    page.goto(f"{event.get_absolute_url()}compare/?{query}")
    log_in(page, READER, READER_PASSWORD)
    cell = page.locator("tbody td.side").filter(has=page.locator(".passage")).nth(2)
    cell.locator("details.notes > summary").first.click()
    form = cell.locator("form[data-note-form]").first
    form.locator("textarea").fill("A note in a narrow column.")
    form.get_by_role("button", name="Add note").click()
    expect(cell.locator(".note-body").first).to_have_text("A note in a narrow column.")
    box = cell.bounding_box()
    for element in cell.locator(".notes-panel, .notes-panel select, .notes-panel textarea").all():
        inner = element.bounding_box()
        assert (
            inner["x"] >= box["x"] - 1
            and inner["x"] + inner["width"] <= box["x"] + box["width"] + 1
        )
    assert console_errors == []


def test_a_link_note_counts_at_both_ends_at_once(page, demo, log_in, console_errors):
    """A note on the link between two passages shows beside both in the comparison: the
    partner's count follows too, without a reload (it stayed at 0)."""
    event, _accounts = demo
    seed = Article.objects.get(event=event, is_primary=True)
    copy = Article.objects.get(event=event, outlet__name="Teller Report")
    page.goto(f"{event.get_absolute_url()}compare/?a={seed.pk}&b={copy.pk}")
    log_in(page, READER, READER_PASSWORD)
    # Unfold the first run of rows the two have word for word; take its first row.
    run = page.locator("tbody tr.verbatim-run").first
    first = run.get_attribute("id")
    run.get_by_role("link").click()
    row = page.locator(f"tbody tr.row-verbatim#{first}")
    expect(row.locator("[data-note-count]")).to_have_count(2)
    pivot_count, partner_count = row.locator("[data-note-count]").all()
    before = int(partner_count.inner_text().strip("()"))
    row.locator("td").first.locator("details.notes > summary").click()
    form = row.locator("td").first.locator("form[data-note-form]")
    form.locator("textarea").fill("Copied word for word.")
    form.get_by_label("On its link with the passage it is compared with").check()
    form.get_by_role("button", name="Add note").click()
    expect(partner_count).to_have_text(f"({before + 1})")
    note = Note.objects.get(author__username=READER, body="Copied word for word.")
    assert note.linked_passage is not None
    assert console_errors == []
