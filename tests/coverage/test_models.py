import datetime
import threading
import time

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, connections, transaction

from mediacompare.coverage import services
from mediacompare.coverage.models import Article, ArticleVersionConflict, Outlet
from tests.factories import ArticleFactory, EventFactory, OutletFactory

UTC = datetime.UTC
Precision = Article.DatePrecision


# --- Dates shown as precisely as the source gives them ---------------------------------


@pytest.mark.parametrize(
    ("precision", "approximate", "shown", "iso"),
    [
        (Precision.MINUTE, False, "27 Nov 2021, 19:44 UTC", "2021-11-27T19:44:00+00:00"),
        (Precision.DAY, False, "27 Nov 2021", "2021-11-27"),
        (Precision.DAY, True, "27 Nov 2021 (approx.)", "2021-11-27"),
        (Precision.MONTH, True, "Nov 2021 (approx.)", "2021-11"),
        (Precision.YEAR, False, "2021", "2021"),
    ],
)
def test_dates_are_shown_no_more_precisely_than_known(precision, approximate, shown, iso):
    article = Article(
        published_at=datetime.datetime(2021, 11, 27, 19, 44, tzinfo=UTC),
        published_precision=precision,
        published_approximate=approximate,
    )
    assert (article.published_display, article.published_iso) == (shown, iso)


def test_dates_are_shown_in_utc_whatever_zone_they_were_given_in():
    beijing = datetime.timezone(datetime.timedelta(hours=8))
    article = Article(published_at=datetime.datetime(2021, 11, 28, 3, 44, tzinfo=beijing))
    assert article.published_display == "27 Nov 2021, 19:44 UTC"


def test_an_unknown_date_says_so():
    assert (Article().published_display, Article().published_iso) == ("date unknown", "")


def test_reader_pages_show_the_day_alone_when_only_the_day_is_known(client, db):
    article = ArticleFactory(
        published_at=datetime.datetime(2021, 11, 27, tzinfo=UTC),
        published_precision=Precision.DAY,
    )
    page = client.get(article.get_absolute_url())
    assert '<time datetime="2021-11-27">27 Nov 2021</time>' in page.text
    assert "00:00" not in page.text


# --- Languages, enforced for every writer ---------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("English", "“English” is not a language code here: use “en” (English)."),
        ("xx-!!", "“xx-!!” is not a BCP 47 language code."),
        ("xx", "“xx” is a well-formed code, but not one of the languages mediacompare lists."),
    ],
)
def test_services_refuse_a_language_that_is_not_a_listed_code(db, value, message):
    event, outlet = EventFactory(), OutletFactory()
    with pytest.raises(ValidationError) as refused:
        services.article_create(event=event, outlet=outlet, title="T", body="Text.", language=value)
    assert message in refused.value.message_dict["language"][0]
    assert not Article.objects.exists()


def test_outlets_refuse_free_text_languages_too(db):
    outlet = Outlet(name="N", slug="n", country="Russia", language="Russian")
    with pytest.raises(ValidationError) as refused:
        outlet.full_clean()
    assert refused.value.message_dict["language"] == [
        "“Russian” is not a language code here: use “ru” (Russian)."
    ]


def test_codes_are_stored_in_their_conventional_case(db):
    article = ArticleFactory(language="ZH-hant")
    assert article.language == "zh-Hant"
    assert article.base_language == "zh"
    assert article.get_language_display() == "Chinese (Traditional)"


# --- Outlet kinds -------------------------------------------------------------------------


def test_the_database_refuses_an_outlet_kind_outside_the_vocabulary(db):
    with pytest.raises(IntegrityError), transaction.atomic():
        OutletFactory(kind="wire")


# --- Bylines ------------------------------------------------------------------------------


def test_every_writer_stores_bylines_without_by(db):
    article = ArticleFactory(byline="By Jane Doe.")
    assert article.byline == "Jane Doe"
    services.article_update(article=article, byline="  by: AFP , ")
    assert Article.objects.get(pk=article.pk).byline == "AFP"


# --- One primary per event: a validation error, whoever writes --------------------------


