"""Writes to notes. Every check a note must pass is here, whatever the way in."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from mediacompare.coverage.models import Article, Passage
from mediacompare.notes.models import Note

# Length of the quote selector's prefix and suffix, as the W3C model suggests.
CONTEXT_LENGTH = 32


def _clean_body(body: str) -> str:
    body = (body or "").replace("\r\n", "\n").strip()
    if not body:
        raise ValidationError({"body": "Write something in the note."})
    if "\x00" in body:
        raise ValidationError({"body": "The note contains a NUL character."})
    if len(body) > settings.NOTE_BODY_MAX_LENGTH:
        raise ValidationError(
            {"body": f"A note is at most {settings.NOTE_BODY_MAX_LENGTH:,} characters long."}
        )
    return body


def _span_fields(passage: Passage, start: int | None, end: int | None) -> dict:
    """Quote and position selectors for a span of the passage's article body."""
    if start is None and end is None:
        return {"quote": "", "prefix": "", "suffix": "", "start": None, "end": None}
    if start is None or end is None:
        raise ValidationError({"start": "A span needs both a start and an end."})
    if not (passage.start <= start < end <= passage.end):
        raise ValidationError({"start": "The span must lie inside the passage."})
    body = passage.article.body
    return {
        "quote": body[start:end],
        "prefix": body[max(0, start - CONTEXT_LENGTH) : start],
        "suffix": body[end : end + CONTEXT_LENGTH],
        "start": start,
        "end": end,
    }


@transaction.atomic
def note_create(
    *,
    author,
    passage: Passage,
    body: str,
    visibility: str = Note.Visibility.PRIVATE,
    start: int | None = None,
    end: int | None = None,
) -> Note:
    """Add a note by ``author`` to ``passage``, optionally on the span ``start:end``."""
    if not getattr(author, "is_authenticated", False):
        raise PermissionDenied("Log in to write notes.")
    note = Note(
        author=author,
        passage=passage,
        body=_clean_body(body),
        visibility=visibility,
        **_span_fields(passage, start, end),
    )
    note.full_clean()
    note.save()
    return note


@transaction.atomic
def note_update(*, note: Note, editor, body: str, visibility: str) -> Note:
    """Change a note's body and visibility; only its author may."""
    if note.author_id != getattr(editor, "pk", None):
        raise PermissionDenied("Only the author can edit this note.")
    note.body = _clean_body(body)
    note.visibility = visibility
    note.full_clean()
    note.save(update_fields=["body", "visibility", "updated_at"])
    return note


@transaction.atomic
def note_delete(*, note: Note, editor) -> None:
    """Delete a note; only its author may."""
    if note.author_id != getattr(editor, "pk", None):
        raise PermissionDenied("Only the author can delete this note.")
    note.delete()


def notes_move(*, from_passage: Passage, to_passage: Passage) -> int:
    """Hand a disappearing passage's notes to another passage of the same article."""
    return Note.objects.filter(passage=from_passage).update(passage=to_passage)


def _find_quote(body: str, note: Note) -> int | None:
    """Where the note's quote stands in ``body``, preferring its context and old place."""
    candidates = []
    position = body.find(note.quote)
    while position != -1:
        context = (body[max(0, position - len(note.prefix)) : position] == note.prefix) + (
            body[position + len(note.quote) : position + len(note.quote) + len(note.suffix)]
            == note.suffix
        )
        candidates.append((-context, abs(position - (note.start or 0)), position))
        position = body.find(note.quote, position + 1)
    return min(candidates)[2] if candidates else None


@transaction.atomic
def notes_reanchor(*, article: Article) -> int:
    """Re-anchor the article's span notes after its body changed.

    A quote found again (exactly; the best match by context, then by nearness to
    its old place) gets its new offsets and passage; a quote no longer found marks
    the note orphaned, keeping it with its quote. Returns the number orphaned.
    """
    body = article.body
    passages = list(article.passages.order_by("index"))
    orphaned = 0
    for note in Note.objects.filter(passage__article=article, start__isnull=False):
        position = _find_quote(body, note) if note.quote else None
        if position is None:
            note.is_orphaned = True
            orphaned += 1
            note.save(update_fields=["is_orphaned"])
            continue
        end = position + len(note.quote)
        holder = next((p for p in passages if p.start <= position < p.end), note.passage)
        note.passage = holder
        note.start, note.end = position, end
        note.prefix = body[max(0, position - CONTEXT_LENGTH) : position]
        note.suffix = body[end : end + CONTEXT_LENGTH]
        note.is_orphaned = False
        note.save(update_fields=["passage", "start", "end", "prefix", "suffix", "is_orphaned"])
    return orphaned
