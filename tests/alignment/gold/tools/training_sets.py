"""Does fitting the scorer on more labelled sets raise held-out F1?  (An experiment.)

Usage, from the repository root (about a minute per model)::

    PYTHONPATH=. nice -n 10 .venv/bin/python tests/alignment/gold/tools/training_sets.py \
        [--model lr|interactions|...] [--base lr] [--curve] [--save FILE]

Protocol (gold README, "Training on every spent set"), fixed before the runs:

* the texts of gold.json and heldout3-7 (113 pairs) are aligned as ONE event;
* leave one labelled set out: the 46 (gold.json + heldout3), heldout4, heldout5,
  heldout6, heldout7; the fold "the 46" is split into ``make eval``'s source families
  (computed within the 46), each held out in turn;
* arms, the training pool of a held-out fold: (a) the 46 only (for a family of the 46:
  the other families of the 46), (b) (a)'s pool plus every pair of the other sets,
  (b strict) (b) minus the added pairs that share an article or a wire service with the
  held-out fold, (a strict) the same for (a) (for information);
* pooled figures over the 113 pairs; the F1 difference from the base arm (a, linear)
  with its paired bootstrap SE (``cv_experiments.paired``).

``--language-groups``: two columns added to every candidate's features, for the pair's
languages: ``script_gap`` (the two languages are written in different scripts: Latin,
Chinese, Cyrillic, Arabic, Korean, Armenian) and ``no_english`` (neither side is English);
with ``--model lr`` they are features, with ``--model groups`` also multiplied with
``cos``, ``margin``, ``piece_margin`` and ``split_margin``.  ``--paired FILE`` (a
``--save`` of the plain run): every arm is also compared with that run's same arm.

``--curve``: learning-curve points, tested on heldout7 and on heldout6, the training
pool growing set by set.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv_experiments as cx  # noqa: E402

from mediacompare.alignment import evaluate as ev  # noqa: E402

SETS = ("46", "h4", "h5", "h6", "h7")
PATHS = [
    ev.GOLD_DIR / "gold.json",
    ev.GOLD_DIR / "heldout3" / "heldout3.json",
    *(ev.GOLD_DIR / f"heldout{n}" / f"heldout{n}.json" for n in (4, 5, 6, 7)),
]
SET_OF_FILE = {"gold": "46", "heldout3": "46"} | {f"heldout{n}": f"h{n}" for n in (4, 5, 6, 7)}


SCRIPTS = {"zh": "Hani", "ru": "Cyrl", "ar": "Arab", "ko": "Hang", "hy": "Armn"}
GROUP_COLUMNS = ("script_gap", "no_english")
GROUP_TIMES = ("cos", "margin", "piece_margin", "split_margin")
N_FEATURES = len(cx.FEATURES)


def add_language_groups(gold: ev.Gold) -> None:
    for p, cands in zip(gold.pairs, gold.candidates, strict=True):
        la, lb = (gold.state.documents[i].language for i in (p.ia, p.ib))
        gap = float(SCRIPTS.get(la, "Latn") != SCRIPTS.get(lb, "Latn"))
        no_english = float("en" not in (la, lb))
        extra = np.tile([gap, no_english], (len(cands.features), 1))
        cands.features = np.hstack([cands.features, extra])


def _group_expand(x: np.ndarray) -> np.ndarray:
    groups = x[:, N_FEATURES:]
    products = [
        x[:, cx.FEATURES.index(f)] * groups[:, g]
        for f in GROUP_TIMES
        for g in range(groups.shape[1])
    ]
    return np.hstack([x, np.column_stack(products)])


def group_interactions(x, y, groups):
    def fit_one(xx, yy, l2):
        model = cx.fit_model(_group_expand(xx), yy, l2=l2, threshold=0.5)
        return lambda z: model.probability(_group_expand(z))

    return cx._two(x, y, groups, cx.L2_GRID, fit_one)


MODELS = {**cx.MODELS, "groups": group_interactions}


class Sets(cx.Experiment):
    """``cv_experiments.Experiment`` over the 113 pairs of the six files."""

    def __init__(self) -> None:
        self.gold = ev.load_gold(PATHS)
        origin: list[str] = []
        for path in PATHS:
            pairs = json.loads(path.read_text(encoding="utf-8"))["pairs"]
            origin += [SET_OF_FILE[path.stem]] * len(pairs)
        self.origin = origin
        self.sets = {s: [k for k, o in enumerate(origin) if o == s] for s in SETS}
        self.group = np.empty(len(origin), dtype=object)
        for name, keys in self.sets.items():
            sub = ev.Gold(self.gold.state, [self.gold.pairs[k] for k in keys], [], self.gold.names)
            for k, family in zip(keys, ev.source_families(sub), strict=True):
                self.group[k] = f"{name}:{family}"
        keys46 = self.sets["46"]
        self.folds46 = [
            [k for k in keys46 if self.group[k] == g] for g in sorted(set(self.group[keys46]))
        ]
        self.folds = self.folds46 + [self.sets[s] for s in SETS[1:]]

    def arm(self, model, *, more: bool, strict: bool) -> tuple[dict[int, ev.Report], int]:
        """Held-out reports of every pair under one arm; and the training pairs removed
        by ``strict`` (summed over folds)."""
        per: dict[int, ev.Report] = {}
        removed = 0
        for held in self.folds:
            held_set = self.origin[held[0]]
            base = [k for k in self.sets["46"] if k not in held]
            added = [k for k in range(len(self.origin)) if self.origin[k] not in ("46", held_set)]
            touched = self._sources(held)
            if strict:
                # (b strict): the added pairs sharing an article or a wire service with the
                # held-out fold go; (a strict): the pairs of the 46 that do.
                shares = [k for k in (added if more else base) if self._sources([k]) & touched]
                removed += len(shares)
                added = [k for k in added if k not in shares]
                base = [k for k in base if k not in shares]
            pool = base + (added if more else [])
            per.update(self.train_test(model, pool, held))
        return per, removed

    def train_test(self, model, pool, held) -> dict[int, ev.Report]:
        x, y, rows_pair = ev.training_rows(self.gold, pool)
        _, groups = np.unique(self.group[rows_pair.astype(int)], return_inverse=True)
        scorer = model(x, y, groups)
        return {k: ev.evaluate(scorer, self.gold, only=[k]) for k in held}


def kind_precision(per, keys) -> str:
    report = ev.Report()
    for k in keys:
        report.add(per[k])
    return " ".join(
        f"{kind} {report.kind_precision(kind):.3f} ({report.pred_kind.get(kind, [0, 0, 0])[2]})"
        for kind in cx.LEXICAL
    )


def per_set(exp: Sets, per) -> str:
    out = []
    for s in SETS:
        report = ev.Report()
        for k in exp.sets[s]:
            report.add(per[k])
        out.append(f"{s} {report.links.f1:.3f}/{report.cross.f1:.3f}")
    return "F1/cross per set: " + ", ".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", action="append", choices=sorted(MODELS))
    ap.add_argument("--language-groups", action="store_true", help="add_language_groups")
    ap.add_argument("--paired", help="a --save file: compare each arm with its arm there")
    ap.add_argument(
        "--whole46",
        action="store_true",
        help="the 46 held out as one fold (arm b then trains on heldout4-7 only)",
    )
    ap.add_argument("--arms", default="a,b,b strict,a strict", help="comma-separated")
    ap.add_argument("--curve", action="store_true", help="learning-curve points only")
    ap.add_argument("--save", help="per-pair counts of every arm to this JSON file")
    args = ap.parse_args(argv)
    exp = Sets()
    if args.whole46:
        exp.folds = [exp.sets[s] for s in SETS]
    if args.language_groups:
        add_language_groups(exp.gold)
    other = json.loads(Path(args.paired).read_text(encoding="utf-8")) if args.paired else {}
    every = list(range(len(exp.gold.pairs)))
    n_cross = sum(p.cross for p in exp.gold.pairs)
    print(f"{len(every)} pairs ({n_cross} across languages), folds {[len(f) for f in exp.folds]}")
    if args.curve:
        for test, order in (("h7", ("h4", "h5", "h6")), ("h6", ("h4", "h5", "h7"))):
            pool = list(exp.sets["46"])
            names = ["46"]
            for step in (None, *order):
                if step:
                    pool += exp.sets[step]
                    names.append(step)
                per = exp.train_test(cx.linear, pool, exp.sets[test])
                print(
                    cx.line(
                        f"curve: {test} <- {'+'.join(names)} ({len(pool)})", per, exp.sets[test]
                    )
                )
        return 0
    saved: dict[str, dict[str, list[int]]] = {}
    base = None
    for name in args.model or ["lr"]:
        model = MODELS[name]
        arms = {"a": (False, False), "b": (True, False), "b strict": (True, True)}
        arms["a strict"] = (False, True)
        for label in args.arms.split(","):
            more, strict = arms[label]
            per, removed = exp.arm(model, more=more, strict=strict)
            title = f"{name} ({label})"
            print(cx.line(title, per, every), flush=True)
            print(
                f"    {per_set(exp, per)}; kind precision {kind_precision(per, every)}"
                + (f"; strict removed {removed} training pairs over the folds" if strict else "")
            )
            counts = cx._counts(per, every)
            saved[title] = counts
            if base is None:
                # The base of the decision rule: the linear scorer trained on the 46 (a),
                # of this run or of the --paired one.
                base = other.get("lr (a)", counts)
            if counts is not base:
                f0, f1, d, se = cx.paired(base, counts)
                ok = "passes" if d > se else "does not pass"
                print(
                    f"    paired vs lr (a): F1 {f0:.3f} -> {f1:.3f}, diff {d:+.3f} "
                    f"(paired SE {se:.3f}): {ok} the F1 rule"
                )
            for key in {f"lr ({label})", title} - {"lr (a)"}:
                if key in other:
                    f0, f1, d, se = cx.paired(other[key], counts)
                    print(
                        f"    paired vs {key} of {args.paired}: F1 {f0:.3f} -> {f1:.3f}, "
                        f"diff {d:+.3f} (paired SE {se:.3f})"
                    )
    if args.save:
        Path(args.save).write_text(json.dumps(saved) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
