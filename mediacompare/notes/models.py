"""Readers' notes on passages, on exact spans of text and on the links between passages."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Length

from mediacompare.coverage.models import Passage
from mediacompare.notes.limits import CONTEXT_LENGTH, HIDE_REASON_MAX_LENGTH, TAG_MAX_LENGTH

# Lets constraints say "body__length": an empty body is refused by the database too.
models.TextField.register_lookup(Length)


class Tag(models.Model):
    """A normalised label (lower case, single spaces) shared by everyone's notes."""

    name = models.CharField(max_length=TAG_MAX_LENGTH, unique=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=~Q(name=""), name="tag_name_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name


class Note(models.Model):
    """A note on a passage, optionally anchored to an exact span of the article body,
    or to the link between that passage and one of another article (``linked_passage``).

    A span is stored as the W3C Web Annotation model does: a quote selector
    (``quote`` with ``prefix`` and ``suffix``) plus a position selector
    (``start`` and ``end``, offsets into the article body). A link note names the
    two passages rather than a ``PassageLink`` row, because automatic links are
    recomputed (deleted and recreated) whenever an article is re-aligned.

    A reply has a ``parent`` (always a top-level public note), the parent's passage,
    and no span, link or tags.
    """

    class Visibility(models.TextChoices):
        PRIVATE = "private", "Private (only me)"
        PUBLIC = "public", "Public (everyone)"

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notes"
    )
    passage = models.ForeignKey(Passage, on_delete=models.PROTECT, related_name="notes")
    linked_passage = models.ForeignKey(
        Passage,
        on_delete=models.PROTECT,
        related_name="link_notes",
        null=True,
        blank=True,
        help_text="For a note on the link between two passages: the other passage.",
    )
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, related_name="replies", null=True, blank=True
    )
    quote = models.TextField(blank=True)
    prefix = models.CharField(max_length=CONTEXT_LENGTH, blank=True)
    suffix = models.CharField(max_length=CONTEXT_LENGTH, blank=True)
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    body = models.TextField(blank=True)
    # Markdown rendered and sanitised once, on write (services.render_body).
    body_html = models.TextField(blank=True)
    tags = models.ManyToManyField(Tag, related_name="notes", blank=True)
    visibility = models.CharField(max_length=10, choices=Visibility, default=Visibility.PRIVATE)
    is_orphaned = models.BooleanField(
        default=False, help_text="Its quoted span was no longer found after the article changed."
    )
    # Set when an edit removed the passage it was on (or linked to) and it moved to the
    # nearest one: its author is told, with the text it was on, until they keep it there.
    moved_at = models.DateTimeField(null=True, blank=True)
    moved_from = models.TextField(blank=True, help_text="The removed passage's text.")
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
    )
    hidden_reason = models.CharField(max_length=HIDE_REASON_MAX_LENGTH, blank=True)
    # Set when a note with replies is deleted: its body goes, the thread stays.
    deleted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at", "id"]
        permissions = [("hide_note", "Can hide public notes")]
        indexes = [
            models.Index(fields=["passage", "visibility"], name="note_passage_visibility"),
            models.Index(fields=["author", "-created_at"], name="note_author_recent"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(body__length__gt=0) | Q(deleted_at__isnull=False),
                name="note_body_not_empty",
            ),
            models.CheckConstraint(
                condition=Q(visibility__in=["private", "public"]), name="note_visibility_valid"
            ),
            models.CheckConstraint(
                condition=(Q(start__isnull=True) & Q(end__isnull=True) & Q(quote=""))
                | (Q(start__isnull=False) & Q(end__gt=F("start"))),
                name="note_span_consistent",
            ),
            models.CheckConstraint(
                condition=~Q(linked_passage=F("passage")), name="note_link_two_passages"
            ),
            models.CheckConstraint(
                condition=Q(hidden_at__isnull=True)
                | (Q(visibility="public") & ~Q(hidden_reason="")),
                name="note_hidden_public_with_reason",
            ),
            models.CheckConstraint(
                condition=Q(parent__isnull=True)
                | (Q(visibility="public") & Q(linked_passage__isnull=True) & Q(start__isnull=True)),
                name="note_reply_plain_public",
            ),
        ]

    def __str__(self) -> str:
        return f"Note {self.pk} by {self.author} on passage {self.passage_id}"

    @property
    def is_public(self) -> bool:
        return self.visibility == self.Visibility.PUBLIC

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def is_reply(self) -> bool:
        return self.parent_id is not None

    @property
    def is_link_note(self) -> bool:
        return self.linked_passage_id is not None

    @property
    def is_span_note(self) -> bool:
        return self.start is not None

    @property
    def is_moved(self) -> bool:
        return self.moved_at is not None

    @property
    def anchored_text(self) -> str:
        """What the article says where the span now stands; ``quote`` stays what the reader
        noted, so the two differ after an edit inside the span."""
        if self.start is None:
            return ""
        offset = self.passage.start
        return self.passage.text[max(0, self.start - offset) : max(0, self.end - offset)]

    @property
    def is_edited(self) -> bool:
        return (self.updated_at - self.created_at).total_seconds() > 1


class NoteImportJob(models.Model):
    """A large JSON-LD import, run by a task (``notes.tasks.run_note_import``): the
    annotations to import, and how far the import got, for its progress page.

    The annotations are checked one by one (``done`` counts them), then written in one
    transaction: a job that fails has written nothing.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to start"
        CHECKING = "checking", "Checking annotations"
        WRITING = "writing", "Writing notes"
        DONE = "done", "Imported"
        FAILED = "failed", "Not imported"

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="note_import_jobs"
    )
    file_name = models.CharField(max_length=255, blank=True)
    # The site's host the annotations' URLs are read against.
    host = models.CharField(max_length=255)
    # The annotations, until the job is over.
    annotations = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["queued", "checking", "writing", "done", "failed"]),
                name="noteimportjob_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(done__lte=F("total")), name="noteimportjob_done_le_total"
            ),
        ]

    def __str__(self) -> str:
        return f"Import {self.pk} by {self.author_id} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return int(100 * self.done / self.total) if self.total else 0
