"""Install the triggers that keep the index (and, on SQLite, its FTS5 table), then fill
the index from the articles, passages and notes already in the database."""

from django.db import migrations

from mediacompare.search.backends import for_connection


def install(apps, schema_editor):
    backend = for_connection(schema_editor.connection)
    with schema_editor.connection.cursor() as cursor:
        backend.install(cursor)
        backend.rebuild(cursor)


def uninstall(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        for_connection(schema_editor.connection).uninstall(cursor)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(install, uninstall, elidable=False)]
