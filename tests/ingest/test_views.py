import json
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from mediacompare.accounts.roles import EDITORS
from mediacompare.coverage.models import Article, Outlet
from mediacompare.ingest import fetch, web
from mediacompare.ingest.models import ImportJob
from tests.factories import ArticleFactory, EventFactory, OutletFactory, UserFactory

PAGES = Path(__file__).with_name("pages")
BULK = reverse("admin:ingest_bulk_import")
WEB = reverse("admin:ingest_web_import")
REVIEW = reverse("admin:ingest_web_review")


def upload(rows, name="articles.jsonl"):
    content = "".join(json.dumps(r) + "\n" for r in rows).encode()
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def test_a_bulk_upload_runs_and_its_page_shows_the_report(
    admin_client, row, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(BULK, {"file": upload([row(1), {"event": "x"}, row(2)])})
    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("admin:ingest_import_job", args=[job.pk])
    assert (job.status, job.rows_total, job.created, job.problem_count) == ("done", 3, 2, 3)
    page = admin_client.get(response.url).content.decode()
    assert (
        "3 rows: 2 articles created, 0 updated, 0 unchanged; the events' alignment is queued"
        in (page)
    )
    assert "line 2</strong>: “outlet” is required" in page
    # Finished: no more polling, no refresh.
    assert "hx-trigger" not in page and "http-equiv" not in page
    assert Article.objects.count() == 2


def test_a_job_that_changed_nothing_does_not_say_alignment_is_queued(admin_client, admin_user):
    job = ImportJob.objects.create(
        created_by=admin_user, file_name="same.jsonl", payload=b"", status="done", rows_total=2
    )
    job.unchanged = 2
    job.save()
    page = admin_client.get(reverse("admin:ingest_import_job", args=[job.pk])).content.decode()
    assert "2 rows: 0 articles created, 0 updated, 2 unchanged: nothing changed" in page
    assert "alignment is queued" not in page


def test_a_running_job_polls_with_htmx_and_refreshes_without(admin_client, admin_user):
    job = ImportJob.objects.create(
        created_by=admin_user,
        file_name="big.jsonl",
        payload=b"",
        status="importing",
        rows_total=200,
        rows_done=50,
    )
    url = reverse("admin:ingest_import_job", args=[job.pk])
    page = admin_client.get(url).content.decode()
    assert 'hx-trigger="load delay:1s"' in page
    assert '<noscript><meta http-equiv="refresh" content="2"></noscript>' in page
    assert "Imported 50 of 200 rows" in page
    fragment = admin_client.get(url, headers={"HX-Request": "true"})
    assert "HX-Request" in fragment["Vary"]
    assert fragment.content.decode().lstrip().startswith('<section class="import-progress"')
    assert "<html" not in fragment.content.decode()


def test_an_upload_that_is_not_jsonl_or_zip_is_refused(admin_client):
    bad = SimpleUploadedFile("a.csv", b"event,outlet\n", content_type="text/csv")
    response = admin_client.post(BULK, {"file": bad})
    assert response.status_code == 422
    assert "neither JSON Lines" in response.content.decode()
    assert not ImportJob.objects.exists()


@pytest.mark.parametrize("url", [BULK, WEB])
def test_import_pages_need_their_permission(db, client, url):
    staff = UserFactory(is_staff=True)
    client.force_login(staff)
    assert client.get(url).status_code == 403
    staff.user_permissions.add(
        Permission.objects.get(codename="add_importjob"),
        Permission.objects.get(codename="add_article"),
    )
    assert client.get(url).status_code == 200
    client.logout()
    assert client.get(url).status_code == 302


@pytest.mark.parametrize("url", [BULK, WEB])
def test_editors_may_import(db, client, url):
    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    assert client.get(url).status_code == 200


def test_a_job_page_needs_view_permission(client, admin_user):
    job = ImportJob.objects.create(created_by=admin_user, file_name="a.jsonl", payload=b"")
    client.force_login(UserFactory(is_staff=True))
    url = reverse("admin:ingest_import_job", args=[job.pk])
    assert client.get(url, headers={"HX-Request": "true"}).status_code == 403


def test_pasted_html_gives_a_prefilled_review_with_its_passages(admin_client):
    html = (PAGES / "article.html").read_text()
    response = admin_client.post(WEB, {"html": html})
    page = response.content.decode()
    assert response.status_code == 200
    assert 'value="Ambassadors call for an end to confrontation"' in page
    assert 'value="Jane Roe"' in page
    assert 'name="published_at_0" value="27/11/2021"' in page
    assert 'value="The Daily Example"' in page
    assert '<option value="en" selected>' in page
    assert "Preview: how the text above will be split" in page
    assert "They said that democracy is not the patent" in page


def test_a_url_is_fetched_and_read(admin_client, monkeypatch):
    seen = []

    def fake_fetch(url):
        seen.append(url)
        return fetch.Page(
            url=url, html=(PAGES / "russian.html").read_bytes(), content_type="text/html"
        )

    monkeypatch.setattr(fetch, "fetch_page", fake_fetch)
    response = admin_client.post(WEB, {"url": "https://news.example.ru/a"})
    assert seen == ["https://news.example.ru/a"]
    assert 'value="https://news.example.ru/a"' in response.content.decode()
    assert '<option value="ru" selected>' in response.content.decode()


def test_fetch_and_extraction_failures_are_explained(admin_client, monkeypatch):
    def refused(url):
        raise fetch.FetchError("“inside” resolves to an address that is not public (10.0.0.1)")

    monkeypatch.setattr(fetch, "fetch_page", refused)
    response = admin_client.post(WEB, {"url": "http://inside.example/"})
    assert response.status_code == 422
    assert "not public (10.0.0.1)" in response.content.decode()
    response = admin_client.post(WEB, {"html": (PAGES / "paywalled.html").read_text()})
    assert response.status_code == 422
    assert "paywalled stub" in response.content.decode()
    response = admin_client.post(WEB, {})
    assert response.status_code == 422
    assert "Give one of these" in response.content.decode()


def review_data(event, **fields):
    return {
        "event": event.pk,
        "outlet": "",
        "outlet_name": "The Daily Example",
        "outlet_country": "United Kingdom",
        "title": "Ambassadors call for an end to confrontation",
        "source_url": "https://daily.example.org/a",
        "byline": "Jane Roe",
        "published_at_0": "2021-11-27",
        "published_at_1": "",
        "language": "en",
        "body": "The ambassadors wrote a joint article.\nThey said democracy is no patent.",
        **fields,
    }


def test_saving_the_review_creates_the_article_and_its_new_outlet(admin_client):
    event = EventFactory()
    response = admin_client.post(REVIEW, review_data(event))
    article = Article.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("admin:coverage_article_change", args=[article.pk])
    assert (article.outlet.name, article.outlet.country) == ("The Daily Example", "United Kingdom")
    assert (article.published_precision, article.byline) == ("day", "Jane Roe")
    assert article.passages.count() == 2


def test_the_segmentation_preview_is_a_fragment_with_htmx_and_a_page_without(admin_client):
    event = EventFactory()
    data = review_data(event, _preview="Preview segmentation")
    fragment = admin_client.post(REVIEW, data, headers={"HX-Request": "true"}).content.decode()
    assert "2 passages in 2 paragraphs" in fragment and "<form" not in fragment
    page = admin_client.post(REVIEW, data).content.decode()
    assert "2 passages in 2 paragraphs" in page and "<form" in page
    assert not Article.objects.exists()


def test_nothing_is_half_saved_when_the_article_is_refused(admin_client):
    primary = ArticleFactory(is_primary=True)
    response = admin_client.post(REVIEW, review_data(primary.event, is_primary="on"))
    assert response.status_code == 422
    assert "already has a primary source" in response.content.decode()
    # The new outlet went with the refused article.
    assert not Outlet.objects.filter(name="The Daily Example").exists()
    response = admin_client.post(REVIEW, review_data(primary.event, outlet_name=""))
    assert response.status_code == 422
    assert "Choose the outlet, or give a new outlet" in response.content.decode()
    assert Article.objects.count() == 1


def test_the_review_suggests_a_known_outlet(db):
    outlet = OutletFactory(name="The Daily Example")
    page = web.read_page(html=(PAGES / "article.html").read_bytes())
    initial = web.review_initial(page)
    assert (initial["outlet"], initial["outlet_name"]) == (outlet.pk, "")
