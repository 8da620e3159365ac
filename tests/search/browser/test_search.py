"""Searching in Chromium: live results while typing, a pushed URL, following a result,
going back, and the plain form with JavaScript off."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_live_search_and_plain_form(page, new_page, demo, screenshot, console_errors):
    page.goto("/")
    page.get_by_role("navigation", name="Account").get_by_role("link", name="Search").click()
    expect(page.get_by_role("heading", name="Search", level=1)).to_be_visible()
    page.evaluate("window.__noReload = 1")

    box = page.get_by_label("Search articles, passages and notes")
    box.press_sequentially("民主峰会", delay=40)
    results = page.locator(".search-results")
    expect(results.locator("mark").first).to_have_text("民主峰会")
    expect(results.get_by_role("status")).to_contain_text("Results 1–")
    expect(page).to_have_url(re.compile(r"/search/\?q=%E6%B0%91%E4%B8%BB%E5%B3%B0%E4%BC%9A"))
    assert page.evaluate("window.__noReload") == 1, "the page reloaded instead of swapping"
    # Narrow to passages with a filter: the results follow, the URL too.
    page.get_by_label("Show").select_option("passage")
    expect(page).to_have_url(re.compile(r"kind=passage"))
    expect(results.locator(".result-kind").first).to_contain_text("Passage")
    screenshot(page, "search-live")

    first = results.locator(".result-title a").first
    title = first.inner_text()
    first.click()
    expect(page).to_have_url(re.compile(r"/passages/\d+/$"))
    expect(page.get_by_text("民主峰会").first).to_be_visible()
    page.go_back()
    expect(page.locator(".search-results .result-title a").first).to_have_text(title)
    expect(page.get_by_label("Search articles, passages and notes")).to_have_value("民主峰会")
    assert console_errors == []

    # Without JavaScript: the same page is a plain GET form.
    plain = new_page(java_script_enabled=False)
    plain.goto("/search/")
    plain.get_by_label("Search articles, passages and notes").fill("democracy")
    plain.get_by_label("Language").select_option("en")
    plain.get_by_role("button", name="Search").click()
    expect(plain).to_have_url(re.compile(r"q=democracy.*language=en"))
    expect(plain.locator(".search-results mark").first).to_be_visible()
    expect(plain.get_by_role("status")).to_contain_text("Results 1–20 of")
    plain.get_by_role("link", name="Next page").click()
    expect(plain).to_have_url(re.compile(r"page=2"))
    expect(plain.get_by_role("status")).to_contain_text("Results 21–")
    screenshot(plain, "search-plain")
