"""Near misses of "left out": would a closest-candidate hint make the verdict truer?

Usage, from the repository root (about a minute)::

    PYTHONPATH=. .venv/bin/python tests/alignment/gold/tools/near_misses.py

A passage the engine shows with no link is "left out" (or "added").  The question: among
those passages, does the best meaning candidate the engine turned down (its scorer
probability as a fraction of the decision threshold) separate the ones a careful reader
would have linked from the ones that truly have no counterpart?  If it did, the compare
view could say "closest: passage n" beside a doubtful "left out" and keep the plain
verdict for the others.

Printed per floor: how many shown-unmatched passages have a turned-down candidate at or
above it ("weak"), how many of those truly have a counterpart in the gold (and for how
many that closest candidate is the counterpart, so that a hint would point at it), and the
precision of "left out" on the passages that have none.  The training gold is scored
in-sample (the shipped scorer was fitted on it); the spent blind sets were never fitted
on, so their rows are the ones to read.  Nothing is written; the engine is not changed.
"""

from __future__ import annotations

import numpy as np

from mediacompare.alignment.engine import decide
from mediacompare.alignment.evaluate import BLIND_SETS, GOLD_DIR, GOLD_PATHS, Gold, load_gold
from mediacompare.alignment.scorer import default_scorer

FLOORS = (0.3, 0.5, 0.6, 0.7, 0.8, 0.9)


def shown_unmatched(gold: Gold) -> list[tuple[bool, float, bool]]:
    """(truly unmatched in the gold, best turned-down probability / threshold, that best
    candidate is a gold link) for every passage of a gold pair that the engine shows with
    no link (optional ones excluded)."""
    scorer = default_scorer()
    rows = []
    for k, pair in enumerate(gold.pairs):
        candidates = gold.candidates[k]
        predicted = decide(gold.state, pair.ia, pair.ib, candidates, scorer)
        best: tuple[dict[int, tuple[float, tuple[int, int]]], ...] = ({}, {})
        if candidates.has_meaning:
            model = scorer.model(pair.cross)
            ratio = model.probability(candidates.features) / model.threshold
            for n, (i, j) in enumerate(candidates.pairs):
                for side, index in ((0, i), (1, j)):
                    if float(ratio[n]) > best[side].get(index, (0.0,))[0]:
                        best[side][index] = (float(ratio[n]), (i, j))
        sides = (
            (pair.ia, {i for i, *_ in predicted}, {i for i, _ in pair.sure}, pair.optional, 0),
            (pair.ib, {j for _, j, *_ in predicted}, {j for _, j in pair.sure}, pair.optional, 1),
        )
        for document, linked, gold_linked, optional, side in sides:
            skip = {ij[side] for ij in optional}
            for passage in gold.state.documents[document].passages:
                if passage.is_boilerplate or passage.index in skip or passage.index in linked:
                    continue
                score, closest = best[side].get(passage.index, (0.0, (-1, -1)))
                rows.append((passage.index not in gold_linked, score, closest in pair.sure))
    return rows


def report(name: str, rows: list[tuple[bool, float, bool]]) -> None:
    truly = np.array([r[0] for r in rows])
    ratio = np.array([r[1] for r in rows])
    right = np.array([r[2] for r in rows])
    print(
        f"{name}: {len(rows)} passages shown unmatched, {truly.sum()} truly"
        f" (precision {truly.mean():.3f}); {(~truly).sum()} have a counterpart"
    )
    for floor in FLOORS:
        weak = ratio >= floor
        print(
            f"  turned-down candidate >= {floor:.1f} x threshold: {weak.sum():4d} passages,"
            f" {(weak & ~truly).sum():3d} of them with a counterpart"
            f" ({(weak & right).sum():3d} of which the closest candidate is);"
            f" precision of the rest {truly[~weak].mean():.3f} ({(~weak).sum()} passages)"
        )


def main() -> None:
    report("training gold (in-sample)", shown_unmatched(load_gold(list(GOLD_PATHS))))
    pooled: list[tuple[bool, float, bool]] = []
    for name in BLIND_SETS:
        pooled += shown_unmatched(load_gold(GOLD_DIR / name / f"{name}.json"))
    report(f"spent blind sets ({', '.join(BLIND_SETS)})", pooled)


if __name__ == "__main__":
    main()
