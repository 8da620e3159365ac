"""What the engine returns: links, the alignment of two articles, of an event."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mediacompare.alignment.diff import Diff
from mediacompare.alignment.segment import Passage

__all__ = ["Alignment", "Link", "ManyAlignment"]


@dataclass(frozen=True, slots=True)
class Link:
    """A link between passages ``a`` (indices into side a) and ``b``.

    ``score`` is in 0..1 for every kind: the strength of the shared wording for
    verbatim/edited/partial links, the fitted probability that the two passages
    make the same claim for paraphrase/translation links.  ``diff`` is the word
    diff from a to b, empty across languages.
    """

    a: tuple[int, ...]
    b: tuple[int, ...]
    kind: str
    score: float
    diff: Diff = field(default_factory=list, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": list(self.a),
            "b": list(self.b),
            "kind": self.kind,
            "score": self.score,
            "diff": [list(x) for x in self.diff],
        }


def _passage_dict(p: Passage) -> dict[str, Any]:
    return {
        "index": p.index,
        "start": p.start,
        "end": p.end,
        "paragraph": p.paragraph,
        "text": p.text,
    }


@dataclass(slots=True)
class Alignment:
    """Result of aligning two articles.

    ``compared`` is False when the pair could not be compared (different
    languages, one of which the model does not know): then there are no links,
    and nothing is an omission or an addition.
    """

    a: list[Passage]
    b: list[Passage]
    links: list[Link]
    compared: bool = True
    language_a: str = ""
    language_b: str = ""

    def _unmatched(self, side: str) -> list[int]:
        if not self.compared:
            return []
        passages = self.a if side == "a" else self.b
        linked = {i for link in self.links for i in getattr(link, side)}
        return [p.index for p in passages if p.index not in linked and not p.is_boilerplate]

    @property
    def unmatched_a(self) -> list[int]:
        """Non-boilerplate passages of a in no link: omissions from b's view."""
        return self._unmatched("a")

    @property
    def unmatched_b(self) -> list[int]:
        """Non-boilerplate passages of b in no link: b's additions."""
        return self._unmatched("b")

    def pairs(self) -> set[tuple[int, int]]:
        """All (a index, b index) pairs implied by the links."""
        return {(i, j) for link in self.links for i in link.a for j in link.b}

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-serialisable data."""
        return {
            "a": [_passage_dict(p) for p in self.a],
            "b": [_passage_dict(p) for p in self.b],
            "language_a": self.language_a,
            "language_b": self.language_b,
            "compared": self.compared,
            "links": [link.to_dict() for link in self.links],
            "unmatched_a": self.unmatched_a,
            "unmatched_b": self.unmatched_b,
        }


@dataclass(slots=True)
class ManyAlignment:
    """Pairwise alignments between articles plus cross-article groups.

    ``pairs[(i, j)]`` is the alignment of article i (side a) with article j
    (side b), for every pair asked for, compared or not.  ``groups`` are
    clusters of ``(text_index, passage_index)`` that say the same thing,
    largest first.
    """

    passages: list[list[Passage]]
    pairs: dict[tuple[int, int], Alignment]
    groups: list[list[tuple[int, int]]]
    pivot: int | None = None

    @property
    def not_compared(self) -> list[tuple[int, int]]:
        """The pairs that could not be compared (see :attr:`Alignment.compared`)."""
        return [key for key, al in self.pairs.items() if not al.compared]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-serialisable data."""
        return {
            "pivot": self.pivot,
            "pairs": [
                {"a": i, "b": j, "alignment": al.to_dict()} for (i, j), al in self.pairs.items()
            ],
            "groups": [[list(x) for x in g] for g in self.groups],
        }
