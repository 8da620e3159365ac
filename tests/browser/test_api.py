"""The API's docs page under the site's strict CSP, and the tokens page end to end."""

import re

from playwright.sync_api import expect

from tests.factories import PASSWORD, UserFactory


def test_the_docs_page_works_under_the_csp(page, transactional_db, console_errors):
    response = page.goto("/api/v1/docs")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe" not in policy
    # Swagger UI (served from our static files) has read the schema and listed operations.
    expect(page.get_by_text("mediacompare API").first).to_be_visible()
    expect(page.locator(".opblock-summary-path", has_text="/api/v1/notes").first).to_be_visible()
    assert page.locator(".opblock").count() == 11
    assert console_errors == []


def test_make_use_and_revoke_a_token(page, transactional_db, console_errors):
    user = UserFactory(username="researcher", password=PASSWORD)
    page.goto("/accounts/api-tokens/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.get_by_label("What is it for?").fill("my scripts")
    page.get_by_role("button", name="Make a token").click()
    secret = page.locator("code.secret").inner_text()
    assert re.fullmatch(r"mcp_[\w-]{40,}", secret)

    api = page.context.request
    answer = api.get("/api/v1/notes?mine=true", headers={"Authorization": f"Bearer {secret}"})
    assert answer.status == 200 and answer.json()["items"] == []

    page.goto("/accounts/api-tokens/")
    expect(page.locator("code.secret")).to_have_count(0)
    page.get_by_role("button", name="Revoke my scripts").click()
    expect(page.get_by_text("You have no tokens.")).to_be_visible()
    answer = api.get("/api/v1/events", headers={"Authorization": f"Bearer {secret}"})
    assert answer.status == 401
    assert console_errors == []
