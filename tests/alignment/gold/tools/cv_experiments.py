"""Grouped cross-validation of scorer variants on all 85 labelled pairs (an experiment).

Usage, from the repository root (a few minutes; ``boost`` is slow)::

    PYTHONPATH=. nice -n 19 .venv/bin/python tests/alignment/gold/tools/cv_experiments.py \
        [--model lr|interactions|boost ...] [--analyse]

The texts of gold.json, heldout3, heldout4 and heldout5 are aligned as one event.
Under :func:`~mediacompare.alignment.evaluate.source_families` the 85 pairs are ONE
family (heldout4 and heldout5 share 21 and 28 articles with the 46 training pairs), so
leave-one-family-out is impossible on them; this script uses two protocols instead:

* ``46 folds``: the four source families of the 46 training pairs (exactly the folds
  of ``make eval``), tested on those 46 pairs only, the training pool being either the
  other families of the 46 (the figure of record, F1 0.822) or also every pair of
  heldout4 and heldout5 (``+h45``), ``strict``: minus the added pairs that share an
  article or wire service with the held-out family;
* ``sets``: leave one labelled set out (the 46, heldout4, heldout5), train on the
  other two: the way the blind sets were run, now with more training data.

Inner folds (L2 and threshold) are source families computed within each set.
``--analyse`` sorts the held-out false negatives of the linear scorer by cause: never
a candidate, or under the threshold by how much (``decide`` has no assignment step).

``--judge`` runs only the two protocols a variant is judged by, pair by pair: ``make
eval``'s folds (the 46 aligned as their own event, exactly its figure of record) and
leave one set out over all 85; ``--save FILE`` keeps the per-pair counts and
``--paired FILE`` prints the F1 difference from such a run with its paired bootstrap
SE.  Variants (branch ``quality7``, README "Restatement-aware competition"):
``--aware rank,margins,margins_strict,piece_rank`` (:func:`aware_columns` in place of
the engine's columns), ``--extra ...`` (the same, added as columns), ``--split-gain``,
``--split-partners [adjacent|restated]``, ``--stacked``.  Branch ``quality8`` (README
"Part-of-passage evidence"): ``--part COLUMNS`` (:func:`part_columns`, added; with
``--replace FEATURES`` the first ones in place of those engine features),
``--merge-candidates mutual|either|beats`` (:func:`merge_cells`), ``--fixed-threshold``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

import numpy as np

from mediacompare.alignment import engine
from mediacompare.alignment import evaluate as ev
from mediacompare.alignment.scorer import (
    FEATURES,
    INNER_FOLDS,
    L2_GRID,
    _best_threshold,
    fit,
    fit_model,
)

PATHS = [
    ev.GOLD_DIR / "gold.json",
    ev.GOLD_DIR / "heldout3" / "heldout3.json",
    ev.GOLD_DIR / "heldout4" / "heldout4.json",
    ev.GOLD_DIR / "heldout5" / "heldout5.json",
]
SET_OF_FILE = {"gold": "46", "heldout3": "46", "heldout4": "h4", "heldout5": "h5"}
CROSS = FEATURES.index("cross_language")
RANK = FEATURES.index("rank")
LEXICAL = ("verbatim", "edited", "partial")


# -- models ------------------------------------------------------------------------


class _Probability:
    def __init__(self, function: Callable[[np.ndarray], np.ndarray], threshold: float):
        self.function, self.threshold = function, threshold

    def probability(self, x: np.ndarray) -> np.ndarray:
        return self.function(x) if len(x) else np.zeros(0)


class _TwoModels:
    """What ``engine.decide`` asks of a scorer: ``model(cross_language)``."""

    def __init__(self, same: _Probability, cross: _Probability):
        self.same, self.cross = same, cross

    def model(self, cross_language: bool) -> _Probability:
        return self.cross if cross_language else self.same


def _selected(x, y, groups, grid, fit_one) -> _Probability:
    """The parameter and threshold of best out-of-fold F1 over inner folds of groups,
    as ``scorer._fit_selected`` does for the L2 strength."""
    if len(y) == 0 or y.min() == y.max():
        return _Probability(lambda z: np.zeros(len(z)), 0.5)
    unique = sorted(set(groups.tolist()))
    k = min(INNER_FOLDS, len(unique))
    folds = [unique[f::k] for f in range(k)]
    best = (-1.0, grid[0], 0.5)
    if k >= 2:
        for parameter in grid:
            out_of_fold = np.zeros(len(y))
            for fold in folds:
                held = np.isin(groups, fold)
                out_of_fold[held] = fit_one(x[~held], y[~held], parameter)(x[held])
            f1, threshold = _best_threshold(out_of_fold, y)
            if f1 > best[0] + 1e-12:
                best = (f1, parameter, threshold)
    return _Probability(fit_one(x, y, best[1]), best[2])


def _two(x, y, groups, grid, fit_one) -> _TwoModels:
    cross = x[:, CROSS] > 0
    return _TwoModels(*(_selected(x[p], y[p], groups[p], grid, fit_one) for p in (~cross, cross)))


# A decision threshold in place of the one chosen by inner folds (``--fixed-threshold``;
# the fit balances the classes, so 0.5 is its natural one), or None.
FIXED_THRESHOLD: float | None = None


def linear(x, y, groups):
    scorer = fit(x, y, groups=groups)
    if FIXED_THRESHOLD is not None:
        scorer = replace(
            scorer,
            same=replace(scorer.same, threshold=FIXED_THRESHOLD),
            cross=replace(scorer.cross, threshold=FIXED_THRESHOLD),
        )
    return scorer


# Interaction terms chosen a priori (not searched).
INTERACTIONS = (
    ("margin", "cross_language"),
    ("piece_margin", "cross_language"),
    ("names_conflict", "dice"),
    ("cos", "margin"),
)


def _expand(x: np.ndarray) -> np.ndarray:
    products = [x[:, FEATURES.index(a)] * x[:, FEATURES.index(b)] for a, b in INTERACTIONS]
    return np.hstack([x, np.column_stack(products)])


def interactions(x, y, groups):
    def fit_one(xx, yy, l2):
        model = fit_model(_expand(xx), yy, l2=l2, threshold=0.5)
        return lambda z: model.probability(_expand(z))

    return _two(x, y, groups, L2_GRID, fit_one)


def _best_split(x, gradient, hessian, rows, cuts, lam):
    total_g, total_h = gradient[rows].sum(), hessian[rows].sum()
    base = total_g**2 / (total_h + lam)
    best, split = 0.0, None
    for f in range(x.shape[1]):
        for t in cuts[f]:
            left = x[rows, f] <= t
            g, h = gradient[rows][left].sum(), hessian[rows][left].sum()
            if h <= 1 or total_h - h <= 1:
                continue
            gain = g**2 / (h + lam) + (total_g - g) ** 2 / (total_h - h + lam) - base
            if gain > best:
                best, split = gain, (f, t)
    return split


def _tree_value(tree, z):
    f, t, leaves = tree
    out = np.zeros(len(z))
    for side, (split, low, high) in zip((z[:, f] <= t, z[:, f] > t), leaves, strict=True):
        if split is None:
            out[side] = low
        else:
            f2, t2 = split
            out[side & (z[:, f2] <= t2)] = low
            out[side & (z[:, f2] > t2)] = high
    return out


def _boost_fit(x, y, rounds, shrink=0.1, lam=5.0):
    """Gradient-boosted depth-2 trees, logistic loss, classes balanced."""
    n, positives = len(y), y.sum()
    weight = np.where(y > 0, n / (2 * positives), n / (2 * (n - positives)))
    cuts = [np.unique(np.quantile(x[:, f], np.linspace(0.05, 0.95, 15))) for f in range(x.shape[1])]
    trees, score = [], np.zeros(n)

    def leaf(rows, gradient, hessian):
        return gradient[rows].sum() / (hessian[rows].sum() + lam)

    for _ in range(rounds):
        p = 1 / (1 + np.exp(-score))
        gradient, hessian = weight * (y - p), weight * p * (1 - p)
        root = _best_split(x, gradient, hessian, np.arange(n), cuts, lam)
        if root is None:
            break
        f, t = root
        leaves = []
        for side in (x[:, f] <= t, x[:, f] > t):
            rows = np.flatnonzero(side)
            split = _best_split(x, gradient, hessian, rows, cuts, lam)
            if split is None:
                leaves.append((None, leaf(rows, gradient, hessian), None))
            else:
                low = x[rows, split[0]] <= split[1]
                leaves.append(
                    (split, leaf(rows[low], gradient, hessian), leaf(rows[~low], gradient, hessian))
                )
        trees.append((f, t, leaves))
        score += shrink * _tree_value(trees[-1], x)

    def probability(z):
        total = sum((shrink * _tree_value(tree, z) for tree in trees), np.zeros(len(z)))
        return 1 / (1 + np.exp(-np.clip(total, -30, 30)))

    return probability


def boost(x, y, groups):
    return _two(x, y, groups, (50, 150, 300), _boost_fit)


MODELS = {"lr": linear, "interactions": interactions, "boost": boost}


def add_restatement_evidence(gold: ev.Gold) -> None:
    """Append two columns to every candidate's features (in place, this process only):
    evidence that the pair's partner restates a passage the other side already matches.
    For (i, j), over the other candidates (i, j') and (i', j): the best
    min(cos within the article of j and j' (or i and i'), clause_cos of that candidate),
    and the best of that within-article cos times the candidate's clause_margin.  The
    ratio margin and the rank count a second restatement as competition: most missed
    links are a passage's second or third gold partner (``--analyse``)."""
    clause_cos, clause_margin = FEATURES.index("clause_cos"), FEATURES.index("clause_margin")
    for k, p in enumerate(gold.pairs):
        cands = gold.candidates[k]
        extra = np.zeros((len(cands.pairs), 2))
        if cands.has_meaning and cands.pairs:
            va, vb = gold.state.vectors[p.ia].whole, gold.state.vectors[p.ib].whole
            within_a, within_b = va @ va.T, vb @ vb.T
            f = cands.features
            for n, (i, j) in enumerate(cands.pairs):
                for m, (a, b) in enumerate(cands.pairs):
                    if a == i and b != j:
                        w = within_b[j, b]
                    elif b == j and a != i:
                        w = within_a[i, a]
                    else:
                        continue
                    extra[n, 0] = max(extra[n, 0], min(w, f[m, clause_cos]))
                    extra[n, 1] = max(extra[n, 1], w * f[m, clause_margin])
        cands.features = np.hstack([cands.features, extra])


