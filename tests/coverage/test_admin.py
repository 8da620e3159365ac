import datetime
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from mediacompare.coverage import admin as coverage_admin
from mediacompare.coverage import services
from mediacompare.coverage.demo import EDITOR_GROUP, create_demo_accounts
from mediacompare.coverage.models import Article, Event, Outlet, PassageLink
from tests.factories import SOURCE_TEXT, ArticleFactory, UserFactory

UTC = datetime.UTC


@pytest.fixture
def editor_client(client, db):
    create_demo_accounts()
    client.login(username="editor", password="editor-demo-2021")
    return client


@pytest.fixture
def source(db):
    return ArticleFactory(is_primary=True)


def add_url():
    return reverse("admin:coverage_article_add")


def change_url(article):
    return reverse("admin:coverage_article_change", args=[article.pk])


def new_article(source, **changes):
    """The add form's data for an article in ``source``'s event."""
    data = {
        "event": source.event.pk,
        "outlet": source.outlet.pk,
        "title": "Pasted",
        "body": "Both countries are firmly opposed to the plan.\r\nAn outlet adds its own view.",
        "source_url": "",
        "byline": "",
        "published_at_0": "",
        "published_at_1": "",
        "published_precision": "",
        "language": "en",
        "translated_from": "",
    }
    return {**data, **changes}


def edited(article, **changes):
    """The change form's data for ``article`` as it is saved, with ``changes``."""
    at = article.published_at
    data = {
        "event": article.event_id,
        "outlet": article.outlet_id,
        "title": article.title,
        "body": article.body,
        "source_url": article.source_url,
        "byline": article.byline,
        "published_at_0": at.date().isoformat() if at else "",
        "published_at_1": at.time().isoformat() if at else "",
        "published_precision": "",
        "language": article.language,
        "translated_from": article.translated_from,
        "read_version": str(article.version),
    }
    for flag in ["published_approximate", "is_excerpt", "is_primary"]:
        if getattr(article, flag):
            data[flag] = "on"
    return {**data, **changes}


def errors(response) -> list[str]:
    """The texts of the error lists on an admin page."""
    lists = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.text, re.S)
    return [re.sub(r"<[^>]+>", "", item).strip() for item in lists]


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
    response = editor_client.post(add_url(), new_article(source, outlet=outlet.pk), follow=True)
    assert response.redirect_chain, errors(response)
    article = Article.objects.get(title="Pasted")
    assert [p.text for p in article.passages.order_by("index")] == [
        "Both countries are firmly opposed to the plan.",
        "An outlet adds its own view.",
    ]
    assert PassageLink.objects.filter(article_a=source, article_b=article, kind="verbatim").exists()
    assert "Split into 2 passages (0 not content); 1 link found with 1 other article." in (
        response.text
    )


def test_admin_refuses_an_empty_body_with_a_message(editor_client, source):
    response = editor_client.post(add_url(), new_article(source, title="Empty", body=""))
    assert response.status_code == 200
    assert "This field is required." in errors(response)
    assert not Article.objects.filter(title="Empty").exists()


# --- Dates: a day alone, with its precision -------------------------------------------


def test_a_date_alone_is_accepted_and_stored_as_the_day(editor_client, source):
    response = editor_client.post(add_url(), new_article(source, published_at_0="2021-11-27"))
    assert response.status_code == 302, errors(response)
    article = Article.objects.get(title="Pasted")
    assert article.published_at == datetime.datetime(2021, 11, 27, tzinfo=UTC)
    assert article.published_precision == Article.DatePrecision.DAY
    page = editor_client.get(change_url(article))
    # Shown again as entered: the day, no invented time.
    assert 'name="published_at_0" value="27/11/2021"' in page.text
    assert re.search(r'<input type="text" name="published_at_1" class', page.text)
    assert article.published_display == "27 Nov 2021"


def test_a_date_and_time_are_stored_to_the_minute(editor_client, source):
    data = new_article(source, published_at_0="2021-11-27", published_at_1="19:44")
    assert editor_client.post(add_url(), data).status_code == 302
    article = Article.objects.get(title="Pasted")
    assert article.published_at == datetime.datetime(2021, 11, 27, 19, 44, tzinfo=UTC)
    assert article.published_precision == Article.DatePrecision.MINUTE
    assert article.published_display == "27 Nov 2021, 19:44 UTC"


