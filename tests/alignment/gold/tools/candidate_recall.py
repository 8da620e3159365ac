"""Where recall is lost: in the candidates, or in the scorer's decision?

Usage, from the repository root (about a minute)::

    PYTHONPATH=. .venv/bin/python tests/alignment/gold/tools/candidate_recall.py

For the training gold and each spent blind set, prints the share of gold links that are
among the engine's candidates at all (``pair_candidates``: what any scorer could find)
and the share the shipped engine links (``decide``), overall and across languages.  The
training gold is scored in-sample (the shipped scorer was fitted on it); the spent blind
sets were never fitted on.  Nothing is written; the engine is not changed.
"""

from __future__ import annotations

from mediacompare.alignment.engine import decide
from mediacompare.alignment.evaluate import BLIND_SETS, GOLD_DIR, GOLD_PATHS, Gold, load_gold
from mediacompare.alignment.scorer import default_scorer


def recall(gold: Gold, *, cross: bool | None = None) -> tuple[int, int, int]:
    """(gold links, of them among the candidates, of them linked by the engine)."""
    scorer = default_scorer()
    links = candidates = found = 0
    for k, pair in enumerate(gold.pairs):
        if cross is not None and pair.cross != cross:
            continue
        among = set(gold.candidates[k].pairs)
        linked = {
            (i, j) for i, j, *_ in decide(gold.state, pair.ia, pair.ib, gold.candidates[k], scorer)
        }
        links += len(pair.sure)
        candidates += len(pair.sure.keys() & among)
        found += len(pair.sure.keys() & linked)
    return links, candidates, found


def line(name: str, gold: Gold) -> str:
    parts = []
    for label, cross in (("all", None), ("across languages", True)):
        links, candidates, found = recall(gold, cross=cross)
        if links:
            parts.append(
                f"{label}: {links} links, candidates hold {candidates / links:.2f},"
                f" linked {found / links:.2f}"
            )
    return f"{name:<26}" + "; ".join(parts)


def main() -> None:
    print(line("training gold (in-sample)", load_gold(list(GOLD_PATHS))))
    for name in BLIND_SETS:
        print(line(name, load_gold(GOLD_DIR / name / f"{name}.json")))


if __name__ == "__main__":
    main()