# -- protocols ----------------------------------------------------------------------


class Experiment:
    def __init__(self) -> None:
        self.gold = ev.load_gold(PATHS)
        origin: list[str] = []
        for path in PATHS:
            pairs = json.loads(path.read_text(encoding="utf-8"))["pairs"]
            origin += [SET_OF_FILE[path.stem]] * len(pairs)
        self.sets = {s: [k for k, o in enumerate(origin) if o == s] for s in ("46", "h4", "h5")}
        self.group = np.empty(len(origin), dtype=object)
        for name, keys in self.sets.items():
            sub = ev.Gold(self.gold.state, [self.gold.pairs[k] for k in keys], [], self.gold.names)
            for k, family in zip(keys, ev.source_families(sub), strict=True):
                self.group[k] = f"{name}:{family}"
        keys46 = self.sets["46"]
        self.folds46 = [
            [k for k in keys46 if self.group[k] == g] for g in sorted(set(self.group[keys46]))
        ]

    def _sources(self, keys) -> set[str]:
        out = set()
        for k in keys:
            for i in (self.gold.pairs[k].ia, self.gold.pairs[k].ib):
                name = self.gold.names[i]
                words = set(re.split(r"[^a-z]+", name.lower()))
                out |= {name} | {"wire:" + f for m, f in ev.WIRE_MARKERS.items() if m in words}
        return out

    def run(self, model, folds, pool, strict=False) -> dict[int, ev.Report]:
        per: dict[int, ev.Report] = {}
        for held in folds:
            touched = self._sources(held)
            train = [
                k for k in pool if k not in held and not (strict and self._sources([k]) & touched)
            ]
            x, y, rows_pair = ev.training_rows(self.gold, train)
            _, groups = np.unique(self.group[rows_pair.astype(int)], return_inverse=True)
            scorer = model(x, y, groups)
            for k in held:
                per[k] = ev.evaluate(scorer, self.gold, only=[k])
        return per

    def protocols(self, model):
        every = list(range(len(self.gold.pairs)))
        s = self.sets
        yield "46 folds, train 46", self.run(model, self.folds46, s["46"]), s["46"]
        yield "46 folds, train +h45", self.run(model, self.folds46, every), s["46"]
        yield (
            "46 folds, train +h45 strict",
            self.run(model, self.folds46, every, strict=True),
            s["46"],
        )
        per = self.run(model, [s["46"], s["h4"], s["h5"]], every)
        yield "sets, all 85", per, every
        yield "sets, h4+h5 only", per, s["h4"] + s["h5"]
        per = self.run(model, [s["h4"], s["h5"]], s["46"])
        yield "h4+h5, train 46 only", per, s["h4"] + s["h5"]


