"""Keeping notes on their text when an editor changes an article.

Coverage's article writer sends ``passage_removed`` and ``article_resplit`` (see
``coverage/signals.py``); the receivers at the end of this module answer them.
"""

from django.db import transaction

from mediacompare.coverage.models import Article, Passage
from mediacompare.notes.anchoring import match_quote
from mediacompare.notes.limits import CONTEXT_LENGTH
from mediacompare.notes.models import Note


def notes_move(*, from_passage: Passage, to_passage: Passage) -> int:
    """Hand a disappearing passage's notes to another passage of the same article.

    Link notes that name it as their other side follow it too.
    """
    moved = Note.objects.filter(passage=from_passage).update(passage=to_passage)
    Note.objects.filter(linked_passage=from_passage).update(linked_passage=to_passage)
    return moved


@transaction.atomic
def notes_reanchor(*, article: Article) -> int:
    """Re-anchor the article's span notes after its body changed.

    Offsets are kept where the quote still stands; else the quote is searched for with
    its prefix and suffix, tolerating edits (see :mod:`mediacompare.notes.anchoring`):
    the note takes the found span's offsets, text, context and passage. A quote no
    longer found marks the note orphaned, keeping it whole. Returns the number orphaned.
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
        note.start, note.end, note.quote = position, end, body[position:end]
        note.prefix = body[max(0, position - CONTEXT_LENGTH) : position]
        note.suffix = body[end : end + CONTEXT_LENGTH]
        note.is_orphaned = False
        note.save(
            update_fields=["passage", "start", "end", "quote", "prefix", "suffix", "is_orphaned"]
        )
        note.replies.update(passage=holder)
    return orphaned


def on_passage_removed(sender, *, passage: Passage, successor: Passage, **kwargs) -> None:
    notes_move(from_passage=passage, to_passage=successor)


def on_article_resplit(sender, *, article: Article, **kwargs) -> None:
    notes_reanchor(article=article)
