"""The method page: reached from every page's footer and from the legends of the event
and comparison pages, with or without JavaScript; it shows the published figures."""

import pytest
from playwright.sync_api import expect

from mediacompare.alignment.accuracy import blind_sets
from mediacompare.coverage.models import Article

HEADING = "How comparisons are made"
PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_the_method_page_is_reached_from_the_legends_and_the_footer(
    new_page, demo, screenshot, console_errors, js
):
    event, _accounts = demo
    articles = {
        a.outlet.name: a for a in Article.objects.filter(event=event).select_related("outlet")
    }
    pivot, other = articles["China News Service"], articles["Global Times"]
    page = new_page(java_script_enabled=js)
    shown = round(100 * blind_sets()["all"]["precision"])

    page.goto(event.get_absolute_url())
    page.get_by_role("link", name="how links are made, and how often they are right").click()
    expect(page.get_by_role("heading", name=HEADING, level=1)).to_be_visible()
    expect(page.get_by_text(f"Of the links shown, {shown}% are right.")).to_be_visible()
    expect(page.get_by_role("table")).to_contain_text(
        str(blind_sets()["sets"]["heldout4"]["links"])
    )
    if js:
        screenshot(page, "method")

    page.goto(f"{event.get_absolute_url()}compare/?a={pivot.pk}&b={other.pk}")
    page.get_by_role("link", name="What the kinds mean, and how often links are right").click()
    expect(page.get_by_role("heading", name=HEADING, level=1)).to_be_visible()
    expect(page.locator("dt .kind-translation")).to_have_text("Translation")

    page.goto("/")
    page.get_by_role("contentinfo").get_by_role("link", name=HEADING).click()
    expect(page.get_by_role("heading", name=HEADING, level=1)).to_be_visible()
    assert console_errors == []


def test_the_method_page_fits_a_phone(new_page, demo):
    page = new_page(viewport=PHONE)
    page.goto("/method/")
    expect(page.get_by_role("heading", name=HEADING, level=1)).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # The wide table scrolls in its own region; its title wraps, whole, above it.
    table = page.get_by_role("table", name="Each hand-labelled set on its own")
    title = page.locator("#method-table-title").bounding_box()
    assert table.is_visible() and title["x"] + title["width"] <= PHONE["width"]