def _bootstrap_se(per, keys, draws=1000, seed=0) -> float:
    counts = np.array([[per[k].links.tp, per[k].links.fp, per[k].links.fn] for k in keys])
    rng = np.random.default_rng(seed)
    f1s = []
    for _ in range(draws):
        tp, fp, fn = counts[rng.integers(0, len(keys), len(keys))].sum(axis=0)
        f1s.append(2 * tp / max(2 * tp + fp + fn, 1))
    return float(np.std(f1s))


def line(name: str, per, keys) -> str:
    report = ev.Report()
    for k in keys:
        report.add(per[k])
    d = report.to_dict()
    c, kinds = d["cross_language"], d["per_kind"]
    lexical = " ".join(
        f"{k[:4]} {kinds[k]['precision']:.2f}/{kinds[k]['kind_precision']:.2f}" for k in LEXICAL
    )
    return (
        f"{name:<36} n {len(keys):>2}  P {d['precision']:.3f} R {d['recall']:.3f} "
        f"F1 {d['f1']:.3f} (se {_bootstrap_se(per, keys):.3f}) | cross P {c['precision']:.3f} "
        f"R {c['recall']:.3f} F1 {c['f1']:.3f} | para R {kinds['paraphrase']['recall']:.3f} "
        f"| trans R {kinds['translation']['recall']:.3f} | {lexical} "
        f"| tp {report.links.tp} fp {report.links.fp} fn {report.links.fn}"
    )


def analyse(exp: Experiment, folds, pool, label: str) -> None:
    causes: Counter[tuple[str, str]] = Counter()
    for held in folds:
        train = [k for k in pool if k not in held]
        x, y, rows_pair = ev.training_rows(exp.gold, train)
        _, groups = np.unique(exp.group[rows_pair.astype(int)], return_inverse=True)
        scorer = linear(x, y, groups)
        for k in held:
            p, cands = exp.gold.pairs[k], exp.gold.candidates[k]
            model = scorer.model(p.cross)
            where = {ij: n for n, ij in enumerate(cands.pairs)}
            prob = model.probability(cands.features) if cands.has_meaning else None
            for ij in p.sure:
                i, j = ij
                several = sum(a == i for a, _ in p.sure) > 1 or sum(b == j for _, b in p.sure) > 1
                kind = f"{p.gold_kind[ij]}{'*' if several else ''}"
                if ij not in where:
                    causes[(kind, "never a candidate")] += 1
                    continue
                n, lex = where[ij], cands.lexical[where[ij]]
                if (lex is not None and lex.kind in LEXICAL) or prob is None:
                    continue
                gap = model.threshold - prob[n]
                if gap > 0:
                    causes[(kind, "under threshold by <0.1" if gap < 0.1 else "by >=0.1")] += 1
    for cause, n in sorted(causes.items()):
        print(f"{label}: false negatives {cause[0]:<12} {cause[1]:<26} {n}")
    print(f"{label}: (kind* = a passage with several gold partners in the other article)")


# -- restatement-aware competition (quality7) -------------------------------------


def _within(whole: np.ndarray, content: np.ndarray) -> np.ndarray:
    """Cosine of every pair of an article's passages (content ones; else -1)."""
    within = whole @ whole.T
    within[~content, :] = -1.0
    within[:, ~content] = -1.0
    return within


def _margin_without_restatements(
    values, within_a, within_b, ii, jj, *, strict: bool = False
) -> np.ndarray:
    """The ratio margin at each cell ``(ii[n], jj[n])`` of ``values``, each side's k
    nearest taken without the passages that restate the partner: i's neighbours in b
    leave out every j' != j closer to j (within b) than to i (``strict``: closer to j
    than either is to i), and symmetrically."""

    def near(rows, within, partner):
        work = np.array(rows, dtype=np.float64)
        cols = np.arange(work.shape[1])
        bar = work if not strict else np.maximum(work, values[ii, jj][:, None])
        restates = (within[partner, :] >= bar) & (cols[None, :] != partner[:, None])
        work[restates | (work <= -1.0)] = -np.inf
        top = -np.sort(-work, axis=1)[:, : engine._MARGIN_K]
        finite = np.isfinite(top)
        return np.where(finite, top, 0.0).sum(axis=1) / np.maximum(finite.sum(axis=1), 1)

    near_a = near(values[ii, :], within_b, jj)
    near_b = near(values[:, jj].T, within_a, ii)
    return values[ii, jj] / np.maximum((near_a + near_b) / 2.0, 1e-3)


def _piece_rivals(sims, va, vb, content_a, content_b, ii, jj):
    """Rivals of each candidate (i, j) on the piece that carries the match: the piece
    of i (whole or clause) that best matches j, and the passages of b that match that
    piece better than j does; symmetrically from b.  A passage of two claims, each
    restated by a different passage of the other article, has two partners that are
    not each other's rivals."""
    na, nb = len(content_a), len(content_b)
    table_a, table_b = engine._piece_table(va, na), engine._piece_table(vb, nb)

    def rivals(to_passages, table, content, own, other):
        to_passages[:, ~content] = -1.0
        pieces = table[own]
        values = np.where(pieces >= 0, to_passages[np.maximum(pieces, 0), other[:, None]], -2.0)
        rows = to_passages[pieces[np.arange(len(own)), values.argmax(axis=1)]]
        return rows > rows[np.arange(len(own)), other][:, None]

    a_to_b = sims[:, :nb].copy()
    engine._fold_clauses(a_to_b, table_b, sims, axis=1)
    sims_t = engine._transposed(sims)
    b_to_a = sims_t[:, :na].copy()
    engine._fold_clauses(b_to_a, table_a, sims_t, axis=1)
    return rivals(a_to_b, table_a, content_b, ii, jj), rivals(b_to_a, table_b, content_a, jj, ii)


AWARE = ("rank", "margins", "margins_strict", "piece_rank")