def test_month_only_and_approximate_for_a_late_november_source(editor_client, source):
    data = new_article(
        source,
        published_at_0="2021-11-25",
        published_precision="month",
        published_approximate="on",
    )
    assert editor_client.post(add_url(), data).status_code == 302
    article = Article.objects.get(title="Pasted")
    assert article.published_precision == Article.DatePrecision.MONTH
    assert article.published_display == "Nov 2021 (approx.)"
    page = editor_client.get(change_url(article))
    assert '<option value="month" selected>' in page.text


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {
                "published_at_0": "2021-11-25",
                "published_at_1": "10:00",
                "published_precision": "month",
            },
            "“Month only” takes no time: clear the time, or choose “As entered”.",
        ),
        ({"published_at_1": "10:00"}, "Enter the date too: a time alone is not a date."),
        ({"published_precision": "year"}, "Enter a date to give its precision."),
        ({"published_at_0": "27 Novembre"}, "Enter a valid date."),
    ],
)
def test_inconsistent_dates_are_refused_with_a_message(editor_client, source, changes, message):
    response = editor_client.post(add_url(), new_article(source, **changes))
    assert response.status_code == 200
    assert message in errors(response)
    assert not Article.objects.filter(title="Pasted").exists()


# --- Language, outlet kinds -----------------------------------------------------------


def test_language_is_a_choice_of_codes_with_names(editor_client, source):
    page = editor_client.get(add_url())
    assert '<option value="zh-Hant">Chinese (Traditional) (zh-Hant)</option>' in page.text
    assert '<option value="hy">Armenian (hy)</option>' in page.text
    response = editor_client.post(add_url(), new_article(source, language="English"))
    assert response.status_code == 200
    assert any("Select a valid choice. English is not one" in e for e in errors(response))


def test_outlet_kinds_and_state_affiliation_are_separate_choices(editor_client):
    page = editor_client.get(reverse("admin:coverage_outlet_add"))
    for label in ["News agency", "International organisation", "Broadcaster (television, radio)"]:
        assert f">{label}</option>" in page.text
    response = editor_client.post(
        reverse("admin:coverage_outlet_add"),
        {
            "name": "United Nations News",
            "slug": "un-news",
            "country": "International",
            "language": "fr",
            "kind": "international",
            "state_affiliation": "funded",
            "homepage": "",
        },
    )
    assert response.status_code == 302
    outlet = Outlet.objects.get(slug="un-news")
    assert (outlet.get_kind_display(), outlet.get_state_affiliation_display()) == (
        "International organisation",
        "Publicly funded, editorially independent",
    )
    listing = editor_client.get(reverse("admin:coverage_outlet_changelist"))
    assert '<td class="field-kind">International organisation</td>' in listing.text
    assert "Publicly funded, editorially independent</td>" in listing.text


# --- One primary source per event ------------------------------------------------------


def test_a_second_primary_is_refused_with_a_link_to_the_first(editor_client, source):
    response = editor_client.post(add_url(), new_article(source, is_primary="on"))
    assert response.status_code == 200
    link = f'<a href="{change_url(source)}">{source}</a>'
    assert (
        f"Event “{source.event}” already has a primary source: {link}. Untick “Is primary” "
        "there first, or untick it here." in response.text
    )
    # Said once, not again in the database constraint's words.
    assert "article_one_primary_per_event" not in response.text
    assert response.text.count("already has a primary source") == 1
    assert not Article.objects.filter(title="Pasted").exists()


def test_ticking_primary_on_another_article_is_refused_until_the_first_is_unticked(
    editor_client, source
):
    other = ArticleFactory(event=source.event)
    response = editor_client.post(change_url(other), edited(other, is_primary="on"))
    assert response.status_code == 200
    assert "already has a primary source" in response.text
    other.refresh_from_db()
    assert not other.is_primary

    untick = edited(source)
    del untick["is_primary"]
    assert editor_client.post(change_url(source), untick).status_code == 302
    response = editor_client.post(change_url(other), edited(other, is_primary="on"))
    assert response.status_code == 302, errors(response)
    assert Article.objects.get(event=source.event, is_primary=True) == other


# --- Bylines ---------------------------------------------------------------------------


