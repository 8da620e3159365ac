"""Readers' notes on passages and on exact spans of text."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Length

from mediacompare.coverage.models import Passage

# Lets constraints say "body__length": an empty body is refused by the database too.
models.TextField.register_lookup(Length)


class Note(models.Model):
    """A note on a passage, optionally anchored to an exact span of the article body.

    A span is stored as the W3C Web Annotation model does: a quote selector
    (``quote`` with ``prefix`` and ``suffix``) plus a position selector
    (``start`` and ``end``, offsets into the article body).
    """

    class Visibility(models.TextChoices):
        PRIVATE = "private", "Private (only me)"
        PUBLIC = "public", "Public (everyone)"

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notes"
    )
    passage = models.ForeignKey(Passage, on_delete=models.PROTECT, related_name="notes")
    quote = models.TextField(blank=True)
    prefix = models.CharField(max_length=32, blank=True)
    suffix = models.CharField(max_length=32, blank=True)
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    body = models.TextField()
    visibility = models.CharField(max_length=10, choices=Visibility, default=Visibility.PRIVATE)
    is_orphaned = models.BooleanField(
        default=False, help_text="Its quoted span was no longer found after the article changed."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["passage", "visibility"], name="note_passage_visibility"),
            models.Index(fields=["author", "-created_at"], name="note_author_recent"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(body__length__gt=0), name="note_body_not_empty"),
            models.CheckConstraint(
                condition=Q(visibility__in=["private", "public"]), name="note_visibility_valid"
            ),
            models.CheckConstraint(
                condition=(Q(start__isnull=True) & Q(end__isnull=True) & Q(quote=""))
                | (Q(start__isnull=False) & Q(end__gt=F("start"))),
                name="note_span_consistent",
            ),
        ]

    def __str__(self) -> str:
        return f"Note {self.pk} by {self.author} on passage {self.passage_id}"

    @property
    def is_public(self) -> bool:
        return self.visibility == self.Visibility.PUBLIC

    @property
    def is_edited(self) -> bool:
        return (self.updated_at - self.created_at).total_seconds() > 1
