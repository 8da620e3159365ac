"""What coverage pages show of notes: the one interface between the two apps.

Coverage imports this module and nothing else of the notes app, and its templates
include two of the notes app's partials and nothing else:

- ``notes/_passage_notes.html``: a passage's notes behind a "Notes (n)" toggle, the
  panel inline (``passage_notes`` with ``threads``) or loaded when opened (``lazy``);
- ``notes/_panel.html``: one passage's notes panel (notes, replies, forms), with the
  context :func:`panel` gives.

The other way, notes learns of edits to articles through ``coverage.signals``: no
arrow goes back from coverage to notes' internals, and no import cycle.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import F, Q

from mediacompare.coverage.models import Passage
from mediacompare.notes.forms import NoteForm
from mediacompare.notes.models import Note
from mediacompare.notes.selectors import (
    notes_by_passage,
    notes_visible_to,
    passage_partners,
    threads_visible_to,
)

__all__ = ["Mark", "NoteForm", "PassageNotes", "panel", "passage_notes"]


@dataclass(frozen=True)
class Mark:
    """A run of a passage's text; ``notes`` are the span notes covering it (if any)."""

    text: str
    notes: tuple[int, ...] = ()


@dataclass
class PassageNotes:
    """The notes a user may see on one passage, as a page listing passages shows them:
    top-level notes oldest first (with their replies when read with ``threads``)."""

    passage_id: int
    notes: list[Note] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.notes)

    def __bool__(self) -> bool:
        return bool(self.notes)

    def __iter__(self):
        return iter(self.notes)

    def __len__(self) -> int:
        return len(self.notes)

    def marks(self, passage: Passage) -> list[Mark]:
        """The passage's text cut where the visible span notes on it begin and end."""
        spans = [
            (max(note.start, passage.start), min(note.end, passage.end), note.pk)
            for note in self.notes
            if note.start is not None
            and not note.is_orphaned
            and note.passage_id == passage.pk
            and note.start < passage.end
            and note.end > passage.start
        ]
        if not spans:
            return [Mark(passage.text)]
        cuts = sorted(
            {passage.start, passage.end, *(s for s, _, _ in spans), *(e for _, e, _ in spans)}
        )
        marks = []
        for left, right in zip(cuts, cuts[1:], strict=False):
            covering = tuple(pk for s, e, pk in spans if s <= left and right <= e)
            text = passage.text[left - passage.start : right - passage.start]
            if text:
                marks.append(Mark(text, covering))
        return marks


def passage_notes(
    *,
    user,
    passage_ids: Iterable[int] = (),
    article_ids: Iterable[int] = (),
    threads: bool = False,
) -> dict[int, PassageNotes]:
    """What each passage shows of the notes ``user`` may see on it, for pages that list
    passages: given by id, or every passage of some articles. A link note counts on both
    of its passages.

    One query; three with ``threads`` (the notes with replies, tags and authors, for
    panels shown inline rather than loaded when opened).
    """
    passage_ids, article_ids = set(passage_ids), set(article_ids)
    on = Q(passage_id__in=passage_ids) | Q(linked_passage_id__in=passage_ids)
    on |= Q(passage__article_id__in=article_ids) | Q(linked_passage__article_id__in=article_ids)
    if threads:
        notes = threads_visible_to(user).filter(on)
    else:
        notes = (
            notes_visible_to(user)
            .filter(on, parent=None)
            .only("id", "passage_id", "linked_passage_id", "start", "end", "is_orphaned")
        )
    # Which article each end is in, to know the passages of ``article_ids``.
    notes = notes.annotate(
        article_of_passage=F("passage__article_id"),
        article_of_link=F("linked_passage__article_id"),
    )
    grouped: dict[int, PassageNotes] = {}
    for note in notes.order_by("created_at", "id"):
        ends = {
            note.passage_id: note.article_of_passage,
            note.linked_passage_id: note.article_of_link,
        }
        for passage_id, article_id in ends.items():
            if passage_id in passage_ids or (passage_id and article_id in article_ids):
                grouped.setdefault(passage_id, PassageNotes(passage_id)).notes.append(note)
    return grouped


def panel(*, passage: Passage, user, next_url: str, partner: int | None = None, **extra) -> dict:
    """The context of ``notes/_panel.html`` for one passage: its notes with their replies,
    the form to add one, and what a note on a link could join it to.

    ``partner`` is the passage a comparison shows this one against (a note may go on
    their link); without it, every linked passage is offered.
    """
    notes = notes_by_passage(passage_ids=[passage.pk], user=user).get(passage.pk, [])
    return {
        "passage": passage,
        "notes": notes,
        "passage_notes": PassageNotes(passage.pk, notes),
        "note_form": NoteForm(),
        "partners": [] if partner else passage_partners(passage=passage),
        "link_partner": partner,
        "next_url": next_url,
        **extra,
    }
