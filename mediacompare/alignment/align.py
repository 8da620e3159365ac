"""Pairwise alignment: candidates -> local scores -> assignment -> merges.

1. Candidates come from the inverted index (shared rare content stems).
2. Each candidate pair is scored locally and given a kind or rejected
   (the no-match threshold lives in :mod:`score`).
3. Greedy one-to-one assignment by descending rank (order-free: outlets
   reorder facts, so no monotonicity is assumed).
4. Split/merge: a passage is linked to two or three *adjacent* passages of
   the other side when together they explain it clearly better.
5. Extra partial links: a still-unlinked passage that is quoted inside an
   already-linked passage (e.g. two source sentences quoted in one) is
   linked too, so one passage may take part in several links.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from mediacompare.alignment.diff import Diff, word_diff
from mediacompare.alignment.index import (
    Idf,
    PreparedArticle,
    PreparedPassage,
    build_idf,
    candidates,
    combine,
    prepare,
)
from mediacompare.alignment.score import THRESHOLDS, PairScore, score_pair
from mediacompare.alignment.segment import Passage, segment

__all__ = ["Alignment", "Link", "align", "align_segments"]

_MERGE_GAIN = 0.05  # a merged link must beat the best single one by this
_PART_CONTRIB = 0.35  # each merged part must be this much inside the other side


@dataclass(frozen=True, slots=True)
class Link:
    """A link between passages ``a`` (indices into side a) and ``b``."""

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
    """Result of aligning two articles."""

    a: list[Passage]
    b: list[Passage]
    links: list[Link]

    def _unmatched(self, side: str) -> list[int]:
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
            "links": [link.to_dict() for link in self.links],
            "unmatched_a": self.unmatched_a,
            "unmatched_b": self.unmatched_b,
        }


@dataclass(slots=True)
class _Draft:
    a: tuple[int, ...]
    b: tuple[int, ...]
    s: PairScore


def _try_merge(
    fixed: PreparedPassage,
    others: list[PreparedPassage],
    start: int,
    idf: Idf,
    best: PairScore,
    fixed_is_a: bool,
) -> tuple[int, int, PairScore] | None:
    """Best run of 2-3 adjacent passages around ``start`` that beats ``best``."""
    found: tuple[int, int, PairScore] | None = None
    target = best.rank + _MERGE_GAIN
    for lo in range(start - 2, start + 1):
        for hi in range(max(lo + 2, start + 1), min(lo + 4, len(others)) + 1):
            if lo < 0 or hi > len(others) or not (lo <= start < hi):
                continue
            parts = others[lo:hi]
            if any(p.boilerplate or not p.stems or p.title for p in parts):
                continue
            combo = combine(parts)
            s = score_pair(fixed, combo, idf) if fixed_is_a else score_pair(combo, fixed, idf)
            if s.kind is None or s.rank < target:
                continue
            # Every part must really be part of the correspondence.
            ok = True
            for p in parts:
                ws = idf.weight(p.stems & fixed.stems)
                if ws < _PART_CONTRIB * idf.weight(p.stems):
                    ok = False
                    break
            if ok:
                found, target = (lo, hi, s), s.rank + 1e-9
    return found


def _link_prepared(pa: PreparedArticle, pb: PreparedArticle, idf: Idf) -> list[_Draft]:
    cand = candidates(pa, pb, idf)
    scores: dict[tuple[int, int], PairScore] = {}
    for i, lst in cand.items():
        for j, _ in lst:
            scores[(i, j)] = score_pair(pa.prepared[i], pb.prepared[j], idf)
    # Also look from b's side, so a short b passage quoting a long a passage
    # is found even if it was not among a's top candidates.
    cand_rev = candidates(pb, pa, idf)
    for j, lst in cand_rev.items():
        for i, _ in lst:
            if (i, j) not in scores:
                scores[(i, j)] = score_pair(pa.prepared[i], pb.prepared[j], idf)

    ranked = sorted(
        ((s.rank, i, j, s) for (i, j), s in scores.items() if s.kind is not None),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_a: dict[int, _Draft] = {}
    used_b: dict[int, _Draft] = {}
    drafts: list[_Draft] = []
    for _, i, j, s in ranked:
        if i in used_a or j in used_b:
            continue
        d = _Draft((i,), (j,), s)
        drafts.append(d)
        used_a[i] = used_b[j] = d

    # Split / merge with adjacent passages that are still free.
    for d in list(drafts):
        if d not in drafts:
            continue
        i, j = d.a[0], d.b[0]
        for fixed_is_a in (True, False):
            if len(d.a) > 1 or len(d.b) > 1:
                break
            if fixed_is_a:
                got = _try_merge(pa.prepared[i], pb.prepared, j, idf, d.s, True)
            else:
                got = _try_merge(pb.prepared[j], pa.prepared, i, idf, d.s, False)
            if got is None:
                continue
            lo, hi, s = got
            span = tuple(range(lo, hi))
            used = used_b if fixed_is_a else used_a
            # Absorb free neighbours only, or neighbours whose own link is
            # weaker than the merged one (those links are dropped).
            clash = [used[k] for k in span if k in used and used[k] is not d]
            if any(c.s.rank >= s.rank for c in clash):
                continue
            for c in clash:
                if c in drafts:
                    drafts.remove(c)
                    for k in c.a:
                        used_a.pop(k, None)
                    for k in c.b:
                        used_b.pop(k, None)
            d.s = s
            if fixed_is_a:
                d.b = span
            else:
                d.a = span
            for k in d.a:
                used_a[k] = d
            for k in d.b:
                used_b[k] = d

    # Merges from nothing: an unlinked passage may be explained only by two
    # or three adjacent unlinked passages together (a sentence split in two).
    nothing = PairScore(None, 0.0, 0.3, 0.0, 0.0, 0, 0.0, 0.0, 0.0, 0)
    for fixed_is_a, cands, used_f, used_o in (
        (True, cand, used_a, used_b),
        (False, cand_rev, used_b, used_a),
    ):
        for f, lst in cands.items():
            if f in used_f:
                continue
            for o, _ in lst:
                if o in used_o:
                    continue
                if fixed_is_a:
                    got = _try_merge(pa.prepared[f], pb.prepared, o, idf, nothing, True)
                else:
                    got = _try_merge(pb.prepared[f], pa.prepared, o, idf, nothing, False)
                if got is None:
                    continue
                lo, hi, s = got
                if any(k in used_o for k in range(lo, hi)):
                    continue
                span = tuple(range(lo, hi))
                d = _Draft((f,), span, s) if fixed_is_a else _Draft(span, (f,), s)
                drafts.append(d)
                used_f[f] = d
                for k in span:
                    used_o[k] = d
                break

    # Extra partial links for passages quoted inside an already linked one.
    for (i, j), s in scores.items():
        if s.kind is None or (i in used_a and j in used_b):
            continue
        if i in used_a or j in used_b:
            # The free side must be (mostly) contained in the linked side,
            # or be a near-duplicate of it (outlets repeat a sentence).
            free_cont = s.cont_b if i in used_a else s.cont_a
            # A free passage that shares a quoted stretch with the linked
            # one counts as quoted, whatever its kind.
            quoted = s.cover >= THRESHOLDS.partial_cover and s.longrun >= THRESHOLDS.partial_run
            if s.kind == "partial" or (quoted and free_cont >= 0.6):
                if free_cont < 0.6:
                    continue
            elif s.kind == "paraphrase" and s.rank < 0.6:
                continue
            drafts.append(_Draft((i,), (j,), s))
    return drafts


def _finish(a: list[Passage], b: list[Passage], drafts: list[_Draft]) -> Alignment:
    links = []
    for d in sorted(drafts, key=lambda d: (d.a, d.b)):
        ta = " ".join(a[k].text for k in d.a)
        tb = " ".join(b[k].text for k in d.b)
        links.append(
            Link(
                a=tuple(a[k].index for k in d.a),
                b=tuple(b[k].index for k in d.b),
                kind=d.s.kind or "paraphrase",
                score=round(float(d.s.score), 4),
                diff=word_diff(ta, tb),
            )
        )
    return Alignment(list(a), list(b), links)


BACKENDS = ("lexical", "semantic")
BACKEND_ENV = "MEDIACOMPARE_ALIGNMENT_BACKEND"


def _backend(backend: str | None) -> str:
    name = backend or os.environ.get(BACKEND_ENV) or "lexical"
    if name not in BACKENDS:
        raise ValueError(f"unknown alignment backend {name!r}; expected one of {BACKENDS}")
    return name


def align_segments(
    passages_a: Sequence[Passage], passages_b: Sequence[Passage], *, backend: str | None = None
) -> Alignment:
    """Align two already segmented articles.

    Works from the passages alone (no original text needed).  Link indices
    are the passages' ``index`` fields; passages are expected in article
    order.

    ``backend``: ``"lexical"`` (default) or ``"semantic"``, which adds
    embedding-based paraphrase links for passages the lexical engine left
    unlinked (optional dependencies, see :mod:`mediacompare.alignment.semantic`).
    Without the argument the environment variable
    ``MEDIACOMPARE_ALIGNMENT_BACKEND`` decides.
    """
    pa, pb = prepare(passages_a), prepare(passages_b)
    idf = build_idf([pa, pb])
    al = _finish(pa.passages, pb.passages, _link_prepared(pa, pb, idf))
    if _backend(backend) == "semantic":
        from mediacompare.alignment.semantic import add_semantic_links

        al = add_semantic_links(al)
    return al


def align(
    text_a: str, text_b: str, language: str = "en", *, backend: str | None = None
) -> Alignment:
    """Segment both texts and align them (see :func:`align_segments`).

    ``language`` is accepted for API stability and has no effect: every rule
    depends on the script, not on a language code.  Segmentation is
    script-aware (Latin, Cyrillic, CJK); stopword lists of six languages
    (en, ru, de, fr, it, es) apply together; suffix stripping covers English
    and Russian only (other languages match on exact word forms); CJK text is
    compared by character bigrams.
    """
    return align_segments(segment(text_a, language), segment(text_b, language), backend=backend)
