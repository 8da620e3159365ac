"""Keeping notes on their text when an editor changes an article.

Coverage's article writer sends ``passage_removed`` and ``article_resplit`` (see
``coverage/signals.py``); the receivers at the end of this module answer them.
"""

from django.db import transaction
from django.utils import timezone

from mediacompare.coverage.models import Article, Passage
from mediacompare.notes.anchoring import match_quote
from mediacompare.notes.models import Note
from mediacompare.notes.rules import Action, check


def notes_move(*, from_passage: Passage, to_passage: Passage) -> int:
    """Hand a disappearing passage's notes to another passage of the same article.

    Notes on the whole passage, and link notes naming it at either end, are flagged to
    their author with the text they were on (``moved_at``, ``moved_from``): a note is not
    moved silently. Span notes go too, to be re-anchored by their quote right after;
    replies follow their note. Returns how many notes were flagged.
    """
    flag = {"moved_at": timezone.now(), "moved_from": from_passage.text}
    on_it = Note.objects.filter(passage=from_passage)
    flagged = on_it.filter(parent=None, start=None).update(passage=to_passage, **flag)
    on_it.update(passage=to_passage)
    flagged += Note.objects.filter(linked_passage=from_passage).update(
        linked_passage=to_passage, **flag
    )
    return flagged


@transaction.atomic
def notes_reanchor(*, article: Article) -> int:
    """Re-anchor the article's span notes after its body changed.

    Offsets are kept where the quote still stands; else the quote is searched for with
    its prefix and suffix, tolerating edits (see :mod:`mediacompare.notes.anchoring`):
    the note takes the found span's offsets and passage. What the reader noted (quote,
    prefix, suffix: the W3C quote selector) is never rewritten, so later searches look
    for it and the note shows what the text now says. A quote no longer found marks the
    note orphaned, keeping it whole. Returns the number orphaned.
    """
    body = article.body
    passages = list(article.passages.order_by("index"))
    orphaned = 0
    for note in Note.objects.filter(passage__article=article, start__isnull=False):
        if note.quote and body[note.start : note.end] == note.quote:
            position, end = note.start, note.end
        else:
            found = match_quote(
                body, note.quote, prefix=note.prefix, suffix=note.suffix, hint=note.start
            )
            if found is None:
                if not note.is_orphaned:
                    note.is_orphaned = True
                    note.save(update_fields=["is_orphaned"])
                orphaned += 1
                continue
            position, end = found.start, found.end
        holder = next((p for p in passages if p.start <= position < p.end), note.passage)
        note.passage = holder
        note.start, note.end = position, end
        note.is_orphaned = False
        note.save(update_fields=["passage", "start", "end", "is_orphaned"])
        note.replies.update(passage=holder)
    return orphaned


@transaction.atomic
def note_keep_here(*, note: Note, editor) -> Note:
    """The author keeps a moved note where the edit put it: the flag goes."""
    check(editor, Action.EDIT, note).enforce()
    note.moved_at, note.moved_from = None, ""
    note.save(update_fields=["moved_at", "moved_from"])
    return note


def on_passage_removed(sender, *, passage: Passage, successor: Passage, **kwargs) -> None:
    notes_move(from_passage=passage, to_passage=successor)


def on_article_resplit(sender, *, article: Article, **kwargs) -> None:
    notes_reanchor(article=article)
