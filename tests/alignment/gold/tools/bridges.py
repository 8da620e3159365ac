"""Bridges through third articles (branch ``quality10``): an experiment.

Usage, from the repository root (a few minutes)::

    PYTHONPATH=. nice -n 10 .venv/bin/python tests/alignment/gold/tools/bridges.py \
        --variant feature:bridge [--floor 0.3] [--save FILE]

Evidence tried: an event has many articles; if passage i of A and passage k of a third
article C are linked with high confidence, and k and passage j of B too, (i, j) likely
say the same thing.  Stage 1 is the linear scorer (``scorer.fit``).  Every comparable
article pair of the event gets its candidates (``engine.pair_candidates``, not only the
gold pairs); an edge is a candidate with weight its stage-1 probability (the lexical
copy kinds: 1), kept when >= ``--floor``.  For a candidate (i, j) of A, B:

* ``bridge``: max over third articles C and passages k of min(w(i, k), w(k, j));
* ``bridges``: the number of third articles with such a path of min >= 0.5.

Leakage: a held-out pair's bridges come from the stage-1 scorer fitted on the fold's
training pairs only; a training row's (to fit stage 2 or choose thresholds) from
stage-1 scorers fitted by inner folds of groups without that row's group.

Variants (``--variant``, repeatable; the base, stage 1 alone, always runs):

* ``feature:COLS`` (``bridge`` and/or ``bridges``, comma-separated): columns added to
  the features, the scorer refitted on them (stage 2);
* ``featurex:COLS``: the same, the columns 0 within one language (the same-language
  model then ignores them; same-language links are the base's);
* ``veto:cross`` / ``veto:both``: a scorer link (not a copy) is dropped when it has
  at most v bridges while both passages reach at least m other articles (edges >= 0.5)
  (v, m chosen on the training rows' out-of-fold values, none unless it improves);
* ``rule:cross`` / ``rule:both``: link (i, j) also when bridge >= t1 and its stage-1
  probability >= t2 (t1, t2 chosen on the training rows' out-of-fold values, best F1,
  no rule unless it strictly improves), across languages only or in both models.

Protocols, pair by pair: ``record`` (``make eval``'s folds: the 46 aligned as their own
event, leave one source family out) and ``sets`` (leave one set out over every spent
set: the 46, heldout4, 5, 6, 7, 8, aligned as one event, inner groups set:family).
Each variant is compared with the base of the same run by paired bootstrap.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from itertools import combinations
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cv_experiments import _counts, line, paired  # noqa: E402

from mediacompare.alignment import engine  # noqa: E402
from mediacompare.alignment import evaluate as ev  # noqa: E402
from mediacompare.alignment.scorer import FEATURES, INNER_FOLDS, fit  # noqa: E402

LEXICAL = ("verbatim", "edited", "partial")
CROSS = FEATURES.index("cross_language")
SET_FILES = [
    ("46", ev.GOLD_DIR / "gold.json"),
    ("46", ev.GOLD_DIR / "heldout3" / "heldout3.json"),
    *((f"h{n}", ev.GOLD_DIR / f"heldout{n}" / f"heldout{n}.json") for n in range(4, 9)),
]
T1_GRID = (0.5, 0.6, 0.7, 0.8, 0.9)
T2_GRID = (0.02, 0.05, 0.1, 0.2, 0.3)
VETO_GRID = (0, 1, 2)
REACH_GRID = (1, 2, 3, 5)


class Event:
    """Every comparable article pair's candidates, flattened into one edge list."""

    def __init__(self, gold: ev.Gold) -> None:
        self.gold = gold
        state = gold.state
        n = len(state.documents)
        sizes = [len(d.passages) for d in state.documents]
        self.offset = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        self.article = np.repeat(np.arange(n), sizes)
        self.nodes = int(self.offset[-1])
        pairs: dict[tuple[int, int], engine.Candidates] = {}
        for k, p in enumerate(gold.pairs):
            pairs[(p.ia, p.ib)] = gold.candidates[k]
        t0 = time.process_time()
        for ia, ib in combinations(range(n), 2):
            if (ia, ib) in pairs or (ib, ia) in pairs or not state.comparable(ia, ib):
                continue
            pairs[(ia, ib)] = engine.pair_candidates(state, ia, ib)
        self.candidate_seconds = time.process_time() - t0
        us, vs, xs, cross, copy, meaning = [], [], [], [], [], []
        self.slices: dict[tuple[int, int], slice] = {}
        at = 0
        for (ia, ib), c in pairs.items():
            if not c.pairs:
                continue
            ii, jj = np.array(c.pairs, dtype=np.int64).T
            us.append(self.offset[ia] + ii)
            vs.append(self.offset[ib] + jj)
            xs.append(c.features)
            m = len(c.pairs)
            cross.append(np.full(m, not state.same_language(ia, ib)))
            copy.append(np.array([lex is not None and lex.kind in LEXICAL for lex in c.lexical]))
            meaning.append(np.full(m, c.has_meaning))
            self.slices[(ia, ib)] = slice(at, at + m)
            at += m
        self.u, self.v = np.concatenate(us), np.concatenate(vs)
        self.x = np.vstack(xs)
        self.cross, self.copy = np.concatenate(cross), np.concatenate(copy)
        self.meaning = np.concatenate(meaning)
        self.article_pairs = len(pairs)

    def weights(self, scorer) -> tuple[np.ndarray, np.ndarray]:
        """Stage-1 probability of every candidate of the event (copies: 1), and whether
        the scorer links it (above its threshold, or a copy)."""
        p = np.zeros(len(self.u))
        above = self.copy.copy()
        for flag in (False, True):
            rows = self.meaning & (self.cross == flag)
            model = scorer.model(flag)
            p[rows] = model.probability(self.x[rows])
            above[rows] |= p[rows] >= model.threshold
        p[self.copy] = 1.0
        return p, above

    def pair_rows(self, k: int) -> slice:
        p = self.gold.pairs[k]
        return self.slices.get((p.ia, p.ib), slice(0, 0))