def test_bylines_are_stored_without_by_and_trailing_punctuation(editor_client, source):
    response = editor_client.post(add_url(), new_article(source, byline="  By Jane Doe, "))
    assert response.status_code == 302
    assert Article.objects.get(title="Pasted").byline == "Jane Doe"


# --- Segmentation before saving, links after ------------------------------------------


def test_preview_without_javascript_shows_the_form_again_with_passages_and_saves_nothing(
    editor_client, source
):
    body = "WASHINGTON, November 27. /TASS/. Both sides met.\r\nThey agreed. Nothing else."
    data = new_article(source, body=body, published_at_0="2021-11-27", _preview="1")
    response = editor_client.post(add_url(), data)
    assert response.status_code == 200
    assert not Article.objects.filter(title="Pasted").exists()
    text = response.text
    assert "Preview: how the text above will be split (not saved)" in text
    assert "4 passages in 2 paragraphs; 1 marked not content" in text
    assert '<li value="1" class="quiet"><em>Not content:</em> WASHINGTON, November 27.' in text
    assert '<ol start="3" aria-label="Paragraph 2">' in text
    assert '<li value="4">Nothing else.</li>' in text
    # The form comes back as the editor left it, with no error to correct.
    assert 'value="Pasted"' in text and 'name="published_at_0" value="2021-11-27"' in text
    assert "Please correct" not in text


def test_preview_of_a_change_leaves_the_saved_article_alone(editor_client, source):
    data = edited(source, body="A different text.", _preview="1")
    response = editor_client.post(change_url(source), data)
    assert response.status_code == 200
    assert '<li value="1">A different text.</li>' in response.text
    source.refresh_from_db()
    assert source.body == SOURCE_TEXT
    assert source.version == 1


