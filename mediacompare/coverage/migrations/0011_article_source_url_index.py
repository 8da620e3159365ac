"""An index on ``Article.source_url``: the bulk import looks every batch's addresses up.

Without it each batch of an import reads the whole article table (``source_url IN
(...)``), so importing grows with the square of the articles held. PostgreSQL gets a
hash index: addresses are only ever compared for equality, and a B-tree refuses keys
over about 2.7 kB, which a 1,000-character address in a non-Latin script can exceed.
SQLite's B-tree has no such limit. Not in the model's ``Meta.indexes``, since Django
cannot declare an index of one method on PostgreSQL and another on SQLite.
"""

from django.db import migrations

INDEX = "article_source_url"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON coverage_article USING hash (source_url)"
        )
    else:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON coverage_article (source_url)"
        )


def drop_index(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("coverage", "0010_pending_alignment")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