def aware_columns(gold: ev.Gold, k: int, variants: frozenset[str]) -> dict[int, np.ndarray]:
    """Feature columns of pair ``k``'s candidates with restatement-aware competition,
    computed as ``engine.pair_candidates`` does (same matrices), by column number:

    * ``rank``: a rival j' of i (a passage of b closer to i than j is, by clause cos)
      does not count if it is closer to j (whole cos within b) than to i: a fact the
      headline and the body restate links to both, neither competes; symmetrically;
    * ``margins``: margin and clause_margin with each side's 3 nearest taken without
      the passages that restate the partner (the same rule);
    * ``piece_rank``: rank counted on the piece of i that carries the match with j
      (:func:`_piece_rivals`), and symmetrically."""
    p, cands = gold.pairs[k], gold.candidates[k]
    if not cands.has_meaning or not cands.pairs:
        return {}
    va, vb = gold.state.vectors[p.ia], gold.state.vectors[p.ib]
    content_a, content_b = gold.state.tables[p.ia].content, gold.state.tables[p.ib].content
    na, nb = len(va.whole), len(vb.whole)
    sims = engine._stacked(va) @ engine._stacked(vb).T
    cos = sims[:na, :nb].copy()
    cos[~content_a, :] = -1.0
    cos[:, ~content_b] = -1.0
    clause = cos.copy()
    engine._fold_clauses(clause, engine._piece_table(va, na), sims[:, :nb], axis=0)
    engine._fold_clauses(clause, engine._piece_table(vb, nb), sims[:na], axis=1)
    clause[~content_a, :] = -1.0
    clause[:, ~content_b] = -1.0
    ii, jj = (np.array(x, dtype=np.intp) for x in zip(*cands.pairs, strict=True))
    within_a, within_b = _within(va.whole, content_a), _within(vb.whole, content_b)
    here, clause_t = clause[ii, jj], clause.T
    rivals_a = clause[ii, :] > here[:, None]
    rivals_b = clause_t[jj, :] > here[:, None]
    out = {}
    if "rank" in variants:
        rivals_a &= within_b[jj, :] < clause[ii, :]
        rivals_b &= within_a[ii, :] < clause_t[jj, :]
    if "piece_rank" in variants:
        # Pieces of passages without content are nobody's rivals (as _piece_evidence).
        pieces_a = content_a[np.r_[np.arange(na), va.owners].astype(np.intp)]
        pieces_b = content_b[np.r_[np.arange(nb), vb.owners].astype(np.intp)]
        sims[~pieces_a, :] = -1.0
        sims[:, ~pieces_b] = -1.0
        rivals_a, rivals_b = _piece_rivals(sims, va, vb, content_a, content_b, ii, jj)
    if variants & {"rank", "piece_rank"}:
        out[RANK] = np.log2(1.0 + rivals_a.sum(axis=1)) + np.log2(1.0 + rivals_b.sum(axis=1))
    if variants & {"margins", "margins_strict"}:
        strict = "margins_strict" in variants
        out[FEATURES.index("margin")] = _margin_without_restatements(
            cos, within_a, within_b, ii, jj, strict=strict
        )
        out[FEATURES.index("clause_margin")] = _margin_without_restatements(
            clause, within_a, within_b, ii, jj, strict=strict
        )
    return out


def use_aware(gold: ev.Gold, variants: frozenset[str], *, added: bool) -> None:
    """The restatement-aware columns in place of the engine's (``added``: appended
    to the features instead, in column order), every candidate, in place."""
    replaced = sorted(
        ({RANK} if variants & {"rank", "piece_rank"} else set())
        | (
            {FEATURES.index("margin"), FEATURES.index("clause_margin")}
            if variants & {"margins", "margins_strict"}
            else set()
        )
    )
    for k, cands in enumerate(gold.candidates):
        columns = aware_columns(gold, k, variants)
        n = len(cands.pairs)
        if added:
            extra = np.zeros((n, len(replaced)))
            for m, c in enumerate(replaced):
                extra[:, m] = columns.get(c, 0.0)
            cands.features = np.hstack([cands.features, extra])
        else:
            for c, values in columns.items():
                cands.features[:, c] = values


# -- split partners -------------------------------------------------------------------

NEIGHBOUR_DELTA: float | None = None
# "adjacent": a link's neighbours j+-1, i+-1; "restated": the partner's restatements.
SPLIT_MODE = "adjacent"
NEIGHBOUR_DELTAS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3)


def decide_with_split_partners(state, ia, ib, cands, scorer):
    """``engine.decide``, then a passage one article says in one sentence and the other
    splits in two next to each other links to both: the candidates just before or
    after a link's partner, in either article, scored at least the threshold lowered
    by ``NEIGHBOUR_DELTA``."""
    out = engine.decide(state, ia, ib, cands, scorer)
    if NEIGHBOUR_DELTA is None or not cands.has_meaning:
        return out
    same = state.same_language(ia, ib)
    model = scorer.model(not same)
    probability = model.probability(cands.features)
    linked = {(i, j) for i, j, _, _ in out}
    where = {ij: n for n, ij in enumerate(cands.pairs)}
    if SPLIT_MODE == "restated":
        # Instead of the neighbours: the candidates (i, j') whose j' is closer to j
        # (whole cos within b) than to i (clause cos), and symmetrically.
        wa, wb = state.vectors[ia].whole, state.vectors[ib].whole
        clause_cos = cands.features[:, FEATURES.index("clause_cos")]
        around: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for i, j in cands.pairs:
            for m, (i2, j2) in enumerate(cands.pairs):
                if i2 == i and j2 != j:
                    within = float(wb[j] @ wb[j2])
                elif j2 == j and i2 != i:
                    within = float(wa[i] @ wa[i2])
                else:
                    continue
                if within >= clause_cos[m]:
                    around.setdefault((i, j), []).append((i2, j2))
    for i, j in sorted(linked):
        if SPLIT_MODE == "restated":
            others = around.get((i, j), [])
        else:
            others = [(i, j - 1), (i, j + 1), (i - 1, j), (i + 1, j)]
        for ij in others:
            n = where.get(ij)
            if n is None or ij in linked or probability[n] < model.threshold - NEIGHBOUR_DELTA:
                continue
            lex = cands.lexical[n]
            if lex is not None and lex.kind in LEXICAL:
                continue
            linked.add(ij)
            out.append((*ij, "paraphrase" if same else "translation", float(probability[n])))
    return out


def add_split_gain(gold: ev.Gold) -> None:
    """Append one column (in place): how much closer a passage comes to its candidate
    partner once the partner's neighbour is added to it (a claim one article says in
    one sentence and the other in two next to each other), either way: the best
    cos(a_i, unit(b_j + b_j+-1)) or cos(b_j, unit(a_i + a_i+-1)), minus cos(a_i, b_j)."""
    for k, p in enumerate(gold.pairs):
        cands = gold.candidates[k]
        gain = np.zeros(len(cands.pairs))
        if cands.has_meaning and cands.pairs:
            va, vb = gold.state.vectors[p.ia].whole, gold.state.vectors[p.ib].whole
            ca, cb = gold.state.tables[p.ia].content, gold.state.tables[p.ib].content
            for n, (i, j) in enumerate(cands.pairs):
                base = float(va[i] @ vb[j])
                best = base
                for x, y, vy, cy in ((va[i], j, vb, cb), (vb[j], i, va, ca)):
                    for z in (y - 1, y + 1):
                        if 0 <= z < len(vy) and cy[z]:
                            merged = vy[y] + vy[z]
                            best = max(best, float(x @ merged) / max(np.linalg.norm(merged), 1e-9))
                gain[n] = best - base
        cands.features = np.hstack([cands.features, gain[:, None]])