def test_preview_with_htmx_returns_the_panel_only(editor_client, source):
    data = new_article(source, body="One. Two.\nThree.", _preview="1")
    response = editor_client.post(add_url(), data, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "<form" not in response.text and "<html" not in response.text
    assert "3 passages in 2 paragraphs; 0 marked not content" in response.text
    assert '<li value="3">Three.</li>' in response.text
    assert not Article.objects.filter(title="Pasted").exists()


def test_preview_needs_the_right_to_add_or_change(client, source):
    viewer = UserFactory(is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(viewer)
    data = new_article(source, _preview="1")
    htmx = {"HX-Request": "true"}
    assert client.post(add_url(), data, headers=htmx).status_code == 403
    assert client.post(change_url(source), data, headers=htmx).status_code == 403
    assert client.post(add_url(), data).status_code == 403


def test_change_page_shows_passages_and_links_by_kind_and_article(editor_client, source):
    copy = ArticleFactory(event=source.event)
    german = ArticleFactory(event=source.event, language="de", body="Ein anderer Satz.")
    page = editor_client.get(change_url(source))
    text = page.text
    assert "As saved" in text
    assert "5 passages in 4 paragraphs; 1 marked not content" in text
    row = re.search(rf"<th scope=\"row\">{copy.outlet.name}: .*?</tr>", text, re.S).group(0)
    assert [int(n) for n in re.findall(r"<td>(\d+)</td>", row)] == [4, 0, 0, 0, 0, 4]
    compare = reverse("coverage:compare", args=[source.event.slug])
    assert f'<a href="{compare}?a={source.pk}&amp;b={copy.pk}">Compare with' in row
    # Across languages the pair is aligned too (by meaning); Armenian is a language the
    # model lacks, so that pair says why it was not compared.
    ArticleFactory(event=source.event, language="hy", body="Այլ նախադասություն։")
    text = editor_client.get(change_url(source)).text
    assert "the alignment model does not know Armenian" in text
    assert f"?a={source.pk}&amp;b={german.pk}" in text


def test_the_link_table_counts_each_kind_found(db):
    source = ArticleFactory(is_primary=True)
    copy = ArticleFactory(event=source.event)
    summary = coverage_admin.link_summary(source.pk)
    assert summary.kinds == [kind.label for kind in PassageLink.Kind]
    link = PassageLink.objects.filter(article_a=source).first()
    link.kind, link.origin = PassageLink.Kind.PARAPHRASE, PassageLink.Origin.EDITOR
    link.save()
    summary = coverage_admin.link_summary(source.pk)
    (row,) = summary.rows
    assert row.article == copy
    assert dict(zip(summary.kinds, row.counts, strict=True)) == {
        "Verbatim": 3,
        "Edited": 0,
        "Partial quote": 0,
        "Paraphrase": 1,
        "Translation": 0,
    }
    assert (row.total, row.by_editors, summary.total) == (4, 1, 4)


# --- Two editors at once ----------------------------------------------------------------


def test_a_stale_save_is_refused_and_the_differences_shown(editor_client, source):
    mine = edited(source, body=SOURCE_TEXT.replace("joint article", "joint op-ed"))
    # Someone else saves first.
    services.article_update(
        article=Article.objects.get(pk=source.pk),
        title="Their title",
        body=SOURCE_TEXT.replace("Both countries", "The two countries"),
    )
    response = editor_client.post(change_url(source), mine)
    assert response.status_code == 200
    text = response.text
    assert "Saved by someone else while you edited" in text
    assert "Not saved: someone else saved this article after you opened it." in text
    assert '<tr><th scope="row">Title</th><td>Their title</td>' in text
    assert "[only in the saved article: </span>article" in text
    assert "[only in yours: </span>op-ed" in text
    assert "[only in the saved article: </span>The two" in text
    assert "(2 unchanged lines)" in text
    assert f'<a href="{change_url(source)}">Reload the saved article</a>' in text
    # The form carries the saved version now: saving again is a deliberate choice.
    assert 'name="read_version" value="2"' in text
    saved = Article.objects.get(pk=source.pk)
    assert (saved.title, saved.version) == ("Their title", 2)
    assert "The two countries" in saved.body


def test_saving_again_after_a_conflict_applies_the_editors_version(editor_client, source):
    mine = edited(source, title="My title")
    services.article_update(article=Article.objects.get(pk=source.pk), title="Their title")
    assert editor_client.post(change_url(source), mine).status_code == 200
    response = editor_client.post(change_url(source), {**mine, "read_version": "2"})
    assert response.status_code == 302, errors(response)
    saved = Article.objects.get(pk=source.pk)
    assert (saved.title, saved.version) == ("My title", 3)


def test_a_save_between_the_checks_and_the_write_is_explained_not_a_500(
    editor_client, source, monkeypatch
):
    # The other editor's save lands after this form was checked, before it is written:
    # here it is committed first, and the form's first check is made to miss it.
    services.article_update(article=Article.objects.get(pk=source.pk), title="Their title")
    form_class = coverage_admin.ArticleAdminForm
    real_check = form_class._check_version

    def missed_it(form, cleaned):
        form.instance.version = cleaned["read_version"]
        monkeypatch.setattr(form_class, "_check_version", real_check)

    monkeypatch.setattr(form_class, "_check_version", missed_it)
    response = editor_client.post(change_url(source), edited(source, title="My title"))
    assert response.status_code == 200
    assert "Saved by someone else while you edited" in response.text
    assert Article.objects.get(pk=source.pk).title == "Their title"


def test_a_form_without_its_version_is_refused(editor_client, source):
    data = edited(source, title="My title")
    del data["read_version"]
    response = editor_client.post(change_url(source), data)
    assert response.status_code == 200
    assert "Not saved: someone else saved this article" in response.text
    assert Article.objects.get(pk=source.pk).title == source.title


# --- Unchanged behaviour ------------------------------------------------------------------


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


def test_article_list_shows_dates_as_precise_as_the_source(editor_client, source):
    Article.objects.filter(pk=source.pk).update(published_precision="day")
    listing = editor_client.get(reverse("admin:coverage_article_changelist"))
    assert '<td class="field-published">27 Nov 2021</td>' in listing.text


def test_editors_group_can_change_content_but_not_notes(db):
    create_demo_accounts()
    codenames = set(
        Group.objects.get(name=EDITOR_GROUP).permissions.values_list("codename", flat=True)
    )
    assert {"add_article", "change_article", "add_outlet", "add_event", "view_passage"} <= codenames
    assert "change_note" not in codenames


def test_the_language_filter_lists_the_languages_in_use(editor_client, source):
    ArticleFactory(event=source.event, language="de", body="Ein anderer Satz.")
    listing = editor_client.get(reverse("admin:coverage_article_changelist"))
    assert "?language=de" in listing.text and "?language=en" in listing.text
    assert "?language=hy" not in listing.text
