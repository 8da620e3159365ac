"""Alignment of three or more articles and cross-article groups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from mediacompare.alignment.align import Alignment, _backend, _finish, _link_prepared
from mediacompare.alignment.index import build_idf, prepare
from mediacompare.alignment.segment import Passage, segment

__all__ = ["ManyAlignment", "align_many", "align_many_segments"]


@dataclass(slots=True)
class ManyAlignment:
    """Pairwise alignments between articles plus cross-article groups.

    ``pairs[(i, j)]`` (``i < j``, or ``(pivot, j)``) is the alignment of
    article i (side a) with article j (side b).  ``groups`` are clusters of
    ``(text_index, passage_index)`` that say the same thing, largest first.
    """

    passages: list[list[Passage]]
    pairs: dict[tuple[int, int], Alignment]
    groups: list[list[tuple[int, int]]]
    pivot: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-serialisable data."""
        return {
            "pivot": self.pivot,
            "pairs": [
                {"a": i, "b": j, "alignment": al.to_dict()} for (i, j), al in self.pairs.items()
            ],
            "groups": [[list(x) for x in g] for g in self.groups],
        }


def _groups(pairs: dict[tuple[int, int], Alignment]) -> list[list[tuple[int, int]]]:
    # Connected components over all links (union-find).  Simple and
    # order-free; a chain of weak paraphrase links can over-merge, which is
    # why only non-paraphrase links and paraphrases scoring >= 0.5 join.
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def find(x: tuple[int, int]) -> tuple[int, int]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (ti, tj), al in pairs.items():
        for link in al.links:
            if link.kind == "paraphrase" and link.score < 0.5:
                continue
            nodes = [(ti, k) for k in link.a] + [(tj, k) for k in link.b]
            root = find(nodes[0])
            for n in nodes[1:]:
                r = find(n)
                if r != root:
                    parent[r] = root
    comps: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for x in parent:
        comps.setdefault(find(x), []).append(x)
    groups = [sorted(c) for c in comps.values() if len({t for t, _ in c}) >= 2]
    groups.sort(key=lambda g: (-len({t for t, _ in g}), -len(g), g))
    return groups


def align_many_segments(
    passage_lists: Sequence[Sequence[Passage]],
    pivot: int | None = None,
    *,
    backend: str | None = None,
) -> ManyAlignment:
    """Align every pair of articles (or the pivot against every other one).

    Each article is tokenised and indexed once, and IDF is computed over all
    articles together, so a phrase every outlet repeats weighs less than one
    only two outlets share.  ``backend`` as in
    :func:`~mediacompare.alignment.align.align_segments`.
    """
    semantic = _backend(backend) == "semantic"
    prepared = [prepare(p) for p in passage_lists]
    idf = build_idf(prepared)
    n = len(prepared)
    if pivot is None:
        todo = list(combinations(range(n), 2))
    else:
        if not 0 <= pivot < n:
            raise ValueError(f"pivot {pivot} out of range for {n} articles")
        todo = [(pivot, j) for j in range(n) if j != pivot]
    pairs = {}
    for i, j in todo:
        pa, pb = prepared[i], prepared[j]
        pairs[(i, j)] = _finish(pa.passages, pb.passages, _link_prepared(pa, pb, idf))
        if semantic:
            from mediacompare.alignment.semantic import add_semantic_links

            pairs[(i, j)] = add_semantic_links(pairs[(i, j)])
    return ManyAlignment([list(p) for p in passage_lists], pairs, _groups(pairs), pivot)


def align_many(
    texts: Sequence[str],
    pivot: int | None = None,
    language: str = "en",
    *,
    backend: str | None = None,
) -> ManyAlignment:
    """Segment every text and align them (see :func:`align_many_segments`;
    ``language`` has no effect, see :func:`~mediacompare.alignment.align.align`)."""
    return align_many_segments([segment(t, language) for t in texts], pivot, backend=backend)
