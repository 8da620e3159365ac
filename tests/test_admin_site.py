import pytest
from django.contrib import admin
from django.urls import reverse

from mediacompare.admin_site import MediacompareAdminSite
from mediacompare.coverage.demo import create_demo_accounts
from mediacompare.coverage.models import Outlet


@pytest.fixture
def editor_client(client, db):
    create_demo_accounts()
    client.login(username="editor", password="editor-demo-2021")
    return client


def outlet_choices(client, **params):
    query = {"app_label": "coverage", "model_name": "article", "field_name": "outlet"}
    return client.get(reverse("admin:autocomplete"), {**query, **params})


def test_the_admin_is_the_projects_site() -> None:
    assert isinstance(admin.site, MediacompareAdminSite)


def test_a_page_past_the_last_is_an_empty_last_page(editor_client) -> None:
    """select2 asks for the next page with the term typed since: page 2 of a name that
    has one page answers no choices and no more pages, not a 404."""
    for k in range(25):
        Outlet.objects.create(name=f"Wire {k:02}", slug=f"wire-{k:02}", language="en")
    Outlet.objects.create(name="Pravda Test Wire", slug="pravda-test-wire", language="en")

    first = outlet_choices(editor_client, term="", page="1")
    assert first.status_code == 200
    assert len(first.json()["results"]) == 20 and first.json()["pagination"] == {"more": True}

    past = outlet_choices(editor_client, term="Pravda", page="2")
    assert past.status_code == 200
    assert past.json() == {"results": [], "pagination": {"more": False}}

    one = outlet_choices(editor_client, term="Pravda", page="1")
    assert [r["text"] for r in one.json()["results"]] == ["Pravda Test Wire"]


def test_a_page_that_is_no_number_is_still_not_found(editor_client) -> None:
    assert outlet_choices(editor_client, term="", page="abc").status_code == 404


def test_the_autocomplete_still_needs_a_staff_login(client, db) -> None:
    response = outlet_choices(client, term="", page="2")
    assert response.status_code == 302


@pytest.mark.parametrize(
    "url, params",
    [
        # A list filter and a search on text fields: PostgreSQL refuses NUL in a string.
        ("admin:coverage_article_changelist", {"language__exact": "en\x00"}),
        ("admin:coverage_event_changelist", {"slug": "\x00"}),
        ("admin:ingest_importjob_changelist", {"status__exact": "\x00"}),
        (
            "admin:autocomplete",
            {
                "app_label": "coverage",
                "model_name": "article",
                "field_name": "outlet",
                "term": "\x00",
            },
        ),
    ],
)
def test_a_nul_in_a_query_parameter_is_a_400_that_says_so(editor_client, url, params) -> None:
    """Not the 500 of PostgreSQL's "text fields cannot contain NUL" (SQLite took it)."""
    response = editor_client.get(reverse(url), params)
    assert response.status_code == 400
    assert "NUL" in response.content.decode()


def test_a_nul_in_a_parameter_name_is_refused_too(editor_client) -> None:
    response = editor_client.get(reverse("admin:coverage_article_changelist") + "?title%00=x")
    assert response.status_code == 400


def test_the_nul_refusal_keeps_the_admins_login_and_csrf(client, db) -> None:
    """The refusal sits inside Django's wrapper: a stranger is still sent to log in."""
    response = client.get(reverse("admin:coverage_article_changelist"), {"q": "\x00"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize("url", ["admin:index", "admin:ingest_bulk_import"])
def test_admin_pages_have_the_sites_icon(editor_client, url) -> None:
    """Else the browser asks for /favicon.ico: a 404 and a console error on each page."""
    assert 'rel="icon"' in editor_client.get(reverse(url)).text


def test_the_admin_login_has_the_sites_icon(client, db) -> None:
    assert 'rel="icon"' in client.get(reverse("admin:login")).text
