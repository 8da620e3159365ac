"""The data steps of the entry migrations: existing rows keep their meaning."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from mediacompare.search.services import index_ensure_installed, index_suspend

BEFORE = ("coverage", "0002_passage_is_boilerplate")
AFTER = ("coverage", "0007_article_version")


@pytest.fixture
def migrate(transactional_db):
    """Move the coverage schema to a migration; the latest is restored afterwards.

    The executor runs without migrate's signals, so the search triggers are set aside
    here as ``migrate`` sets them aside on SQLite (they name the tables being rebuilt).
    """
    index_suspend(plan=True)

    def to(target):
        executor = MigrationExecutor(connection)
        executor.migrate([target])
        return executor.loader.project_state([target]).apps

    yield to
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    index_ensure_installed()


def old_rows(apps, *, outlet_language="English", article_language="zh-TW"):
    Outlet = apps.get_model("coverage", "Outlet")
    Event = apps.get_model("coverage", "Event")
    Article = apps.get_model("coverage", "Article")
    outlet = Outlet.objects.create(
        name="TASS", slug="tass", country="Russia", language=outlet_language, kind="wire"
    )
    event = Event.objects.create(title="E", slug="e", starts_on=datetime.date(2021, 11, 26))
    day_only = Article.objects.create(
        event=event,
        outlet=outlet,
        title="Day only",
        body="Text.",
        language=article_language,
        byline="By Jane Doe.",
        published_at=datetime.datetime(2021, 11, 27, 12, 0, tzinfo=datetime.UTC),
        published_approximate=True,
    )
    timed = Article.objects.create(
        event=event,
        outlet=outlet,
        title="Timed",
        body="Text.",
        language="en",
        published_at=datetime.datetime(2021, 11, 27, 19, 44, tzinfo=datetime.UTC),
    )
    return outlet.pk, day_only.pk, timed.pk


def test_existing_rows_are_migrated_without_losing_what_they_said(migrate):
    outlet_pk, day_only_pk, timed_pk = old_rows(migrate(BEFORE))
    apps = migrate(AFTER)
    Outlet = apps.get_model("coverage", "Outlet")
    Article = apps.get_model("coverage", "Article")
    outlet = Outlet.objects.get(pk=outlet_pk)
    assert (outlet.language, outlet.kind) == ("en", "agency")
    day_only, timed = Article.objects.get(pk=day_only_pk), Article.objects.get(pk=timed_pk)
    # The day is what readers saw; the stored time and the approximate mark are kept.
    assert (day_only.published_precision, day_only.published_approximate) == ("day", True)
    assert day_only.published_at == datetime.datetime(2021, 11, 27, 12, 0, tzinfo=datetime.UTC)
    assert (timed.published_precision, timed.published_approximate) == ("minute", False)
    assert (day_only.language, day_only.byline, day_only.version) == ("zh-Hant", "Jane Doe", 1)


def test_unclear_languages_stop_the_migration_and_change_nothing(migrate):
    apps = migrate(BEFORE)
    outlet_pk, day_only_pk, _ = old_rows(apps, outlet_language="English/Russian")
    with pytest.raises(RuntimeError) as stopped:
        migrate(AFTER)
    assert (
        f"Cannot tell which language these values mean: 'English/Russian' (outlets {outlet_pk})."
        in str(stopped.value)
    )
    assert "Nothing was changed." in str(stopped.value)
    Article = apps.get_model("coverage", "Article")
    Outlet = apps.get_model("coverage", "Outlet")
    assert Article.objects.get(pk=day_only_pk).language == "zh-TW"
    Outlet.objects.filter(pk=outlet_pk).update(language="ru")
    apps = migrate(AFTER)
    assert apps.get_model("coverage", "Article").objects.get(pk=day_only_pk).language == "zh-Hant"


def test_going_back_restores_the_old_flag_and_kind(migrate):
    outlet_pk, day_only_pk, timed_pk = old_rows(migrate(BEFORE))
    apps = migrate(AFTER)
    Article = apps.get_model("coverage", "Article")
    Article.objects.filter(pk=timed_pk).update(published_precision="month")
    Article.objects.filter(pk=day_only_pk).update(published_approximate=False)
    apps = migrate(BEFORE)
    Article = apps.get_model("coverage", "Article")
    assert Article.objects.get(pk=timed_pk).published_approximate is True
    assert Article.objects.get(pk=day_only_pk).published_approximate is True
    assert apps.get_model("coverage", "Outlet").objects.get(pk=outlet_pk).kind == "wire"


@pytest.mark.django_db
def test_article_addresses_are_indexed_for_the_import_lookup():
    """0011: the bulk import's ``source_url IN (...)`` is an index lookup, not a table scan."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "coverage_article")

    index = constraints["article_source_url"]

    assert index["columns"] == ["source_url"]
    assert index["index"]
    if connection.vendor == "postgresql":
        assert index["type"] == "hash"


def test_the_address_index_is_dropped_and_restored_with_its_migration(migrate):
    migrate(("coverage", "0010_pending_alignment"))
    with connection.cursor() as cursor:
        assert "article_source_url" not in connection.introspection.get_constraints(
            cursor, "coverage_article"
        )
