"""Reads of notes, always filtered to what the asking user may see."""

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Q, QuerySet

from mediacompare.notes.models import Note


def notes_visible_to(user) -> QuerySet[Note]:
    """Public notes, plus the user's own private ones."""
    visible = Q(visibility=Note.Visibility.PUBLIC)
    if getattr(user, "is_authenticated", False):
        visible |= Q(author=user)
    return Note.objects.filter(visible)


def notes_by_passage(*, passage_ids: Iterable[int], user) -> dict[int, list[Note]]:
    """The notes the user may see on these passages, grouped by passage, in one query."""
    grouped: dict[int, list[Note]] = defaultdict(list)
    notes = (
        notes_visible_to(user)
        .filter(passage_id__in=list(passage_ids))
        .select_related("author")
        .order_by("created_at", "id")
    )
    for note in notes:
        grouped[note.passage_id].append(note)
    return grouped


def notes_for_articles(*, article_ids: Iterable[int], user) -> dict[int, list[Note]]:
    """Like :func:`notes_by_passage`, for every passage of the given articles."""
    grouped: dict[int, list[Note]] = defaultdict(list)
    notes = (
        notes_visible_to(user)
        .filter(passage__article_id__in=list(article_ids))
        .select_related("author")
        .order_by("created_at", "id")
    )
    for note in notes:
        grouped[note.passage_id].append(note)
    return grouped
