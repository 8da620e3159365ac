"""Install the triggers that keep the index, then fill the index from the articles,
passages and notes already in the database.

On SQLite this is left to the post_migrate receiver (services.index_ensure_installed),
which runs once every migration of the plan is applied: a trigger installed here would
make any later migration that rebuilds a table it names fail (see services.index_suspend).
"""

from django.db import migrations

from mediacompare.search.backends import for_connection


def install(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        return
    backend = for_connection(connection)
    with connection.cursor() as cursor:
        backend.install(cursor)
        backend.rebuild(cursor)


def uninstall(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        for_connection(schema_editor.connection).uninstall(cursor)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(install, uninstall, elidable=False)]
