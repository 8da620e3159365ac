"""Writing notes: create, reply, edit, delete. Every check a note must pass is here,
whatever the way in (the site, an import)."""

from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from mediacompare.accounts import throttle
from mediacompare.coverage.models import Passage
from mediacompare.notes.limits import CONTEXT_LENGTH, DEFAULT_RATE_LIMIT
from mediacompare.notes.models import Note, Tag
from mediacompare.notes.rules import Action, check
from mediacompare.notes.services.bodies import clean_body, normalise_tags, render_body


class RateLimited(PermissionDenied):
    """The author wrote more notes in the last while than ``NOTE_RATE_LIMIT`` allows;
    ``retry_after`` is how many seconds until they may write again."""

    def __init__(self, message: str, *, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


def _set_tags(note: Note, names: list[str]) -> None:
    tags = []
    for name in names:
        tag, _ = Tag.objects.get_or_create(name=name)
        tags.append(tag)
    note.tags.set(tags)


def count_notes(author, notes: int) -> int:
    """Count ``notes`` written by ``author`` in the rate limit's window; the Retry-After
    (0 if still within ``NOTE_RATE_LIMIT``)."""
    count, seconds = getattr(settings, "NOTE_RATE_LIMIT", DEFAULT_RATE_LIMIT)
    return throttle.hit(
        key=f"notes:{author.pk}", limit=count, period=timedelta(seconds=seconds), cost=notes
    )


def _check_rate(author, *, notes: int = 1) -> None:
    """Refuse a note beyond ``NOTE_RATE_LIMIT = (count, seconds)`` per author.

    Counted in one database row per author and window (:func:`throttle.hit`), so parallel
    requests cannot overshoot the limit; ``notes`` is how many this write adds.
    """
    count, seconds = getattr(settings, "NOTE_RATE_LIMIT", DEFAULT_RATE_LIMIT)
    if retry_after := count_notes(author, notes):
        raise RateLimited(
            f"You have written {count} notes in the last {seconds} seconds; "
            f"wait {retry_after} second{'s' if retry_after != 1 else ''} before writing more.",
            retry_after=retry_after,
        )


def _span_fields(
    passage: Passage, start: int | None, end: int | None, quote: str | None = None
) -> dict:
    """Quote and position selectors for a span of the passage's article body.

    ``quote``, when given (the text the reader selected), must be the text at the offsets.
    """
    if start is None and end is None:
        if quote:
            raise ValidationError({"start": "A quote needs the offsets where it stands."})
        return {"quote": "", "prefix": "", "suffix": "", "start": None, "end": None}
    if start is None or end is None:
        raise ValidationError({"start": "A span needs both a start and an end."})
    if not (passage.start <= start < end <= passage.end):
        raise ValidationError({"start": "The span must lie inside the passage."})
    body = passage.article.body
    if quote is not None and quote != body[start:end]:
        raise ValidationError({"quote": "The quote does not match the text at those offsets."})
    return {
        "quote": body[start:end],
        "prefix": body[max(0, start - CONTEXT_LENGTH) : start],
        "suffix": body[end : end + CONTEXT_LENGTH],
        "start": start,
        "end": end,
    }


def _check_link(passage: Passage, linked_passage: Passage | None) -> None:
    if linked_passage is None:
        return
    if linked_passage.article_id == passage.article_id:
        raise ValidationError(
            {"linked_passage": "A link note joins passages of two different articles."}
        )
    if linked_passage.article.event_id != passage.article.event_id:
        raise ValidationError(
            {"linked_passage": "A link note joins passages of articles on the same event."}
        )


@transaction.atomic
def note_create(
    *,
    author,
    passage: Passage,
    body: str,
    visibility: str = Note.Visibility.PRIVATE,
    start: int | None = None,
    end: int | None = None,
    quote: str | None = None,
    tags: str | Iterable[str] = (),
    linked_passage: Passage | None = None,
    rate_limit: bool = True,
) -> Note:
    """Add a note by ``author`` to ``passage``: on the passage, on the span ``start:end``,
    or on its link with ``linked_passage`` (a passage of another article of the event).
    """
    check(author, Action.CREATE).enforce()
    if rate_limit:
        _check_rate(author)
    if linked_passage is not None and (start is not None or end is not None):
        raise ValidationError({"start": "A note is on a span or on a link, not both."})
    _check_link(passage, linked_passage)
    body = clean_body(body)
    names = normalise_tags(tags)
    note = Note(
        author=author,
        passage=passage,
        linked_passage=linked_passage,
        body=body,
        body_html=render_body(body),
        visibility=visibility,
        **_span_fields(passage, start, end, quote),
    )
    note.full_clean()
    note.save()
    _set_tags(note, names)
    return note


@transaction.atomic
def note_reply(*, author, parent: Note, body: str, rate_limit: bool = True) -> Note:
    """Reply to a public, visible note; replies are public and join the top note's thread."""
    check(author, Action.REPLY, parent).enforce()
    if rate_limit:
        _check_rate(author)
    root = parent.parent if parent.parent_id else parent
    body = clean_body(body)
    reply = Note(
        author=author,
        passage_id=root.passage_id,
        parent=root,
        body=body,
        body_html=render_body(body),
        visibility=Note.Visibility.PUBLIC,
    )
    reply.full_clean()
    reply.save()
    return reply


@transaction.atomic
def note_update(
    *, note: Note, editor, body: str, visibility: str, tags: str | Iterable[str] | None = None
) -> Note:
    """Change a note's body, visibility and tags; only its author may.

    A note others replied to stays public, so that their replies stay readable.
    """
    check(editor, Action.EDIT, note).enforce()
    if note.is_reply:
        visibility = Note.Visibility.PUBLIC
    elif (
        visibility != Note.Visibility.PUBLIC
        and note.replies.exclude(author_id=note.author_id).exists()
    ):
        raise ValidationError({"visibility": "Others replied to this note, so it stays public."})
    if note.is_hidden and visibility != Note.Visibility.PUBLIC:
        raise ValidationError(
            {"visibility": "A hidden note stays public until an editor shows it."}
        )
    note.body = clean_body(body)
    note.body_html = render_body(note.body)
    note.visibility = visibility
    note.full_clean()
    note.save(update_fields=["body", "body_html", "visibility", "updated_at"])
    if tags is not None and not note.is_reply:
        _set_tags(note, normalise_tags(tags))
    return note


@transaction.atomic
def note_delete(*, note: Note, editor) -> None:
    """Delete a note; only its author may.

    A note with replies loses its body and tags but stays, so the thread stays readable;
    a deleted note whose last reply goes is removed with it.
    """
    check(editor, Action.DELETE, note).enforce()
    parent = note.parent
    if note.replies.exists():
        note.body = note.body_html = ""
        note.deleted_at = timezone.now()
        note.save(update_fields=["body", "body_html", "deleted_at", "updated_at"])
        note.tags.clear()
    else:
        note.delete()
    if parent is not None and parent.is_deleted and not parent.replies.exists():
        parent.delete()