# -- part-of-passage evidence (quality8) ----------------------------------------------
# A passage's several gold partners are mostly a split claim: the other article says it
# in two sentences next to each other, or inside a clause of a longer passage.


def _merge_matrices(state, ia: int, ib: int):
    """Cosines of a's passages with b's merged neighbours (``to_b``: na x nb-1) and of
    a's merged neighbours with b's passages (``to_a``: na-1 x nb); -1 where either has
    no content: the engine's ``_split_matrices`` (ported from here; its
    ``_split_margin_at`` is this tool's ``split_margin`` in array form)."""
    return engine._split_matrices(
        state.vectors[ia], state.vectors[ib], state.tables[ia].content, state.tables[ib].content
    )


def _best_both_ways(matrix: np.ndarray, mutual: bool) -> list[tuple[int, int]]:
    """Cells that are their row's best and (``mutual``) / or their column's best, cos
    at least the engine's floor."""
    if matrix.size == 0:
        return []
    rows = np.zeros(matrix.shape, dtype=bool)
    cols = np.zeros(matrix.shape, dtype=bool)
    rows[np.arange(matrix.shape[0]), matrix.argmax(axis=1)] = True
    cols[matrix.argmax(axis=0), np.arange(matrix.shape[1])] = True
    best = (rows & cols) if mutual else (rows | cols)
    best &= matrix >= engine._COS_FLOOR
    return list(zip(*np.nonzero(best), strict=True))


def merge_cells(state, ia: int, ib: int, mode: str) -> set[tuple[int, int]]:
    """Candidate cells from split claims: where a passage i of a is the best match of
    b's merged neighbours (j, j + 1) and they are its best among b's merges (``mutual``;
    ``either``: one of the two; ``beats``: mutual, and the merge closer to i than any
    single passage of b is), the cells (i, j) and (i, j + 1); symmetrically."""
    if state.vectors[ia] is None or state.vectors[ib] is None:
        return set()
    to_b, to_a = _merge_matrices(state, ia, ib)
    mutual = mode in ("mutual", "beats")
    if mode == "beats":
        # The merge must match better than any single passage of its side does.
        va, vb = state.vectors[ia], state.vectors[ib]
        ca, cb = state.tables[ia].content, state.tables[ib].content
        single = va.whole @ vb.whole.T
        single[~ca, :] = -1.0
        single[:, ~cb] = -1.0
        to_b = np.where(to_b > single.max(axis=1, initial=-1.0)[:, None], to_b, -1.0)
        to_a = np.where(to_a > single.max(axis=0, initial=-1.0)[None, :], to_a, -1.0)
    out = set()
    for i, m in _best_both_ways(to_b, mutual):
        out |= {(int(i), int(m)), (int(i), int(m) + 1)}
    for m, j in _best_both_ways(to_a, mutual):
        out |= {(int(m), int(j)), (int(m) + 1, int(j))}
    return out


MERGE_MODE: str | None = None


def pair_candidates_with_merges(state, ia: int, ib: int) -> engine.Candidates:
    """``engine.pair_candidates`` with :func:`merge_cells` (``MERGE_MODE``) added to
    its nearest-neighbour cells (the features computed by the engine as for any cell)."""
    if MERGE_MODE is None:
        return engine.pair_candidates(state, ia, ib)
    extra = merge_cells(state, ia, ib, MERGE_MODE)
    original = engine._neighbours

    def neighbours(matrix, rows, cols):
        width = matrix.shape[1]
        cells = np.array([i * width + j for i, j in extra], dtype=np.int64)
        return np.union1d(original(matrix, rows, cols), cells)

    engine._neighbours = neighbours
    try:
        return engine.pair_candidates(state, ia, ib)
    finally:
        engine._neighbours = original


def _ratio_margin(values: np.ndarray, k: int = engine._MARGIN_K) -> np.ndarray:
    """The engine's ratio margin over any matrix (rows and columns -1 where masked)."""
    if values.size == 0:
        return values.copy()
    near_rows = engine._top_k_mean(np.array(values, dtype=np.float64, order="C"), k)
    near_cols = engine._top_k_mean(np.array(values.T, dtype=np.float64, order="C"), k)
    return values / np.maximum((near_rows[:, None] + near_cols[None, :]) / 2.0, 1e-3)


