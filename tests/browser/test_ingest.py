"""The import pages as an editor uses them: a bulk import's progress followed live (htmx
polling with JavaScript, the page refreshing itself without), and an article imported
from a saved web page, reviewed with its passages before it is saved."""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from mediacompare.coverage.models import Article
from mediacompare.ingest.models import ImportJob
from tests.factories import EventFactory

JS = pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
PAGES = Path(__file__).parents[1] / "ingest" / "pages"
PASSWORD = "import-editor-2026"


@pytest.fixture
def importer(transactional_db):
    return get_user_model().objects.create_superuser("importer", "", PASSWORD)


def admin_page(new_page, javascript: bool):
    page = new_page(java_script_enabled=javascript)
    page.goto("/admin/login/?next=/admin/")
    page.get_by_label("Username").fill("importer")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()
    return page


@JS
def test_a_bulk_import_shows_its_progress_until_it_is_done(
    new_page, importer, javascript, console_errors
):
    job = ImportJob.objects.create(
        created_by=importer,
        file_name="articles.jsonl",
        payload=b"",
        status=ImportJob.Status.IMPORTING,
        rows_total=400,
        rows_done=100,
        problems=[["line 7", "“outlet” is required"]],
        problem_count=1,
    )
    page = admin_page(new_page, javascript)
    page.goto(f"/admin/ingest/importjob/{job.pk}/progress/")
    progress = page.locator(".import-progress")
    expect(progress).to_contain_text("Imported 100 of 400 rows")
    expect(progress).to_contain_text("line 7: “outlet” is required")
    url = page.url
    ImportJob.objects.filter(pk=job.pk).update(rows_done=300)
    expect(progress).to_contain_text("Imported 300 of 400 rows")
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportJob.Status.DONE, rows_done=400, created=399
    )
    expect(progress).to_contain_text("400 rows: 399 articles created")
    assert page.url == url
    # Reloading shows the same; a finished job is no longer polled.
    page.reload()
    expect(progress).to_contain_text("399 articles created")
    assert progress.get_attribute("hx-trigger") is None
    assert console_errors == []


@JS
def test_an_article_from_a_saved_page_is_reviewed_then_saved(
    new_page, importer, javascript, console_errors
):
    event = EventFactory(title="The ambassadors' article")
    page = admin_page(new_page, javascript)
    page.goto("/admin/ingest/importjob/web/")
    page.get_by_label("Or a saved page").set_input_files(str(PAGES / "article.html"))
    page.get_by_role("button", name="Read the page").click()
    expect(page.get_by_label("Title")).to_have_value("Ambassadors call for an end to confrontation")
    expect(page.get_by_label("Byline")).to_have_value("Jane Roe")
    expect(page.get_by_label("Outlet name")).to_have_value("The Daily Example")
    passages = page.locator(".segmentation-result")
    expect(passages).to_contain_text("They said that democracy is not the patent")

    body = page.get_by_label("Body")
    body.fill(body.input_value() + "\nA sentence the editor adds.")
    # Before the event is chosen: a preview is not a save, so the browser must not block it.
    page.get_by_role("button", name="Preview segmentation").click()
    expect(passages).to_contain_text("A sentence the editor adds.")
    assert not Article.objects.exists()

    page.get_by_label("Event").select_option(label=event.title)
    page.get_by_label("Outlet country").fill("United Kingdom")
    # Saving embeds and aligns at once (immediate backend): the model may load first.
    page.get_by_role("button", name="Save", exact=True).click(timeout=90_000)
    expect(page.locator(".messagelist")).to_contain_text("Imported “Ambassadors call for")
    article = Article.objects.get()
    assert article.outlet.name == "The Daily Example"
    assert article.body.endswith("A sentence the editor adds.")
    assert console_errors == []
