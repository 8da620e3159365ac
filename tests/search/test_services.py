"""Installing and rebuilding the index; putting back triggers a migration dropped."""

import pytest
from django.core.management import CommandError, call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection

from mediacompare.coverage.models import Passage
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
