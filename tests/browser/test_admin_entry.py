"""Entering content in the admin as editors work: a day alone, languages and outlet kinds
from lists, the segmentation before saving and the links after, a clear error for a second
primary source, and two editors saving the same article. With JavaScript on and off."""

import re
from collections import Counter

import pytest
from django.db.models import Q
from playwright.sync_api import expect

from mediacompare.alignment.kinds import KINDS
from mediacompare.coverage.demo import create_demo_accounts
from mediacompare.coverage.models import Article, Outlet, PassageLink
from tests.factories import SOURCE_TEXT, ArticleFactory

EDITOR, EDITOR_PASSWORD = "editor", "editor-demo-2021"
JS = pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])


@pytest.fixture
def source(transactional_db):
    """A small event with its primary source, and the demo editor."""
    create_demo_accounts()
    return ArticleFactory(is_primary=True)


def editor_page(new_page, javascript: bool):
    page = new_page(java_script_enabled=javascript)
    page.goto("/admin/login/?next=/admin/")
    page.get_by_label("Username").fill(EDITOR)
    page.get_by_label("Password").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()
    return page


def button(page, name: str):
    return page.get_by_role("button", name=name, exact=True)


@JS
def test_editor_enters_an_article_previews_its_passages_and_sees_its_links(
    new_page, source, javascript, console_errors, screenshot
):
    page = editor_page(new_page, javascript)

    page.goto("/admin/coverage/outlet/add/")
    page.get_by_label("Name").fill("UN News")
    if not javascript:
        # With JavaScript the admin fills the slug in from the name.
        page.get_by_label("Slug").fill("un-news")
    page.get_by_label("Country").fill("International")
    page.get_by_label("Language").select_option(label="French (fr)")
    page.get_by_label("Kind").select_option(label="International organisation")
    page.get_by_label("State affiliation").select_option(label="Unknown")
    button(page, "Save").click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    outlet = Outlet.objects.get(slug="un-news")
    assert (outlet.language, outlet.kind) == ("fr", "international")

    # Event and outlet preselected through the add form's initial data.
    page.goto(f"/admin/coverage/article/add/?event={source.event_id}&outlet={outlet.pk}")
    page.get_by_label("Title").fill("Two envoys write")
    body = "\n".join(
        [
            "NEW YORK, November 27 (UN News). Two envoys wrote a joint article.",
            "Both countries are firmly opposed to the plan.",
        ]
    )
    page.get_by_label("Body").fill(body)
    page.get_by_label("Byline").fill("By Jane Doe.")
    page.get_by_label("Date:").fill("2021-11-27")
    page.get_by_label("Language").select_option("en")
    if javascript:
        page.evaluate("window.__noReload = 1")

    button(page, "Preview segmentation").click()
    panel = page.locator(".segmentation-result")
    expect(panel).to_contain_text("Preview: how the text above will be split (not saved)")
    expect(panel).to_contain_text("3 passages in 2 paragraphs; 1 marked not content")
    expect(panel.get_by_role("listitem").first).to_contain_text(
        "Not content: NEW YORK, November 27 (UN News)."
    )
    expect(panel.get_by_role("list", name="Paragraph 2").get_by_role("listitem")).to_have_text(
        "Both countries are firmly opposed to the plan."
    )
    if javascript:
        assert page.evaluate("window.__noReload") == 1, "the preview reloaded the page"
    # Nothing saved; the form still holds what the editor entered.
    assert not Article.objects.filter(title="Two envoys write").exists()
    expect(page.get_by_label("Title")).to_have_value("Two envoys write")
    expect(page.get_by_label("Date:")).to_have_value("2021-11-27")
    screenshot(page, f"admin-preview-{'js' if javascript else 'no-js'}")

    button(page, "Save and continue editing").click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    article = Article.objects.get(title="Two envoys write")
    # What the page reports is what was stored; which links the engine finds is the
    # gold set's business (tests/alignment), not this page's. The copied sentence is one.
    stored = PassageLink.objects.filter(Q(article_a=article) | Q(article_b=article))
    per_kind = Counter(stored.values_list("kind", flat=True))
    assert per_kind["verbatim"] == 1
    expect(page.locator(".messagelist")).to_contain_text(
        f"Split into 3 passages (1 not content); {len(stored)} links found with 1 other article."
    )
    assert (article.byline, article.published_display) == ("Jane Doe", "27 Nov 2021")
    expect(page.locator(".segmentation-result")).to_contain_text("As saved")
    links = page.locator("fieldset", has=page.get_by_role("heading", name="Links found with"))
    row = links.get_by_role("row").filter(has_text=source.outlet.name)
    expect(row.get_by_role("cell")).to_have_text(
        [str(per_kind[kind]) for kind in KINDS]
        + [str(len(stored)), f"Compare with {source.outlet.name}"]
    )
    row.get_by_role("link", name=f"Compare with {source.outlet.name}").click()
    expect(page).to_have_url(
        re.compile(rf"/events/{source.event.slug}/compare/\?a={article.pk}&b={source.pk}$")
    )
    # The kind as a badge (an editor's retype menu in the same row lists every kind too).
    expect(page.get_by_role("table").locator(".kind", has_text="Verbatim").first).to_be_visible()

    page.goto(article.get_absolute_url())
    expect(page.locator("time")).to_have_text("27 Nov 2021")
    expect(page.get_by_text("By Jane Doe", exact=True)).to_be_visible()
    assert console_errors == []


