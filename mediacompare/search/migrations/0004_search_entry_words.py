"""The search's GIN index over the words and the filter columns (issue 13).

On PostgreSQL: btree_gin, then the index ``search_entry_words`` in place of
``search_entry_document`` (words only), by reinstalling the index's SQL (functions and
triggers are unchanged; installing it here records its new version, so that post_migrate
finds nothing outdated and does not rebuild the index's rows). Building it reads every
row of search_entry, holding its writes (23 s for 100,000 articles, see docs/scale.md).
btree_gin is a trusted extension: the database's owner may create it; otherwise a
superuser must, before this migration. SQLite's FTS5 index is unchanged.
"""

from django.db import migrations

from mediacompare.search.backends import for_connection


def install(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for_connection(connection).install(cursor)


def restore(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("DROP INDEX IF EXISTS search_entry_words")
        cursor.execute(
            "CREATE INDEX IF NOT EXISTS search_entry_document ON search_entry USING gin (document)"
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0003_search_entry_config")]

    operations = [migrations.RunPython(install, restore, elidable=False)]
