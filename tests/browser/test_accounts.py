"""Accounts: sign-up in the site, and an editor adding coverage in the admin."""

import re

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from mediacompare.coverage.models import Article, Event, Outlet

EDITOR, EDITOR_PASSWORD = "editor", "editor-demo-2021"


def test_sign_up_creates_an_account_and_logs_in(page, demo, console_errors):
    page.goto("/")
    page.get_by_role("navigation", name="Account").get_by_role("link", name="Sign up").click()
    expect(page.get_by_role("heading", name="Sign up", level=1)).to_be_visible()
    page.get_by_label("Username").fill("newreader")
    page.get_by_label("Password:", exact=True).fill("a long and unusual passphrase")
    page.get_by_label("Password confirmation").fill("a long and unusual passphrase")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_text("Signed in as newreader")).to_be_visible()
    assert get_user_model().objects.filter(username="newreader").exists()
    assert console_errors == []


def autocomplete(page, field: str, search: str, choice: str) -> None:
    """Pick ``choice`` in the admin's select2 autocomplete for ``field``."""
    page.locator(f".field-{field} .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(search)
    page.get_by_role("option", name=choice).click()


def admin_log_in(page) -> None:
    page.goto("/admin/")
    page.get_by_label("Username").fill(EDITOR)
    page.get_by_label("Password").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()


def test_editor_adds_coverage_in_the_admin(page, demo, screenshot, console_errors):
    event, _accounts = demo
    seed = Article.objects.get(event=event, outlet__name="China News Service")
    copied = [p.text for p in seed.passages.order_by("index")[1:3]]
    admin_log_in(page)

    page.get_by_role("row", name="Outlets").get_by_role("link", name="Add").click()
    page.get_by_label("Name").fill("Pravda Test Wire")
    page.get_by_label("Country").fill("Russia")
    # The admin's JavaScript fills the slug in from the name once the name changes.
    expect(page.get_by_label("Slug")).to_have_value("pravda-test-wire")
    page.get_by_label("Language").select_option("en")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    assert Outlet.objects.filter(slug="pravda-test-wire").exists()

    page.goto("/admin/coverage/event/add/")
    page.get_by_label("Title").fill("A later statement on democracy")
    page.get_by_label("Starts on").fill("2021-12-10")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    assert Event.objects.filter(slug="a-later-statement-on-democracy").exists()

    # The event comes preselected through the add form's initial data (?event=): its
    # autocomplete fails, see test_event_autocomplete_in_the_admin.
    page.goto(f"/admin/coverage/article/add/?event={event.pk}")
    expect(page.locator(".field-event .select2-selection")).to_contain_text(event.title)
    autocomplete(page, "outlet", "Pravda", "Pravda Test Wire")
    page.get_by_label("Title").fill("Envoys restate their case")
    body = "\n".join(["MOSCOW, November 28. Two envoys restated their case.", *copied])
    page.get_by_label("Body").fill(body)
    page.get_by_label("Language:", exact=True).select_option("en")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    article = Article.objects.get(title="Envoys restate their case")
    assert article.event == event
    assert article.passages.count() >= 3
    assert console_errors == []

    page.goto(article.get_absolute_url())
    expect(page.get_by_role("heading", name="Envoys restate their case")).to_be_visible()
    for number in (1, 2, 3):
        expect(page.get_by_role("link", name=f"Passage {number}", exact=True)).to_be_visible()

    page.goto(f"{event.get_absolute_url()}compare/?a={seed.pk}&b={article.pk}")
    table = page.get_by_role("table")
    expect(table.get_by_role("columnheader").filter(has_text="Pravda Test Wire")).to_be_visible()
    expect(table.get_by_text(re.compile(r"^(Verbatim|Edited)$")).first).to_be_visible()
    screenshot(page, "compare-admin-article")
    assert console_errors == []


def test_event_autocomplete_in_the_admin(page, demo):
    event, _accounts = demo
    admin_log_in(page)
    page.goto("/admin/coverage/article/add/")
    page.locator(".field-event .select2-selection").click()
    with page.expect_response(lambda response: "/admin/autocomplete/" in response.url) as info:
        page.locator(".select2-container--open .select2-search__field").fill("ambassadors")
    assert info.value.status == 200
    page.get_by_role("option", name=event.title).click()
    expect(page.locator(".field-event .select2-selection")).to_contain_text(event.title)


def test_a_stale_form_says_to_reload_with_and_without_javascript(new_page, demo, log_in):
    """The session's CSRF token changed since the page loaded (logged out and in elsewhere)."""
    event, _accounts = demo
    article = Article.objects.get(event=event, outlet__name="Global Times")
    for js in (True, False):
        page = new_page(java_script_enabled=js)
        page.goto(article.get_absolute_url())
        log_in(page, "reader", "reader-demo-2021")
        cookies = page.context.cookies()
        page.context.clear_cookies()
        page.context.add_cookies(
            [
                {**cookie, "value": "x" * 32} if cookie["name"] == "csrftoken" else cookie
                for cookie in cookies
            ]
        )
        block = page.locator("#p-2")
        block.get_by_text("Notes (0)").click()
        block.get_by_label("Add a note to passage 2").fill("A note written too late.")
        block.get_by_role("button", name="Add note").click()
        if js:
            expect(
                block.get_by_text("This page's form has expired: reload the page")
            ).to_be_visible()
        else:
            expect(page.get_by_role("heading", name="The form could not be sent")).to_be_visible()
            expect(page.get_by_text("Go back, reload the page")).to_be_visible()