def bridge_values(ev_: Event, w: np.ndarray, floor: float):
    """Per candidate of the event: (bridge, bridges, reach), from edge weights ``w``;
    reach: the smaller, over the two passages, of the number of other articles (not
    the pair's) where the passage has an edge of weight >= 0.5."""
    keep = w >= floor
    src = np.concatenate([ev_.u[keep], ev_.v[keep]])
    dst = np.concatenate([ev_.v[keep], ev_.u[keep]])
    ww = np.concatenate([w[keep], w[keep]])
    order = np.argsort(src, kind="stable")
    src, dst, ww = src[order], dst[order], ww[order]
    n = ev_.nodes
    deg = np.bincount(src, minlength=n)
    start = np.concatenate([[0], np.cumsum(deg)])[:-1]
    counts = deg[src]
    total = int(counts.sum())
    first = np.repeat(np.arange(len(src)), counts)
    within = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    second = start[src[first]] + within
    a, b = dst[first], dst[second]
    ok = ev_.article[a] != ev_.article[b]
    key = a[ok] * n + b[ok]
    val = np.minimum(ww[first], ww[second])[ok]
    mid = ev_.article[src[first]][ok]
    target = ev_.u * n + ev_.v
    bridge = np.zeros(len(target))
    number = np.zeros(len(target))
    if len(key):
        uk, inverse = np.unique(key, return_inverse=True)
        best = np.zeros(len(uk))
        np.maximum.at(best, inverse, val)
        # Independent bridges: distinct third articles with a path of min >= 0.5.
        strong = val >= 0.5
        sk = np.unique(key[strong] * (int(ev_.article.max()) + 1) + mid[strong])
        per_key = np.zeros(len(uk))
        if len(sk):
            where = np.searchsorted(uk, sk // (int(ev_.article.max()) + 1))
            np.add.at(per_key, where, 1.0)
        pos = np.clip(np.searchsorted(uk, target), 0, len(uk) - 1)
        hit = uk[pos] == target
        bridge[hit] = best[pos[hit]]
        number[hit] = per_key[pos[hit]]
    reach = np.zeros(len(target))
    strong = ww >= 0.5
    span = int(ev_.article.max()) + 1
    seen = np.unique(src[strong] * span + ev_.article[dst[strong]])
    if len(seen):
        count = np.bincount(seen // span, minlength=n).astype(float)

        def has(node, art):
            keys = node * span + art
            pos = np.clip(np.searchsorted(seen, keys), 0, len(seen) - 1)
            return (seen[pos] == keys).astype(float)

        reach_u = count[ev_.u] - has(ev_.u, ev_.article[ev_.v])
        reach_v = count[ev_.v] - has(ev_.v, ev_.article[ev_.u])
        reach = np.minimum(reach_u, reach_v)
    return bridge, number, reach


# "probability": an edge is any candidate, weight its stage-1 probability (>= floor);
# "linked": only the links (above the threshold, or copies), same weights.
EDGES = "probability"


def edge_weights(w: np.ndarray, above: np.ndarray) -> np.ndarray:
    return np.where(above, w, 0.0) if EDGES == "linked" else w


def _groups(group_of, keys) -> np.ndarray:
    return np.unique(np.asarray(group_of)[np.asarray(keys, dtype=int)], return_inverse=True)[1]


def fitted(gold: ev.Gold, keys, group_of):
    x, y, rows_pair = ev.training_rows(gold, keys)
    return fit(x, y, groups=_groups(group_of, rows_pair.astype(int)))


def _with_columns(gold: ev.Gold, columns: dict[int, np.ndarray]) -> ev.Gold:
    cands = list(gold.candidates)
    for k, extra in columns.items():
        c = cands[k]
        cands[k] = replace(c, features=np.hstack([c.features, extra]))
    return ev.Gold(gold.state, gold.pairs, cands, gold.names)


def _f1(tp, fp, fn) -> float:
    return 2 * tp / max(2 * tp + fp + fn, 1)


class RuleDecide:
    """``engine.decide`` plus the bridge rule's links (extra links per candidates id)."""

    def __init__(self) -> None:
        self.extra: dict[int, list[tuple[int, int, str, float]]] = {}

    def __call__(self, state, ia, ib, cands, scorer):
        return engine.decide(state, ia, ib, cands, scorer) + self.extra.get(id(cands), [])


class VetoDecide:
    """``engine.decide`` without the vetoed scorer links (copies are kept)."""

    def __init__(self) -> None:
        self.drop: dict[int, set[tuple[int, int]]] = {}

    def __call__(self, state, ia, ib, cands, scorer):
        drop = self.drop.get(id(cands), set())
        return [
            link
            for link in engine.decide(state, ia, ib, cands, scorer)
            if link[2] in LEXICAL or (link[0], link[1]) not in drop
        ]


def run(event: Event, folds, pool, group_of, variants, floor, log) -> dict[str, dict]:
    gold = event.gold
    group_of = np.asarray(group_of)
    per: dict[str, dict[int, ev.Report]] = {"base": {}, **{v: {} for v in variants}}
    seconds = []
    for held in folds:
        train = [k for k in pool if k not in held]
        unique = sorted(set(group_of[train].tolist()))
        n_inner = min(INNER_FOLDS, len(unique))
        oof: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = {}
        for f in range(n_inner):
            inner = [k for k in train if group_of[k] in unique[f::n_inner]]
            s1 = fitted(gold, [k for k in train if k not in inner], group_of)
            w, above = event.weights(s1)
            t0 = time.process_time()
            bridge, number, reach = bridge_values(event, edge_weights(w, above), floor)
            seconds.append(time.process_time() - t0)
            for k in inner:
                r = event.pair_rows(k)
                oof[k] = (bridge[r], number[r], w[r], above[r], reach[r])
        s1 = fitted(gold, train, group_of)
        w, above = event.weights(s1)
        bridge, number, reach = bridge_values(event, edge_weights(w, above), floor)
        full = {}
        for k in held:
            r = event.pair_rows(k)
            full[k] = (bridge[r], number[r], w[r], above[r], reach[r])
        for k in held:
            per["base"][k] = ev.evaluate(s1, gold, only=[k])
        for variant in variants:
            kind, _, arg = variant.partition(":")
            if kind in ("feature", "featurex"):
                names = arg.split(",")

                def cols(values, names=names):
                    out = []
                    for name in names:
                        if name == "bridge":
                            out.append(values[0])
                        elif name == "bridges":
                            out.append(np.log1p(values[1]))
                        else:  # share: bridges over the reach of the passages
                            out.append(values[1] / np.maximum(values[4], 1.0))
                    return np.column_stack(out)

                columns = {k: cols(oof[k]) for k in train}
                columns.update({k: cols(full[k]) for k in held})
                if kind == "featurex":  # across languages only: 0 in same-language rows
                    columns = {k: v * gold.pairs[k].cross for k, v in columns.items()}
                aug = _with_columns(gold, columns)
                s2 = fitted(aug, train, group_of)
                for k in held:
                    per[variant][k] = ev.evaluate(s2, aug, only=[k])
            elif kind == "rule":
                flags = (True,) if arg == "cross" else (False, True)
                chosen = {}
                for flag in flags:
                    rows = []
                    for k in train:
                        p, c = gold.pairs[k], gold.candidates[k]
                        if p.cross != flag or not c.pairs:
                            continue
                        b_, _n, w_, a_, _r = oof[k]
                        y = np.array([ij in p.sure for ij in c.pairs])
                        opt = np.array([ij in p.optional for ij in c.pairs])
                        rows.append((b_[~opt], w_[~opt], a_[~opt], y[~opt], len(p.sure)))
                    if not rows:
                        continue

                    def score(t1, t2, rows=rows):
                        tp = fp = fn = 0
                        for b_, w_, a_, y, n_sure in rows:
                            d = a_ | ((b_ >= t1) & (w_ >= t2))
                            t = int((d & y).sum())
                            tp += t
                            fp += int((d & ~y).sum())
                            fn += n_sure - t
                        return _f1(tp, fp, fn)

                    best = (score(2.0, 2.0), None)
                    for t1 in T1_GRID:
                        for t2 in T2_GRID:
                            s = score(t1, t2)
                            if s > best[0] + 1e-9:
                                best = (s, (t1, t2))
                    if best[1] is not None:
                        chosen[flag] = best[1]
                log(f"  {variant} fold of {len(held)}: thresholds {chosen}")
                rule = RuleDecide()
                for k in held:
                    p, c = gold.pairs[k], gold.candidates[k]
                    if p.cross not in chosen or not c.pairs:
                        continue
                    t1, t2 = chosen[p.cross]
                    b_, _n, w_, a_, _r = full[k]
                    add = np.flatnonzero(~a_ & (b_ >= t1) & (w_ >= t2))
                    kind_ = "translation" if p.cross else "paraphrase"
                    rule.extra[id(c)] = [(*c.pairs[n], kind_, float(w_[n])) for n in add]
                ev.decide = rule
                try:
                    for k in held:
                        per[variant][k] = ev.evaluate(s1, gold, only=[k])
                finally:
                    ev.decide = engine.decide
            elif kind == "veto":
                flags = (True,) if arg == "cross" else (False, True)
                chosen = {}
                for flag in flags:
                    rows = []
                    for k in train:
                        p, c = gold.pairs[k], gold.candidates[k]
                        if p.cross != flag or not c.pairs:
                            continue
                        _b, n_, _w, a_, r_ = oof[k]
                        y = np.array([ij in p.sure for ij in c.pairs])
                        opt = np.array([ij in p.optional for ij in c.pairs])
                        cp = np.array([x is not None and x.kind in LEXICAL for x in c.lexical])
                        keep = ~opt
                        rows.append((n_[keep], a_[keep], r_[keep], y[keep], cp[keep], len(p.sure)))
                    if not rows:
                        continue

                    def score(v, m, rows=rows):
                        tp = fp = fn = 0
                        for n_, a_, r_, y, cp, n_sure in rows:
                            d = a_ & (cp | ~((n_ <= v) & (r_ >= m)))
                            t = int((d & y).sum())
                            tp += t
                            fp += int((d & ~y).sum())
                            fn += n_sure - t
                        return _f1(tp, fp, fn)

                    best = (score(-1, 0), None)
                    for v in VETO_GRID:
                        for m in REACH_GRID:
                            s = score(v, m)
                            if s > best[0] + 1e-9:
                                best = (s, (v, m))
                    if best[1] is not None:
                        chosen[flag] = best[1]
                log(f"  {variant} fold of {len(held)}: (bridges <=, reach >=) {chosen}")
                rule = VetoDecide()
                for k in held:
                    p, c = gold.pairs[k], gold.candidates[k]
                    if p.cross not in chosen or not c.pairs:
                        continue
                    v, m = chosen[p.cross]
                    _b, n_, _w, a_, r_ = full[k]
                    rule.drop[id(c)] = {c.pairs[i] for i in np.flatnonzero((n_ <= v) & (r_ >= m))}
                ev.decide = rule
                try:
                    for k in held:
                        per[variant][k] = ev.evaluate(s1, gold, only=[k])
                finally:
                    ev.decide = engine.decide
            else:
                raise ValueError(variant)
    log(f"  bridge stage CPU: {np.mean(seconds) * 1000:.1f} ms per event (mean of {len(seconds)})")
    return per


def coverage(event: Event, floor: float, log) -> None:
    """How many gold candidates have any bridge (a scorer fitted on all its pairs:
    descriptive only)."""
    s = fitted(event.gold, list(range(len(event.gold.pairs))), ev.source_families(event.gold))
    w, _ = event.weights(s)
    bridge, number, _reach = bridge_values(event, w, floor)
    gold = event.gold
    any_b = pos_b = npos = n = 0
    for k, p in enumerate(gold.pairs):
        r = event.pair_rows(k)
        c = gold.candidates[k]
        for m, ij in enumerate(c.pairs):
            n += 1
            b = bridge[r][m]
            any_b += b > 0
            if ij in p.sure:
                npos += 1
                pos_b += b >= 0.5
    log(
        f"  {len(gold.state.documents)} articles, {event.article_pairs} article pairs, "
        f"{len(event.u)} candidates ({event.candidate_seconds:.1f} s CPU); gold candidates "
        f"{n}, with any bridge (floor {floor}) {any_b}; gold links among candidates {npos}, "
        f"bridge >= 0.5 {pos_b}"
    )


def protocol_gold(protocol: str):
    """The gold, its folds and its groups under one protocol: ``record`` (``make eval``'s
    source families of the 46) or ``sets`` (leave one spent set out, groups set:family)."""
    if protocol == "record":
        gold = ev.load_gold(ev.GOLD_PATHS)
        return gold, ev.family_folds(gold), ev.source_families(gold)
    gold = ev.load_gold([path for _, path in SET_FILES])
    origin: list[str] = []
    for name, path in SET_FILES:
        origin += [name] * len(json.loads(path.read_text(encoding="utf-8"))["pairs"])
    sets = {s: [k for k, o in enumerate(origin) if o == s] for s in dict.fromkeys(origin)}
    group_of = [""] * len(origin)
    for name, keys in sets.items():
        sub = ev.Gold(gold.state, [gold.pairs[k] for k in keys], [], gold.names)
        for k, family in zip(keys, ev.source_families(sub), strict=True):
            group_of[k] = f"{name}:{family}"
    return gold, list(sets.values()), group_of


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--variant", action="append", default=[])
    ap.add_argument("--floor", type=float, default=0.3)
    ap.add_argument("--protocol", action="append", choices=("record", "sets"))
    ap.add_argument("--edges", choices=("probability", "linked"), default="probability")
    ap.add_argument("--save")
    args = ap.parse_args(argv)
    global EDGES
    EDGES = args.edges

    def log(text: str) -> None:
        print(text, flush=True)

    saved: dict[str, dict] = {}
    for protocol in args.protocol or ["record", "sets"]:
        gold, folds, group_of = protocol_gold(protocol)
        event = Event(gold)
        log(f"{protocol}:")
        coverage(event, args.floor, log)
        keys = list(range(len(gold.pairs)))
        per = run(event, folds, keys, group_of, args.variant, args.floor, log)
        saved[protocol] = {}
        for name, reports in per.items():
            log(line(f"{protocol} {name}", reports, keys))
            saved[protocol][name] = _counts(reports, keys)
        for name in args.variant:
            f0, f1, d, se = paired(saved[protocol]["base"], saved[protocol][name])
            log(f"paired {protocol} {name}: F1 {f0:.3f} -> {f1:.3f}, diff {d:+.3f} (SE {se:.3f})")
    if args.save:
        Path(args.save).write_text(json.dumps(saved) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
