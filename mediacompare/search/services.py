"""Writes to the search index. There are only two: (re)installing the triggers that keep
it, and rebuilding it. Articles, passages and notes reach it through those triggers,
whoever writes them; no other app calls this one.
"""

import logging

from django.db import connections, transaction
from django.db.migrations.recorder import MigrationRecorder

from mediacompare.search import backends
from mediacompare.search.models import SearchEntry

logger = logging.getLogger(__name__)

# The migration that first installs the triggers; before it, there is nothing to keep.
INSTALLING_MIGRATION = ("search", "0002_triggers")


@transaction.atomic
def index_rebuild(*, using: str = "default") -> int:
    """Fill the index again from every article, passage and note; returns its size."""
    connection = connections[using]
    with connection.cursor() as cursor:
        backends.for_connection(connection).rebuild(cursor)
    return SearchEntry.objects.using(using).count()


def index_install(*, using: str = "default") -> None:
    """Create or replace the index's triggers (and SQLite's FTS5 table). Idempotent."""
    connection = connections[using]
    with transaction.atomic(using=using), connection.cursor() as cursor:
        backends.for_connection(connection).install(cursor)


def index_missing(*, using: str = "default") -> list[str]:
    """Triggers absent from the database or left from another version of the code."""
    connection = connections[using]
    with connection.cursor() as cursor:
        return backends.for_connection(connection).missing(cursor)


def index_suspend(sender=None, *, using: str = "default", plan=None, **kwargs):
    """Before migrations run on SQLite (a pre_migrate receiver): drop the triggers.

    SQLite alters a table by creating a copy, dropping the original and renaming the copy;
    the rename fails while a trigger on another table names the dropped one. They come
    back, and the index is rebuilt, after migrate (:func:`index_ensure_installed`).
    """
    connection = connections[using]
    if connection.vendor != "sqlite" or not plan:
        return
    with connection.cursor() as cursor:
        backends.for_connection(connection).suspend(cursor)


def index_ensure_installed(sender=None, *, using: str = "default", verbosity: int = 1, **kwargs):
    """After migrate (a post_migrate receiver): put back any missing or outdated trigger and,
    if one was, rebuild the index, since writes made without it were not indexed."""
    connection = connections[using]
    if connection.vendor not in ("postgresql", "sqlite"):
        return
    if INSTALLING_MIGRATION not in MigrationRecorder(connection).applied_migrations():
        return
    absent = index_missing(using=using)
    if not absent:
        return
    with transaction.atomic(using=using):
        index_install(using=using)
        size = index_rebuild(using=using)
    message = f"Search index: reinstalled {', '.join(absent)}; rebuilt ({size} entries)."
    logger.info(message)
    if verbosity >= 1:
        print(f"  Search index: triggers installed, index rebuilt ({size} entries).")


def index_problems(*, using: str = "default") -> list[str]:
    """What is out of step: missing triggers, and kinds with more or fewer index rows
    than sources. Empty when all is well."""
    from django.db.models import Count

    from mediacompare.coverage.models import Article, Passage
    from mediacompare.notes.models import Note

    problems = [f"trigger {name} missing" for name in index_missing(using=using)]
    counts = dict(
        SearchEntry.objects.using(using).values_list("kind").annotate(Count("id")).order_by()
    )
    for kind, model in (("article", Article), ("passage", Passage), ("note", Note)):
        expected = model.objects.using(using).count()
        if counts.get(kind, 0) != expected:
            problems.append(f"{counts.get(kind, 0)} {kind} rows for {expected} {kind}s")
    return problems
