"""Installing and rebuilding the index; putting back triggers a migration dropped."""

import pytest
from django.core.management import CommandError, call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection

from mediacompare.coverage.models import Article, Passage
from mediacompare.ingest import services as ingest
from mediacompare.search import backends, services
from mediacompare.search.models import SearchEntry
from tests.factories import ArticleFactory, NoteFactory


def drop_trigger(name):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            table = backends.postgresql.TRIGGERS[name][0]
            cursor.execute(f"DROP TRIGGER {name} ON {table}")
        else:
            cursor.execute(f"DROP TRIGGER {name}")


@pytest.mark.django_db
def test_rebuild_indexes_everything_again():
    article = ArticleFactory()
    NoteFactory(passage=article.passages.first())
    expected = 1 + article.passages.count() + 1
    SearchEntry.objects.all().delete()
    assert services.index_rebuild() == expected
    assert services.index_problems() == []


@pytest.mark.django_db
def test_a_missing_trigger_is_put_back_after_migrate_and_the_index_rebuilt(capsys):
    drop_trigger("search_passage_inserted")
    assert services.index_missing() == ["search_passage_inserted"]
    article = ArticleFactory()  # its passages go unindexed meanwhile
    assert "trigger search_passage_inserted missing" in services.index_problems()
    services.index_ensure_installed(using="default", verbosity=1)
    assert services.index_missing() == []
    assert SearchEntry.objects.filter(kind="passage", article=article).count() == (
        article.passages.count()
    )
    assert "triggers installed, index rebuilt" in capsys.readouterr().out


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "sqlite", reason="only SQLite rebuilds tables to alter")
def test_sqlite_migrations_may_rebuild_tables_the_triggers_name():
    article = ArticleFactory()
    # What migrate does around a plan whose AlterField on coverage_passage copies the
    # table, drops the original and renames the copy.
    services.index_suspend(using="default", plan=[("a migration", False)])
    connection.disable_constraint_checking()
    try:
        with connection.schema_editor() as editor:
            editor._remake_table(Passage)
        Passage.objects.filter(article=article).update(text="Changed while migrating")
    finally:
        connection.enable_constraint_checking()
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert services.index_missing() == []
    assert services.index_problems() == []
    assert SearchEntry.objects.filter(kind="passage", article=article).count() == (
        article.passages.count()
    )
    from tests.search.conftest import find_ids

    assert len(find_ids("changed migrating")) == article.passages.count()


@pytest.mark.django_db
def test_the_command_rebuilds_and_checks():
    ArticleFactory()
    SearchEntry.objects.filter(kind="passage").delete()
    with pytest.raises(CommandError, match="passage rows for"):
        call_command("search_reindex", "--check")
    call_command("search_reindex", verbosity=0)
    call_command("search_reindex", "--check", verbosity=0)


def index_snapshot() -> list[tuple]:
    """Every index row with its words, in a stable order, without its own id (a rebuild
    numbers rows again)."""
    columns = "e.kind, e.article_id, e.passage_id, e.note_id, e.event_id, e.outlet_id, e.language"
    columns += ", e.published_at, e.config"
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"SELECT {columns}, e.document::text FROM search_entry e")
        else:
            cursor.execute(
                f"SELECT {columns}, f.heading, f.meta, f.body FROM search_entry e"
                " JOIN search_entry_fts f ON f.rowid = e.id"
            )
        return sorted(cursor.fetchall(), key=repr)


@pytest.mark.django_db
def test_a_bulk_import_indexes_what_a_rebuild_would():
    """The bulk path (articles in one INSERT, passages in one COPY on PostgreSQL, per
    batch) leaves the index exactly as a rebuild from the stored rows makes it."""
    from tests.ingest.conftest import jsonl
    from tests.search.conftest import CHINESE, KOREAN, find_ids

    rows = [
        {
            "event": f"event-{n % 3}",
            "event_date": "2021-12-09",
            "outlet": f"outlet-{n}",
            "outlet_name": f"Outlet number {n}",
            "title": f"Report {n} on the summit",
            "url": f"https://example.org/{n}",
            "published_at": "2021-11-27T08:00:00Z",
            "language": language,
            "byline": "A. Writer",
            "body": body + f"\nZorbulation {n} was mentioned.",
        }
        for n, (language, body) in enumerate(
            [
                ("en", "The ambassadors wrote a joint article.\nDemocracy is not a patent."),
                ("zh", CHINESE),
                ("ko", KOREAN),
                ("ru", "Послы написали совместную статью.\nДемократия не патент."),
                ("de", "Die Botschafter schrieben einen gemeinsamen Artikel."),
            ]
            * 3
        )
    ]
    stream = jsonl(*rows)
    report = ingest.validate(stream)
    outcome = ingest.import_rows(stream, report, align=False, embed_now=False, batch_size=4)
    assert outcome.created == len(rows)
    imported = index_snapshot()
    assert len(imported) == Article.objects.count() + Passage.objects.count()
    assert services.index_problems() == []
    services.index_rebuild()
    assert index_snapshot() == imported
    assert ("passage", Passage.objects.get(text="Zorbulation 7 was mentioned.").pk) in find_ids(
        "zorbulation 7"
    )
