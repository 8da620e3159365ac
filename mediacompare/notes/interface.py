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
from typing import NamedTuple

from django.db.models import F, IntegerField, Q, Value

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


class Outline(NamedTuple):
    """What counts and highlights need of a note (pages that list many passages)."""

    pk: int
    passage_id: int
    linked_passage_id: int | None
    start: int | None
    end: int | None
    is_orphaned: bool


@dataclass
class PassageNotes:
    """The notes a user may see on one passage, as a page listing passages shows them:
    top-level notes oldest first (with their replies when read with ``threads``)."""

    passage_id: int
    notes: list[Note] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.notes)

    @property
    def state(self) -> str:
        """What a page shows of these notes, as a short key: their count, and the spans it
        highlights."""
        spans = ",".join(
            f"{note.pk}-{note.start}-{note.end}"
            for note in self.notes
            if note.start is not None
            and not note.is_orphaned
            and note.passage_id == self.passage_id
        )
        return f"{self.count}/{spans}" if spans else str(self.count)

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
    if article_ids:
        on |= Q(passage__article_id__in=article_ids) | Q(linked_passage__article_id__in=article_ids)
    # Which article each end is in, to know the passages of ``article_ids`` (two joins,
    # left out when the passages are named).
    unknown = Value(None, IntegerField())
    ends = {
        "article_of_passage": F("passage__article_id") if article_ids else unknown,
        "article_of_link": F("linked_passage__article_id") if article_ids else unknown,
    }
    if threads:
        rows = [
            (note, note.article_of_passage, note.article_of_link)
            for note in threads_visible_to(user)
            .filter(on)
            .annotate(**ends)
            .order_by("created_at", "id")
        ]
    else:
        # Counts and highlights need a few columns: plain tuples, no model instances.
        outline = (
            notes_visible_to(user)
            .filter(on, parent=None)
            .annotate(**ends)
            .order_by("created_at", "id")
            .values_list(*Outline._fields, "article_of_passage", "article_of_link")
        )
        rows = [(Outline(*values[:-2]), *values[-2:]) for values in outline]
    grouped: dict[int, PassageNotes] = {}
    for note, article_of_passage, article_of_link in rows:
        for passage_id, article_id in {
            note.passage_id: article_of_passage,
            note.linked_passage_id: article_of_link,
        }.items():
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