@JS
def test_a_second_primary_source_is_refused_with_a_link_to_the_first(
    new_page, source, javascript, console_errors
):
    other = ArticleFactory(event=source.event)
    page = editor_page(new_page, javascript)
    page.goto(f"/admin/coverage/article/{other.pk}/change/")
    page.get_by_label("Is primary").check()
    button(page, "Save").click()
    error = page.locator(".errorlist").filter(has_text="already has a primary source")
    expect(error).to_contain_text(f"Event “{source.event}” already has a primary source:")
    error.get_by_role("link", name=str(source)).click()
    expect(page.get_by_label("Title")).to_have_value(source.title)
    expect(page.get_by_label("Is primary")).to_be_checked()
    other.refresh_from_db()
    assert not other.is_primary
    assert console_errors == []


@JS
def test_the_second_of_two_editors_sees_the_difference_and_chooses(
    new_page, source, javascript, console_errors, screenshot
):
    first = editor_page(new_page, javascript)
    second = editor_page(new_page, javascript)
    url = f"/admin/coverage/article/{source.pk}/change/"
    first.goto(url)
    second.goto(url)

    first.get_by_label("Body").fill(SOURCE_TEXT.replace("Both countries", "The two countries"))
    button(first, "Save and continue editing").click()
    expect(first.locator(".messagelist")).to_contain_text("was changed successfully")

    second.get_by_label("Title").fill("The second editor's title")
    second.get_by_label("Body").fill(SOURCE_TEXT.replace("joint article", "joint op-ed"))
    button(second, "Save and continue editing").click()
    conflict = second.locator(
        "section", has=second.get_by_role("heading", name="Saved by someone else")
    )
    expect(conflict).to_be_visible()
    # Struck: only in the saved text; underlined: only in theirs (and said so to screen readers).
    expect(conflict.locator(".conflict-text del")).to_have_text(
        ["[only in the saved article: article ]", "[only in the saved article: The two ]"]
    )
    expect(conflict.locator(".conflict-text ins")).to_have_text(
        ["[only in yours: op-ed ]", "[only in yours: Both ]"]
    )
    expect(conflict.get_by_role("row", name="Title")).to_contain_text("The second editor's title")
    screenshot(second, f"admin-conflict-{'js' if javascript else 'no-js'}")
    saved = Article.objects.get(pk=source.pk)
    assert (saved.title, saved.version) == (source.title, 2)
    assert "The two countries" in saved.body

    # Having seen it, the second editor saves again: their version replaces the first's.
    expect(second.get_by_label("Body")).to_have_value(
        SOURCE_TEXT.replace("joint article", "joint op-ed")
    )
    button(second, "Save and continue editing").click()
    expect(second.locator(".messagelist")).to_contain_text("was changed successfully")
    saved.refresh_from_db()
    assert (saved.title, saved.version) == ("The second editor's title", 3)
    assert "joint op-ed" in saved.body and "The two countries" not in saved.body

    # The first editor's reload link brings the saved article back.
    first.reload()
    expect(first.get_by_label("Title")).to_have_value("The second editor's title")
    assert console_errors == []