def piece_covers(gold: ev.Gold, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Per candidate (i, j) of pair ``k``: how well each side is covered by the other,
    one side at a time: over the pieces (whole and clauses) of i, the worst one's best
    cos with any piece of j (``cover_a``), and the same for j (``cover_b``).  The
    engine's piece_cover is their minimum."""
    p, cands = gold.pairs[k], gold.candidates[k]
    n = len(cands.pairs)
    cover_a, cover_b = np.zeros(n), np.zeros(n)
    if not cands.has_meaning or not n:
        return cover_a, cover_b
    va, vb = gold.state.vectors[p.ia], gold.state.vectors[p.ib]
    na, nb = len(va.whole), len(vb.whole)
    sims = engine._stacked(va) @ engine._stacked(vb).T
    ta, tb = engine._piece_table(va, na), engine._piece_table(vb, nb)
    for m, (i, j) in enumerate(cands.pairs):
        block = sims[np.ix_(ta[i][ta[i] >= 0], tb[j][tb[j] >= 0])]
        cover_a[m] = block.max(axis=1).min()
        cover_b[m] = block.max(axis=0).min()
    return cover_a, cover_b


PART_COLUMNS = (
    "cover_max",
    "cover_short",
    "split_cos",
    "split_margin",
    "split_mutual",
    "split_cover",
)


def split_covers(gold: ev.Gold, k: int) -> np.ndarray:
    """Per candidate (i, j) of pair ``k``: how well i is covered by j together with a
    neighbour z = j +- 1 (over i's pieces, the worst one's best cos with any piece of
    j or z), counted only when j is the best match of at least one of i's pieces (j
    carries part of the claim; else the cover by j alone); the same with the sides
    swapped, the larger."""
    p, cands = gold.pairs[k], gold.candidates[k]
    out = np.zeros(len(cands.pairs))
    if not cands.has_meaning or not cands.pairs:
        return out
    va, vb = gold.state.vectors[p.ia], gold.state.vectors[p.ib]
    ca, cb = gold.state.tables[p.ia].content, gold.state.tables[p.ib].content
    na, nb = len(va.whole), len(vb.whole)
    sims = engine._stacked(va) @ engine._stacked(vb).T
    ta, tb = engine._piece_table(va, na), engine._piece_table(vb, nb)

    def one_way(block_of, own, other, n_other, content_other):
        alone = block_of(own, [other])
        best = float(alone.max(axis=1).min())
        for z in (other - 1, other + 1):
            if 0 <= z < n_other and content_other[z]:
                block = block_of(own, [other, z])
                carried = (block.argmax(axis=1) < alone.shape[1]).any()
                if carried:
                    best = max(best, float(block.max(axis=1).min()))
        return best

    def a_by_b(i, js):
        cols = np.concatenate([tb[j][tb[j] >= 0] for j in js])
        return sims[np.ix_(ta[i][ta[i] >= 0], cols)]

    def b_by_a(j, iis):
        rows = np.concatenate([ta[i][ta[i] >= 0] for i in iis])
        return sims[np.ix_(rows, tb[j][tb[j] >= 0])].T

    for m, (i, j) in enumerate(cands.pairs):
        out[m] = max(one_way(a_by_b, i, j, nb, cb), one_way(b_by_a, j, i, na, ca))
    return out


def part_columns(gold: ev.Gold, k: int, names: tuple[str, ...]) -> np.ndarray:
    """Added feature columns of pair ``k``'s candidates, in the order of ``names``:

    * ``cover_max``: the better covered side's cover (:func:`piece_covers`): one side
      wholly said by a part of the other (a clause, or the whole of a short passage);
    * ``cover_short``: the cover of the shorter side (fewer pieces; ties: the larger);
    * ``split_cos``: the best cos of i with j merged with its neighbour (j-1, j or
      j, j+1), or of j with i merged with its neighbour;
    * ``split_margin``: the ratio margin of that cell within its merged matrix;
    * ``split_mutual``: 1 if that cell is mutual best in its merged matrix."""
    p, cands = gold.pairs[k], gold.candidates[k]
    n = len(cands.pairs)
    out = np.zeros((n, len(names)))
    if not cands.has_meaning or not n:
        return out
    cover_a, cover_b = piece_covers(gold, k)
    va, vb = gold.state.vectors[p.ia], gold.state.vectors[p.ib]
    na, nb = len(va.whole), len(vb.whole)
    ta, tb = engine._piece_table(va, na), engine._piece_table(vb, nb)
    size_a, size_b = (ta >= 0).sum(axis=1), (tb >= 0).sum(axis=1)
    to_b, to_a = _merge_matrices(gold.state, p.ia, p.ib)
    margin_b, margin_a = _ratio_margin(to_b), _ratio_margin(to_a)
    mutual_b = set(_best_both_ways(to_b, True))
    mutual_a = set(_best_both_ways(to_a, True))
    split_cover = split_covers(gold, k) if "split_cover" in names else np.zeros(n)
    for m, (i, j) in enumerate(cands.pairs):
        best = (-1.0, 0.0, 0.0)
        for z in (j - 1, j):
            if 0 <= z < to_b.shape[1] and to_b[i, z] > -1.0:
                best = max(
                    best, (float(to_b[i, z]), float(margin_b[i, z]), float((i, z) in mutual_b))
                )
        for z in (i - 1, i):
            if 0 <= z < to_a.shape[0] and to_a[z, j] > -1.0:
                best = max(
                    best, (float(to_a[z, j]), float(margin_a[z, j]), float((z, j) in mutual_a))
                )
        short = (
            cover_a[m]
            if size_a[i] < size_b[j]
            else cover_b[m]
            if size_b[j] < size_a[i]
            else max(cover_a[m], cover_b[m])
        )
        values = {
            "cover_max": max(cover_a[m], cover_b[m]),
            "cover_short": short,
            "split_cos": max(best[0], 0.0),
            "split_margin": max(best[1], 0.0),
            "split_mutual": best[2],
            "split_cover": split_cover[m],
        }
        out[m] = [values[name] for name in names]
    return out


def add_part_columns(gold: ev.Gold, names: tuple[str, ...], replaced: tuple[str, ...] = ()) -> None:
    """:func:`part_columns` appended to every candidate's features (in place); the
    first ``len(replaced)`` of them in place of the engine's features ``replaced``
    instead (in order)."""
    for k, cands in enumerate(gold.candidates):
        columns = part_columns(gold, k, names)
        for m, feature in enumerate(replaced):
            cands.features[:, FEATURES.index(feature)] = columns[:, m]
        cands.features = np.hstack([cands.features, columns[:, len(replaced) :]])


def merge_recovery(gold: ev.Gold, keys) -> str:
    """How many gold links of ``keys`` are candidates, and how many candidates."""
    found = sum(ij in set(gold.candidates[k].pairs) for k in keys for ij in gold.pairs[k].sure)
    total = sum(len(gold.pairs[k].sure) for k in keys)
    cands = sum(len(gold.candidates[k].pairs) for k in keys)
    return f"gold links in candidates {found}/{total} (never {total - found}), candidates {cands}"


def record(model=linear, prepare=lambda gold: None) -> tuple[ev.Gold, dict[int, ev.Report]]:
    """``make eval``'s figure of record, pair by pair: the 46 training pairs aligned as
    their own event, leave one source family out."""
    gold = ev.load_gold(ev.GOLD_PATHS)
    prepare(gold)
    families = np.asarray(ev.source_families(gold))
    per: dict[int, ev.Report] = {}
    for held in ev.family_folds(gold):
        train = [k for k in range(len(gold.pairs)) if k not in held]
        x, y, rows_pair = ev.training_rows(gold, train)
        scorer = model(x, y, families[rows_pair.astype(int)])
        for k in held:
            per[k] = ev.evaluate(scorer, gold, only=[k])
    return gold, per


def run_split_partners(gold: ev.Gold, folds, pool, group_of) -> dict[int, ev.Report]:
    """Held-out reports with ``decide_with_split_partners`` on, its threshold lowering
    chosen within each training pool by inner folds of groups (best summed F1 over
    :data:`NEIGHBOUR_DELTAS`, ties to the smaller); the scorer as :func:`linear`."""
    global NEIGHBOUR_DELTA
    group_of = np.asarray(group_of)
    ev.decide = decide_with_split_partners

    def fitted(train):
        x, y, rows_pair = ev.training_rows(gold, train)
        _, groups = np.unique(group_of[rows_pair.astype(int)], return_inverse=True)
        return linear(x, y, groups)

    per: dict[int, ev.Report] = {}
    try:
        for held in folds:
            train = [k for k in pool if k not in held]
            unique = sorted(set(group_of[train].tolist()))
            n_inner = min(INNER_FOLDS, len(unique))
            totals = np.zeros((len(NEIGHBOUR_DELTAS), 3))
            for f in range(n_inner):
                inner = [k for k in train if group_of[k] in unique[f::n_inner]]
                scorer = fitted([k for k in train if k not in inner])
                for d, delta in enumerate(NEIGHBOUR_DELTAS):
                    NEIGHBOUR_DELTA = delta
                    rep = ev.evaluate(scorer, gold, only=inner)
                    totals[d] += (rep.links.tp, rep.links.fp, rep.links.fn)
            f1 = 2 * totals[:, 0] / np.maximum(2 * totals[:, 0] + totals[:, 1] + totals[:, 2], 1)
            NEIGHBOUR_DELTA = NEIGHBOUR_DELTAS[int(np.argmax(f1))]
            print(f"  fold of {len(held)}: delta {NEIGHBOUR_DELTA}", flush=True)
            scorer = fitted(train)
            for k in held:
                per[k] = ev.evaluate(scorer, gold, only=[k])
    finally:
        NEIGHBOUR_DELTA = None
        ev.decide = engine.decide
    return per


# -- context stacking -------------------------------------------------------------
# Stage 1: the linear scorer; stage 2: a logistic regression over each candidate's
# stage-1 logit (minus the threshold's) and its context in the pair: the best other
# candidate of i and of j (logit, and the whole cos within the article between j and
# that other partner, or i and its), and the best candidate next to it ((i, j+-1),
# (i+-1, j)).  Stage 2 is fitted on out-of-fold stage-1 logits (inner folds of
# groups), its threshold the best F1 on its training rows.  All chosen a priori.

NONE = -10.0  # the logit of "no such candidate"


def _logits(scorer, gold: ev.Gold, k: int) -> np.ndarray:
    p, cands = gold.pairs[k], gold.candidates[k]
    model = scorer.model(p.cross)
    z = ((cands.features - model.mean) / model.scale) @ model.weights + model.bias
    t = np.log(model.threshold / (1 - model.threshold))
    return np.clip(z - t, -30, 30)


def _context(gold: ev.Gold, k: int, z: np.ndarray) -> np.ndarray:
    p, cands = gold.pairs[k], gold.candidates[k]
    wa, wb = gold.state.vectors[p.ia].whole, gold.state.vectors[p.ib].whole
    where = {ij: n for n, ij in enumerate(cands.pairs)}
    out = np.zeros((len(cands.pairs), 6))
    for n, (i, j) in enumerate(cands.pairs):
        row = [(z[m], float(wb[j] @ wb[b])) for (a, b), m in where.items() if a == i and b != j]
        col = [(z[m], float(wa[i] @ wa[a])) for (a, b), m in where.items() if b == j and a != i]
        best_row = max(row, default=(NONE, 0.0))
        best_col = max(col, default=(NONE, 0.0))
        adjacent = [
            z[where[ij]] for ij in ((i, j - 1), (i, j + 1), (i - 1, j), (i + 1, j)) if ij in where
        ]
        out[n] = (z[n], *best_row, *best_col, max(adjacent, default=NONE))
    return out


class _Stacked:
    def __init__(self, first, second):
        self.first, self.second = first, second


def fit_stacked(gold: ev.Gold, train, group_of) -> _Stacked:
    group_of = np.asarray(group_of)

    def fitted(keys):
        x, y, rows_pair = ev.training_rows(gold, keys)
        _, groups = np.unique(group_of[rows_pair.astype(int)], return_inverse=True)
        return linear(x, y, groups)

    unique = sorted(set(group_of[train].tolist()))
    n_inner = min(INNER_FOLDS, len(unique))
    z_of: dict[int, np.ndarray] = {}
    for f in range(n_inner):
        inner = [k for k in train if group_of[k] in unique[f::n_inner]]
        scorer = fitted([k for k in train if k not in inner])
        for k in inner:
            if gold.candidates[k].has_meaning and gold.candidates[k].pairs:
                z_of[k] = _logits(scorer, gold, k)
    rows, labels, cross = [], [], []
    for k in train:
        p, cands = gold.pairs[k], gold.candidates[k]
        if k not in z_of:
            continue
        context = _context(gold, k, z_of[k])
        for n, ij in enumerate(cands.pairs):
            lex = cands.lexical[n]
            if ij in p.optional or (lex is not None and lex.kind in LEXICAL):
                continue
            rows.append(context[n])
            labels.append(1.0 if ij in p.sure else 0.0)
            cross.append(p.cross)
    x, y, c = np.array(rows), np.array(labels), np.array(cross)
    second = {flag: fit_model(x[c == flag], y[c == flag]) for flag in (False, True)}
    return _Stacked(fitted(train), second)


def decide_stacked(stacked: _Stacked, gold: ev.Gold, k: int):
    """``engine.decide`` with stage 2 in place of the scorer's threshold."""
    p, cands = gold.pairs[k], gold.candidates[k]
    out = []
    probability = None
    if cands.has_meaning and cands.pairs:
        second = stacked.second[p.cross]
        probability = second.probability(_context(gold, k, _logits(stacked.first, gold, k)))
    for n, (i, j) in enumerate(cands.pairs):
        lex = cands.lexical[n]
        if lex is not None and lex.kind in LEXICAL:
            out.append((i, j, lex.kind, float(lex.score)))
        elif probability is not None and probability[n] >= second.threshold:
            out.append((i, j, "translation" if p.cross else "paraphrase", float(probability[n])))
        elif probability is None and lex is not None and lex.kind == "paraphrase":
            out.append((i, j, "paraphrase", float(lex.score)))
    return out


def run_stacked(gold: ev.Gold, folds, pool, group_of) -> dict[int, ev.Report]:
    per: dict[int, ev.Report] = {}
    index = {id(c): k for k, c in enumerate(gold.candidates)}

    def hook(stacked, state, ia, ib, cands, scorer):
        return decide_stacked(stacked, gold, index[id(cands)])

    try:
        for held in folds:
            stacked = fit_stacked(gold, [k for k in pool if k not in held], group_of)
            ev.decide = partial(hook, stacked)
            for k in held:
                per[k] = ev.evaluate(stacked.first, gold, only=[k])
    finally:
        ev.decide = engine.decide
    return per


def _counts(per, keys) -> dict[str, list[int]]:
    """Per gold pair id: tp, fp, fn (for paired comparisons between runs)."""
    return {str(k): [per[k].links.tp, per[k].links.fp, per[k].links.fn] for k in keys}


def paired(base: dict[str, list[int]], new: dict[str, list[int]], draws=2000, seed=0):
    """F1 of each run, their difference and its paired bootstrap SE (pairs resampled
    together)."""
    keys = sorted(set(base) & set(new))
    a = np.array([base[k] for k in keys])
    b = np.array([new[k] for k in keys])

    def f1(c):
        tp, fp, fn = c.sum(axis=0)
        return 2 * tp / max(2 * tp + fp + fn, 1)

    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(draws):
        pick = rng.integers(0, len(keys), len(keys))
        diffs.append(f1(b[pick]) - f1(a[pick]))
    return f1(a), f1(b), f1(b) - f1(a), float(np.std(diffs))


def judge_run(run) -> dict:
    """``--judge`` with a protocol of its own (``run(gold, folds, pool, group_of)``):
    make eval's folds (record) and leave one set out (sets), printed and returned."""
    gold = ev.load_gold(ev.GOLD_PATHS)
    families = ev.source_families(gold)
    keys = list(range(len(gold.pairs)))
    per = run(gold, ev.family_folds(gold), keys, families)
    print(line("record: make eval folds", per, keys), flush=True)
    saved = {"record": _counts(per, keys)}
    exp = Experiment()
    s, every = exp.sets, list(range(len(exp.gold.pairs)))
    per = run(exp.gold, [s["46"], s["h4"], s["h5"]], every, exp.group)
    print(line("sets, all 85", per, every), flush=True)
    saved["sets"] = _counts(per, every)
    return saved


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", action="append", choices=sorted(MODELS))
    ap.add_argument("--analyse", action="store_true")
    ap.add_argument(
        "--restatements", action="store_true", help="add_restatement_evidence: 2 more features"
    )
    ap.add_argument(
        "--aware",
        default="",
        help="aware_columns in place of the engine's, comma-separated: rank, margins, "
        "piece_rank (rivals that restate the partner do not count)",
    )
    ap.add_argument(
        "--judge",
        action="store_true",
        help="only the two protocols of record (make eval's folds; sets), per pair",
    )
    ap.add_argument("--save", help="with --judge: per-pair counts to this JSON file")
    ap.add_argument("--paired", help="with --judge: a --save file to compare with")
    ap.add_argument("--extra", default="", help="like --aware, as columns added to the features")
    ap.add_argument("--stacked", action="store_true", help="with --judge: run_stacked")
    ap.add_argument("--split-gain", action="store_true", help="add_split_gain: 1 more feature")
    ap.add_argument(
        "--split-partners",
        nargs="?",
        const="adjacent",
        choices=("adjacent", "restated"),
        help="with --judge: decide_with_split_partners, its threshold by inner folds",
    )
    ap.add_argument(
        "--part",
        default="",
        help=f"part_columns added as features, comma-separated: {', '.join(PART_COLUMNS)}",
    )
    ap.add_argument(
        "--merge-candidates",
        choices=("mutual", "either", "beats"),
        help="merge_cells added to the candidates (split claims)",
    )
    ap.add_argument(
        "--replace",
        default="",
        help="with --part: engine features (comma-separated) that its first columns "
        "replace, in order (e.g. piece_cover), instead of being added",
    )
    ap.add_argument(
        "--fixed-threshold",
        type=float,
        help="both models' decision threshold fixed (not chosen by inner folds)",
    )
    args = ap.parse_args(argv)
    global MERGE_MODE, FIXED_THRESHOLD
    FIXED_THRESHOLD = args.fixed_threshold
    part = tuple(filter(None, args.part.split(",")))
    replaced = tuple(filter(None, args.replace.split(",")))
    if not set(replaced) <= set(FEATURES) or len(replaced) > len(part):
        ap.error("--replace: engine features, at most as many as --part columns")
    if not set(part) <= set(PART_COLUMNS):
        ap.error(f"--part: some of {', '.join(PART_COLUMNS)}")
    if args.merge_candidates:
        MERGE_MODE = args.merge_candidates
        ev.pair_candidates = pair_candidates_with_merges
    aware = frozenset(filter(None, args.aware.split(",")))
    extra = frozenset(filter(None, args.extra.split(",")))
    if not (aware | extra) <= set(AWARE):
        ap.error(f"--aware, --extra: some of {', '.join(AWARE)}")

    def prepare(gold: ev.Gold) -> None:
        if aware:
            use_aware(gold, aware, added=False)
        if extra:
            use_aware(gold, extra, added=True)
        if args.split_gain:
            add_split_gain(gold)
        if part:
            add_part_columns(gold, part, replaced)

    if args.judge and (args.stacked or args.split_partners):
        if args.split_partners:
            global SPLIT_MODE
            SPLIT_MODE = args.split_partners
        saved = judge_run(run_stacked if args.stacked else run_split_partners)
    elif args.judge:
        gold, per = record(prepare=prepare)
        keys = list(range(len(gold.pairs)))
        print(f"record: {merge_recovery(gold, keys)}")
        print(line("record: make eval folds", per, keys), flush=True)
        saved = {"record": _counts(per, keys)}
        exp = Experiment()
        if args.restatements:
            add_restatement_evidence(exp.gold)
        prepare(exp.gold)
        s, every = exp.sets, list(range(len(exp.gold.pairs)))
        per = exp.run(linear, [s["46"], s["h4"], s["h5"]], every)
        print(f"sets: {merge_recovery(exp.gold, every)}")
        print(line("sets, all 85", per, every), flush=True)
        saved["sets"] = _counts(per, every)
    if args.judge:
        if args.save:
            Path(args.save).write_text(json.dumps(saved) + "\n", encoding="utf-8")
        if args.paired:
            base = json.loads(Path(args.paired).read_text(encoding="utf-8"))
            for name in ("record", "sets"):
                f0, f1, d, se = paired(base[name], saved[name])
                print(f"paired {name}: F1 {f0:.3f} -> {f1:.3f}, diff {d:+.3f} (paired SE {se:.3f})")
        return 0
    exp = Experiment()
    if args.restatements:
        add_restatement_evidence(exp.gold)
    prepare(exp.gold)
    if args.analyse:
        analyse(exp, exp.folds46, exp.sets["46"], "46 folds, train 46")
        s = exp.sets
        analyse(exp, [s["46"], s["h4"], s["h5"]], list(range(len(exp.gold.pairs))), "sets")
    for name in args.model or ["lr"]:
        for title, per, keys in exp.protocols(MODELS[name]):
            print(line(f"{name}: {title}", per, keys), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
