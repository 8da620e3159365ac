import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from mediacompare.coverage.demo import EDITOR_GROUP, create_demo_accounts
from mediacompare.coverage.models import Article, Event, Outlet, PassageLink
from tests.factories import ArticleFactory


@pytest.fixture
def editor_client(client, db):
    create_demo_accounts()
    client.login(username="editor", password="editor-demo-2021")
    return client


def test_editor_creates_outlet_event_and_article_which_are_split_and_aligned(editor_client):
    source = ArticleFactory()
    response = editor_client.post(
        reverse("admin:coverage_outlet_add"),
        {
            "name": "Xinhua",
            "slug": "xinhua",
            "country": "China",
            "language": "en",
            "kind": "agency",
            "state_affiliation": "state",
            "homepage": "",
        },
    )
    assert response.status_code == 302, response.content
    outlet = Outlet.objects.get(slug="xinhua")
    response = editor_client.post(
        reverse("admin:coverage_event_add"),
        {
            "title": "Another event",
            "slug": "another-event",
            "summary": "",
            "starts_on": "2021-12-01",
            "ends_on": "",
            "articles-TOTAL_FORMS": "0",
            "articles-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content
    assert Event.objects.filter(slug="another-event").exists()
    response = editor_client.post(
        reverse("admin:coverage_article_add"),
        {
            "event": source.event.pk,
            "outlet": outlet.pk,
            "title": "Pasted",
            "body": "Both countries are firmly opposed to the plan.\r\nXinhua adds its own view.",
            "source_url": "",
            "byline": "",
            "published_at_0": "",
            "published_at_1": "",
            "language": "en",
            "translated_from": "",
            "passages-TOTAL_FORMS": "0",
            "passages-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content
    article = Article.objects.get(title="Pasted")
    assert [p.text for p in article.passages.order_by("index")] == [
        "Both countries are firmly opposed to the plan.",
        "Xinhua adds its own view.",
    ]
    assert PassageLink.objects.filter(article_a=source, article_b=article, kind="verbatim").exists()
    page = editor_client.get(reverse("admin:coverage_article_change", args=[article.pk]))
    assert "1 passage links (0 by editors)" in page.text


def test_admin_refuses_an_empty_body_with_a_message(editor_client):
    source = ArticleFactory()
    response = editor_client.post(
        reverse("admin:coverage_article_add"),
        {
            "event": source.event.pk,
            "outlet": source.outlet.pk,
            "title": "Empty",
            "body": "",
            "language": "en",
            "passages-TOTAL_FORMS": "0",
            "passages-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "This field is required" in response.text
    assert not Article.objects.filter(title="Empty").exists()


def test_resplit_action_realigns_selected_articles(editor_client):
    source = ArticleFactory()
    copy = ArticleFactory(event=source.event)
    PassageLink.objects.all().delete()
    response = editor_client.post(
        reverse("admin:coverage_article_changelist"),
        {"action": "resplit_and_realign", "_selected_action": [source.pk, copy.pk]},
        follow=True,
    )
    assert "Re-split and re-aligned 2 articles" in response.text
    assert PassageLink.objects.filter(article_a=source, article_b=copy).count() == 4


def test_editors_group_can_change_content_but_not_notes(db):
    create_demo_accounts()
    codenames = set(
        Group.objects.get(name=EDITOR_GROUP).permissions.values_list("codename", flat=True)
    )
    assert {"add_article", "change_article", "add_outlet", "add_event", "view_passage"} <= codenames
    assert "change_note" not in codenames
