"""Reading flows: the event list, an event, an article, and two articles side by side."""

import re

from playwright.sync_api import expect

from mediacompare.coverage.models import Article
from mediacompare.notes import services as note_services
from mediacompare.notes.models import Note
from tests.factories import ArticleFactory

EVENT_TITLE = "Chinese and Russian ambassadors' joint article on democracy"


def choose_article(select, outlet: str) -> str:
    """Select the article of ``outlet`` in a comparison form's list; returns its pk."""
    pk = select.locator("option", has_text=f"{outlet} — ").first.get_attribute("value")
    select.select_option(pk)
    return pk


def test_browse_and_compare(page, demo, screenshot, console_errors):
    event, _accounts = demo
    page.goto("/")
    expect(page.get_by_role("heading", name="Events", level=1)).to_be_visible()
    screenshot(page, "event-list")

    page.get_by_role("link", name=EVENT_TITLE).click()
    expect(page.get_by_role("heading", name=EVENT_TITLE, level=1)).to_be_visible()
    # Wait for the outlets' headings before counting them (count() does not wait).
    for outlet in ("Global Times", "TASS", "China News Service"):
        expect(page.get_by_role("heading", name=outlet, level=3, exact=True)).to_be_visible()
    assert page.get_by_role("heading", level=3).count() >= 7
    expect(page.get_by_text("Excerpt", exact=True).first).to_be_visible()
    screenshot(page, "event")

    # The Global Times article: a report built on the seed, with passages numbered.
    global_times = page.get_by_role("listitem").filter(
        has=page.get_by_role("heading", name="Global Times", exact=True)
    )
    global_times.get_by_role("link").first.click()
    expect(page.get_by_text("Global Times", exact=True).first).to_be_visible()
    expect(page.get_by_role("link", name="Passage 1", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Passage 3", exact=True)).to_have_attribute(
        "href", re.compile(r"/passages/3/$")
    )
    assert page.locator("#p-3").count() == 1
    screenshot(page, "article")
    # The deep link lands on the passage.
    page.goto(page.url.split("#")[0] + "#p-3")
    expect(page.locator("#p-3")).to_be_in_viewport()

    page.get_by_role("link", name=event.title).click()
    page.get_by_role("link", name="Compare coverage side by side").click()
    expect(page.get_by_role("heading", name="Compare coverage", level=1)).to_be_visible()
    form = page.locator("form.compare-form")
    expect(form).to_have_attribute("hx-get", re.compile("/compare/$"))
    expect(form).to_have_attribute("hx-push-url", "true")
    before = page.url

    page.evaluate("window.__noReload = 1")
    lists = form.get_by_role("combobox")
    left = choose_article(lists.nth(0), "China News Service")
    right = choose_article(lists.nth(1), "Teller Report")
    form.get_by_role("button", name="Compare", exact=True).click()
    expect(page).to_have_url(re.compile(rf"\?a={left}&b={right}(&|$)"))
    table = page.get_by_role("table")
    expect(table.get_by_role("columnheader").filter(has_text="Teller Report")).to_be_visible()
    # Teller Report reproduces the China News Service report word for word: folded runs.
    expect(
        table.get_by_text(re.compile("rows word for word in every column")).first
    ).to_be_visible()
    expect(table.get_by_text("Not in Teller Report").first).to_be_visible()
    assert page.evaluate("window.__noReload") == 1, "the comparison reloaded the whole page"
    assert Article.objects.get(pk=right).outlet.name == "Teller Report"
    screenshot(page, "compare-desktop")
    compared = page.url

    # Each choice may push its own history entry: step back to the first different one.
    for _ in range(3):
        page.go_back()
        if page.url != compared:
            break
    assert page.url != compared
    assert page.url == before or f"a={left}" in page.url
    # The restored page is whole, not just the comparison fragment.
    expect(page.get_by_role("heading", name="Compare coverage", level=1)).to_be_visible()
    expect(page.get_by_role("navigation", name="Account")).to_be_visible()

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(compared)
    verbatim = page.get_by_role("table").get_by_text(re.compile("word for word")).first
    expect(verbatim).to_be_visible()
    verbatim.scroll_into_view_if_needed()
    screenshot(page, "compare-narrow")
    assert console_errors == []


def test_anonymous_reader_sees_public_notes_and_a_log_in_link(page, demo, console_errors):
    event, _accounts = demo
    article = Article.objects.filter(event=event, outlet__name="Global Times").get()
    passage = article.passages.get(index=1)
    reader = Note._meta.get_field("author").related_model.objects.get(username="reader")
    note_services.note_create(
        author=reader, passage=passage, body="Shared with everyone.", visibility="public"
    )
    note_services.note_create(
        author=reader, passage=passage, body="Kept to myself.", visibility="private"
    )

    page.goto(article.get_absolute_url())
    passage_2 = page.locator("#p-2")
    expect(passage_2.get_by_text("Notes (1)")).to_be_visible()
    passage_2.get_by_text("Notes (1)").click()
    expect(passage_2.get_by_text("Shared with everyone.")).to_be_visible()
    expect(page.get_by_text("Kept to myself.")).to_have_count(0)
    expect(page.get_by_role("button", name="Add note")).to_have_count(0)
    expect(passage_2.get_by_role("link", name="Edit")).to_have_count(0)

    passage_2.locator("p", has_text="to add a note").get_by_role("link", name="Log in").click()
    page.get_by_label("Username").fill("reader")
    page.get_by_label("Password").fill("reader-demo-2021")
    page.get_by_role("button", name="Log in").click()
    # Back at the passage, its notes open for the reader to write one.
    expect(page).to_have_url(re.compile(rf"{re.escape(article.get_absolute_url())}\?notes=2#p-2$"))
    expect(page.get_by_text("Signed in as reader")).to_be_visible()
    expect(passage_2.get_by_role("button", name="Add note")).to_be_visible()
    assert console_errors == []


# Where a passage's words lie in its box: the edges of its text, and of the box.
TEXT_EDGES = """e => {
  const range = document.createRange();
  range.selectNodeContents(e);
  const text = range.getBoundingClientRect(), box = e.getBoundingClientRect();
  return {direction: getComputedStyle(e).direction, text: [text.left, text.right],
          box: [box.left, box.right]};
}"""


def test_arabic_reads_right_to_left_in_the_article_and_the_comparison(
    new_page, transactional_db, console_errors
):
    """Arabic was laid out left to right: lines aligned left, full stops at the start."""
    source = ArticleFactory(is_primary=True)
    arabic = ArticleFactory(
        event=source.event,
        language="ar",
        title="روسيا والصين ترفضان القمة",
        body="قال السفيران إن القمة ستثير المواجهة.\nوترفض الصين وروسيا هذه الخطوة.",
    )
    for js in (True, False):
        page = new_page(java_script_enabled=js)
        page.goto(arabic.get_absolute_url())
        assert page.locator("h1").evaluate("e => getComputedStyle(e).direction") == "rtl"
        compare = f"{source.event.get_absolute_url()}compare/?a={source.pk}&b={arabic.pk}"
        for url in (arabic.get_absolute_url(), compare):
            page.goto(url)
            text = page.locator(f'.passage-text[data-passage-id="{arabic.passages.last().pk}"]')
            edges = text.evaluate(TEXT_EDGES)
            assert edges["direction"] == "rtl", url
            # A short sentence ends at its box's right edge, far from its left one.
            assert abs(edges["text"][1] - edges["box"][1]) < 2, (url, edges)
            assert edges["text"][0] - edges["box"][0] > 20, (url, edges)
    assert console_errors == []