def test_a_second_primary_is_a_validation_error_naming_the_first(db):
    first = ArticleFactory(is_primary=True)
    second = ArticleFactory(event=first.event)
    with pytest.raises(ValidationError) as refused:
        services.article_update(article=second, is_primary=True)
    assert refused.value.message_dict == {
        "is_primary": [
            f"Event “{first.event}” already has a primary source: “{first}” (article "
            f"{first.pk}). Untick “Is primary” there first, or untick it here."
        ]
    }
    second.refresh_from_db()
    assert not second.is_primary


def test_a_second_primary_that_skips_validation_is_still_a_validation_error(db):
    # As when two editors tick it at once: both pass validation, the database refuses one.
    first = ArticleFactory(is_primary=True)
    second = ArticleFactory(event=first.event)
    second.is_primary = True
    with pytest.raises(ValidationError) as refused:
        second.save()
    assert "already has a primary source" in refused.value.message_dict["is_primary"][0]
    # The transaction is still usable, and the version was not spent.
    assert Article.objects.get(pk=second.pk).is_primary is False
    assert second.version == Article.objects.get(pk=second.pk).version == 1


def test_an_unrelated_integrity_error_is_not_disguised(db):
    article = ArticleFactory()
    article.body = ""
    with pytest.raises(IntegrityError), transaction.atomic():
        article.save()


# --- Optimistic locking -----------------------------------------------------------------


def test_each_save_counts_a_version(db):
    article = ArticleFactory()
    assert article.version == 1
    services.article_update(article=article, title="Second")
    services.article_update(article=article, title="Third")
    assert article.version == Article.objects.get(pk=article.pk).version == 3


def test_a_save_from_a_stale_copy_is_refused_and_writes_nothing(db):
    article = ArticleFactory()
    mine, theirs = Article.objects.get(pk=article.pk), Article.objects.get(pk=article.pk)
    services.article_update(article=theirs, title="Theirs")
    with pytest.raises(ArticleVersionConflict) as refused:
        services.article_update(article=mine, title="Mine", body="Mine replaces the text.")
    assert str(refused.value.message) == (
        f"Article {article.pk} was saved by someone else since it was read (read at version 1, "
        "saved version is 2). Nothing was saved: reload the article and apply the changes again."
    )
    assert isinstance(refused.value, ValidationError)
    saved = Article.objects.get(pk=article.pk)
    assert (saved.title, saved.version, saved.body) == ("Theirs", 2, article.body)
    assert [p.text for p in saved.passages.order_by("index")][-1] == (
        "Both countries are firmly opposed to the plan."
    )
    # The refused copy keeps the version it read: reloading is the way forward.
    assert mine.version == 1


def test_a_plain_save_is_checked_too(db):
    article = ArticleFactory()
    stale = Article.objects.get(pk=article.pk)
    Article.objects.get(pk=article.pk).save()
    stale.title = "Stale"
    with pytest.raises(ArticleVersionConflict):
        stale.save()


def test_saving_an_article_deleted_meanwhile_says_so(db):
    article = ArticleFactory()
    stale = Article.objects.get(pk=article.pk)
    Article.objects.filter(pk=article.pk).delete()
    with pytest.raises(ArticleVersionConflict) as refused:
        stale.save()
    assert "was deleted since it was read" in refused.value.message


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs two connections to one database"
)
@pytest.mark.django_db(transaction=True)
def test_of_two_concurrent_saves_from_one_version_exactly_one_is_applied():
    article = ArticleFactory()
    claimed = threading.Event()
    outcomes = {}

    def save(title, wait_for_other):
        try:
            copy = Article.objects.get(pk=article.pk)
            copy.title = title
            with transaction.atomic():
                copy.save()
                claimed.set()
                if wait_for_other:
                    # Hold the row while the other save tries: it must wait, then fail.
                    time.sleep(0.5)
            outcomes[title] = "saved"
        except ArticleVersionConflict:
            outcomes[title] = "refused"
        finally:
            connections.close_all()

    first = threading.Thread(target=save, args=("First", True))
    first.start()
    claimed.wait(5)
    second = threading.Thread(target=save, args=("Second", False))
    second.start()
    first.join(10)
    second.join(10)
    assert outcomes == {"First": "saved", "Second": "refused"}
    saved = Article.objects.get(pk=article.pk)
    assert (saved.title, saved.version) == ("First", 2)
