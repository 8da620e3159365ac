"""A note on an exact span: select words, annotate, reply, edit the article, find it again."""

from playwright.sync_api import expect

from mediacompare.coverage.models import Article
from mediacompare.notes.models import Note

READER, READER_PASSWORD = "reader", "reader-demo-2021"
EDITOR, EDITOR_PASSWORD = "editor", "editor-demo-2021"
WORDS = "a wimpy show of the US"

# Where the words are on screen, as a mouse would drag over them.
SPAN_BOX = """([passageId, words]) => {
  const element = document.querySelector(`.passage-text[data-passage-id="${passageId}"]`);
  const node = element.firstChild;
  const at = node.textContent.indexOf(words);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + words.length);
  const rects = range.getClientRects();
  const first = rects[0], last = rects[rects.length - 1];
  return [first.left + 1, first.top + first.height / 2, last.right - 1, last.top + last.height / 2];
}"""


def select_words(page, passage, words):
    x1, y1, x2, y2 = page.evaluate(SPAN_BOX, [passage.pk, words])
    page.mouse.move(x1, y1)
    page.mouse.down()
    page.mouse.move(x2, y2, steps=8)
    page.mouse.up()


def log_out(page):
    page.get_by_role("navigation", name="Account").get_by_role("button", name="Log out").click()


def test_select_annotate_reply_edit_and_find_the_note_reanchored(
    page, demo, log_in, console_errors, screenshot
):
    event, _accounts = demo
    article = Article.objects.get(event=event, outlet__name="Global Times")
    passage = article.passages.get(text__contains=WORDS)
    page.goto(article.get_absolute_url())
    log_in(page, READER, READER_PASSWORD)

    block = page.locator(f"#{passage.anchor}")
    block.locator(".passage-text").scroll_into_view_if_needed()
    select_words(page, passage, WORDS)
    # The selection opens the passage's notes and shows the words being annotated.
    expect(block.locator("[data-span-text]")).to_have_text(WORDS)
    block.get_by_label(f"Add a note to passage {passage.number}").fill(
        "Quoted from *Kortunov*, not the ambassadors."
    )
    block.get_by_label("Tags").fill("Attribution")
    block.get_by_label("Everyone").check()
    block.get_by_role("button", name="Add note").click()
    expect(block.locator("mark.note-span")).to_have_text(WORDS)
    expect(block.locator(".note-body em")).to_have_text("Kortunov")
    note = Note.objects.get(author__username=READER)
    assert (note.quote, note.visibility) == (WORDS, "public")
    assert article.body[note.start : note.end] == WORDS
    assert list(note.tags.values_list("name", flat=True)) == ["attribution"]
    old_start = note.start
    screenshot(page, "notes-span")

    log_out(page)
    page.goto(article.get_absolute_url())
    log_in(page, EDITOR, EDITOR_PASSWORD)
    block.get_by_text("Notes (1)").click()
    block.locator("details.note-reply-form > summary").click()
    block.get_by_label("Your reply").fill("Agreed: the quote is Kortunov's.")
    block.get_by_role("button", name="Reply", exact=True).click()
    expect(block.locator(".note-thread")).to_contain_text("Agreed: the quote is Kortunov's.")
    assert Note.objects.get(parent=note).author.username == EDITOR

    # The editor changes the article's text in the admin: words go in before the span.
    page.goto(f"/admin/coverage/article/{article.pk}/change/")
    body = article.body.replace("include 110 invitees", "include more than 110 invitees")
    page.get_by_label("Body").fill(body)
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    page.goto(article.get_absolute_url())
    expect(page.locator(f"#{passage.anchor} mark.note-span")).to_have_text(WORDS)
    note.refresh_from_db()
    assert not note.is_orphaned
    assert note.start == old_start + len("more than ")
    article.refresh_from_db()
    assert article.body[note.start : note.end] == WORDS
    assert console_errors == []


def test_a_span_after_a_character_outside_the_basic_plane_is_noted_where_it_is(
    page, demo, log_in, console_errors
):
    # Browsers count text in UTF-16 units, the server in characters: an emoji or a rare
    # CJK character before the words (two units, one character) made the lengths
    # disagree, and the selection was silently refused.
    from mediacompare.coverage.services import article_update

    event, _accounts = demo
    article = Article.objects.get(event=event, outlet__name="Global Times")
    article = article_update(
        article=article, body=article.body.replace(WORDS, "\U0001f4e2 𠮷 " + WORDS, 1)
    )
    passage = article.passages.get(text__contains=WORDS)
    page.goto(article.get_absolute_url())
    log_in(page, READER, READER_PASSWORD)

    block = page.locator(f"#{passage.anchor}")
    block.locator(".passage-text").scroll_into_view_if_needed()
    select_words(page, passage, WORDS)
    expect(block.locator("[data-span-text]")).to_have_text(WORDS)
    block.get_by_label(f"Add a note to passage {passage.number}").fill("After an emoji.")
    block.get_by_role("button", name="Add note").click()
    expect(block.locator("mark.note-span")).to_have_text(WORDS)
    note = Note.objects.get(author__username=READER)
    article.refresh_from_db()
    assert article.body[note.start : note.end] == note.quote == WORDS
    assert console_errors == []
