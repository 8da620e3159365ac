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


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_a_comparison_across_languages_says_how_often_links_are_found_there(
    new_page, demo, console_errors, js
):
    event, _accounts = demo
    articles = {
        a.outlet.name: a for a in Article.objects.filter(event=event).select_related("outlet")
    }
    pivot, english, german = (
        articles[name]
        for name in (
            "China News Service",
            "Global Times",
            "China Radio International (German service)",
        )
    )
    cross = blind_sets()["by_languages"]["cross"]
    page = new_page(java_script_enabled=js)
    page.goto(f"{event.get_absolute_url()}compare/?a={pivot.pk}&b={english.pk}")
    expect(page.locator(".notice.across-languages")).to_have_count(0)
    # Another column, in German, through the form (an htmx swap with JS, a page without).
    page.get_by_label("and with").first.select_option(str(german.pk))
    page.get_by_role("button", name="Compare").click()
    notice = page.locator(".notice.across-languages")
    expect(notice).to_contain_text(f"{german.outlet.name} is in German, the pivot in English")
    expect(notice).to_contain_text(f"found {round(100 * cross['recall'])}% of the links")
    notice.get_by_role("link", name="How this was measured").click()
    expect(page.locator("#method-languages")).to_contain_text(
        f"Across two languages ({cross['pairs']} pairs)"
    )
    assert console_errors == []
