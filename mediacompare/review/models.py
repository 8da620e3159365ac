"""Editors' decisions on the alignment: links confirmed, rejected, retyped or drawn, and
passages marked as content or not.

A decision keeps the texts of its passages as they were when it was made: when an
article is re-split, it is re-found by that text (``services.decisions_refind``), or
flagged for review when the text is gone. Decisions are never deleted; a later decision
on the same pair or passage supersedes the earlier one, which stays as history.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from mediacompare.alignment import kinds
from mediacompare.coverage.models import Article, Event, Passage


class State(models.TextChoices):
    ACTIVE = "active", "In force"
    FLAGGED = "flagged", "Flagged: its passage's text is gone"
    SUPERSEDED = "superseded", "Superseded by a later decision"


class LinkDecision(models.Model):
    """An editor's verdict on a pair of passages of two articles (lower article id on
    side ``a``, as ``PassageLink`` stores them)."""

    class Action(models.TextChoices):
        CONFIRM = "confirm", "Confirmed"
        REJECT = "reject", "Rejected"
        RETYPE = "retype", "Retyped"
        DRAW = "draw", "Drawn"

    Kind = models.TextChoices(
        "Kind", [(value.upper(), (value, label)) for value, label in kinds.CHOICES]
    )

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    article_a = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    article_b = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    # Null once the passage is deleted by a re-split that did not keep its text.
    passage_a = models.ForeignKey(
        Passage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    passage_b = models.ForeignKey(
        Passage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The passages' texts when decided: how the decision is re-found after an edit.
    text_a = models.TextField()
    text_b = models.TextField()
    action = models.CharField(max_length=10, choices=Action)
    # The link's kind after the decision (empty for a rejection), and before it (empty
    # for a drawn link, or a rejected pair that had no link).
    kind = models.CharField(max_length=20, choices=Kind, blank=True)
    previous_kind = models.CharField(max_length=20, choices=Kind, blank=True)
    # The automatic link's score when it was judged; null when there was none.
    score = models.FloatField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(default=timezone.now)
    state = models.CharField(max_length=12, choices=State, default=State.ACTIVE)
    flagged_because = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-decided_at", "-pk"]
        permissions = [
            ("decide_link", "Can confirm, reject, retype and draw links, and mark passages")
        ]
        indexes = [
            models.Index(fields=["event", "state"], name="linkdecision_event_state"),
            models.Index(fields=["article_a", "article_b"], name="linkdecision_article_pair"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(article_a__lt=F("article_b")), name="linkdecision_articles_ordered"
            ),
            models.CheckConstraint(
                condition=Q(action__in=["confirm", "reject", "retype", "draw"]),
                name="linkdecision_action_valid",
            ),
            models.CheckConstraint(
                condition=Q(action="reject", kind="")
                | (~Q(action="reject") & Q(kind__in=list(kinds.KINDS))),
                name="linkdecision_kind_matches_action",
            ),
            models.CheckConstraint(
                condition=Q(state__in=["active", "flagged", "superseded"]),
                name="linkdecision_state_valid",
            ),
            # One decision in force per pair of passages.
            models.UniqueConstraint(
                fields=["passage_a", "passage_b"],
                condition=Q(state="active"),
                name="linkdecision_one_active_per_pair",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.passage_a_id} ~ {self.passage_b_id}"

    @property
    def keeps_link(self) -> bool:
        """Whether the decision stands for a link (confirmed, retyped or drawn)."""
        return self.action != self.Action.REJECT


class PassageDecision(models.Model):
    """An editor's verdict that a passage is content, or not (a dateline, byline,
    credit, marker), overriding the segmenter's."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    passage = models.ForeignKey(
        Passage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField()
    is_boilerplate = models.BooleanField()
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(default=timezone.now)
    state = models.CharField(max_length=12, choices=State, default=State.ACTIVE)
    flagged_because = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-decided_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=["active", "flagged", "superseded"]),
                name="passagedecision_state_valid",
            ),
            models.UniqueConstraint(
                fields=["passage"],
                condition=Q(state="active"),
                name="passagedecision_one_active_per_passage",
            ),
        ]

    def __str__(self) -> str:
        verdict = "not content" if self.is_boilerplate else "content"
        return f"{self.passage_id}: {verdict}"
