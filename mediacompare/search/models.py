"""The search index: one row per article, passage and note, kept in step by database
triggers (see :mod:`mediacompare.search.backends`), never written from Python.

Each row carries what the filters need (event, outlet, language, publication time),
so a search reads this one table; on PostgreSQL ``document`` is the row's tsvector,
on SQLite the words live in the FTS5 table ``search_entry_fts`` under the same id.
Foreign keys have no database constraint: the rows are derived data that the triggers
add and remove with their sources, and bulk writes should not queue a check per row.
"""

from django.db import models
from django.db.models import Q

from mediacompare.coverage.models import Article, Event, Outlet, Passage
from mediacompare.notes.models import Note


class DocumentField(models.Field):
    """A tsvector on PostgreSQL. SQLite keeps its words in an FTS5 table; the column
    is there (always NULL) so that the model is the same on both databases."""

    def db_type(self, connection):
        return "tsvector" if connection.vendor == "postgresql" else "text"


class SearchEntry(models.Model):
    class Kind(models.TextChoices):
        ARTICLE = "article", "Article"
        PASSAGE = "passage", "Passage"
        NOTE = "note", "Note"

    kind = models.CharField(max_length=10, choices=Kind)
    article = models.ForeignKey(
        Article, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    # Passages and notes (a note's passage, for its filters and link); null for articles.
    passage = models.ForeignKey(
        Passage,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        null=True,
        related_name="+",
    )
    note = models.ForeignKey(
        Note,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        null=True,
        related_name="+",
    )
    event = models.ForeignKey(
        Event, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    outlet = models.ForeignKey(
        Outlet, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    # The article's base language ("zh" for "zh-Hant"), lower case.
    language = models.CharField(max_length=20)
    published_at = models.DateTimeField(null=True)
    # The PostgreSQL text-search configuration the row's words went through.
    config = models.CharField(max_length=63)
    document = DocumentField(null=True, editable=False)

    class Meta:
        db_table = "search_entry"
        verbose_name_plural = "search entries"
        indexes = [
            models.Index(fields=["published_at"], name="search_entry_published"),
            # Which configurations have rows: a search builds its query only for those.
            models.Index(fields=["config"], name="search_entry_config"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind="article") & Q(passage=None) & Q(note=None))
                | (Q(kind="passage") & Q(passage__isnull=False) & Q(note=None))
                | (Q(kind="note") & Q(passage__isnull=False) & Q(note__isnull=False)),
                name="search_entry_kind_consistent",
            ),
            # One row per source; the triggers upsert on these.
            models.UniqueConstraint(
                fields=["article"], condition=Q(kind="article"), name="search_entry_one_article"
            ),
            models.UniqueConstraint(
                fields=["passage"], condition=Q(kind="passage"), name="search_entry_one_passage"
            ),
            models.UniqueConstraint(
                fields=["note"], condition=Q(kind="note"), name="search_entry_one_note"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.note_id or self.passage_id or self.article_id}"
