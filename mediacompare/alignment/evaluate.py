"""Evaluate an aligner against the hand-labelled gold set.

Run: ``python -m mediacompare.alignment.evaluate [--gold PATH] [--verbose]
[--backend lexical|semantic|both]``

Definitions
-----------
* Links are compared as the set of (a passage, b passage) pairs they imply
  (a link a=(6, 7), b=(6,) implies (6, 6) and (7, 6)).  Gold passages are
  stored by text snippet (first ~48 chars) and resolved against the current
  segmentation, so the gold survives segmenter changes.
* ``links`` in the gold are sure links; ``optional`` pairs are acceptable
  either way and ignored in precision and recall; ``non_links`` are tempting
  pairs that must not link (reported as violations; they are false
  positives like any other non-gold pair).
* Precision = predicted pairs in gold / predicted pairs not optional;
  recall = gold pairs predicted / gold pairs; micro-averaged over all pairs.
* Per kind: recall of gold pairs of that gold kind (any predicted kind);
  precision of predicted pairs of that predicted kind (pair correct), and
  kind precision (pair correct and the kind is the gold kind or one of its
  listed ``alt_kinds``, because edited/paraphrase/partial shade into each
  other).
* Omission/addition F1: over non-boilerplate passages not touched by an
  optional pair, gold-unmatched (in no gold link) vs predicted-unmatched.
"""

from __future__ import annotations

import argparse
import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mediacompare.alignment.align import Alignment, align_segments
from mediacompare.alignment.cli import read_body
from mediacompare.alignment.normalise import normalise
from mediacompare.alignment.score import KINDS
from mediacompare.alignment.segment import Passage, segment

__all__ = ["GOLD_PATH", "Report", "evaluate", "main"]

GOLD_PATH = Path(__file__).resolve().parents[2] / "tests" / "alignment" / "gold" / "gold.json"

Aligner = Callable[[list[Passage], list[Passage]], Alignment]


def _resolve(passages: list[Passage], ref: dict[str, Any]) -> int:
    key = normalise(ref["text"])
    hits = [p.index for p in passages if normalise(p.text).startswith(key)]
    if not hits:
        raise LookupError(f"gold passage not found: {ref['text']!r}")
    return min(hits, key=lambda k: abs(k - ref["i"]))


def _pairs(
    passages_a: list[Passage], passages_b: list[Passage], item: dict[str, Any]
) -> set[tuple[int, int]]:
    ia = [_resolve(passages_a, r) for r in item["a"]]
    ib = [_resolve(passages_b, r) for r in item["b"]]
    return {(i, j) for i in ia for j in ib}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


@dataclass
class Report:
    links: _Counts = field(default_factory=_Counts)
    unmatched: _Counts = field(default_factory=_Counts)
    gold_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [found, total]
    pred_kind: dict[str, list[int]] = field(
        default_factory=dict
    )  # kind -> [pair ok, kind ok, total]
    violations: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def kind_precision(self, kind: str) -> float:
        ok, kok, n = self.pred_kind.get(kind, [0, 0, 0])
        return kok / n if n else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.links.precision,
            "recall": self.links.recall,
            "f1": self.links.f1,
            "unmatched_f1": self.unmatched.f1,
            "per_kind": {
                k: {
                    "gold": self.gold_kind.get(k, [0, 0])[1],
                    "recall": _ratio(
                        self.gold_kind.get(k, [0, 0])[0], self.gold_kind.get(k, [0, 0])[1]
                    ),
                    "predicted": self.pred_kind.get(k, [0, 0, 0])[2],
                    "precision": _ratio(
                        self.pred_kind.get(k, [0, 0, 0])[0], self.pred_kind.get(k, [0, 0, 0])[2]
                    ),
                    "kind_precision": self.kind_precision(k),
                }
                for k in KINDS
            },
            "non_link_violations": len(self.violations),
        }

    def format(self, title: str = "alignment engine") -> str:
        d = self.to_dict()
        lines = [
            f"== {title}: gold-set evaluation ({self.seconds:.2f} s) ==",
            f"links   P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}  "
            f"(tp {self.links.tp}, fp {self.links.fp}, fn {self.links.fn})",
            f"omission/addition F1 {d['unmatched_f1']:.3f}  (P {self.unmatched.precision:.3f}, "
            f"R {self.unmatched.recall:.3f})",
            f"non-link violations: {len(self.violations)}",
            f"{'kind':<11}{'gold':>5}{'recall':>8}{'pred':>6}{'prec':>7}{'kind-prec':>10}{'F1':>7}",
        ]
        for k, v in d["per_kind"].items():
            f1 = _f1(v["precision"], v["recall"])
            lines.append(
                f"{k:<11}{v['gold']:>5}{v['recall']:>8.3f}{v['predicted']:>6}{v['precision']:>7.3f}"
                f"{v['kind_precision']:>10.3f}{f1:>7.3f}"
            )
        return "\n".join(lines)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def evaluate(
    aligner: Aligner = align_segments, gold_path: Path = GOLD_PATH, verbose: bool = False
) -> Report:
    """Run ``aligner`` on every gold pair and score it."""
    import time

    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    texts_dir = Path(gold_path).parent / "texts"
    rep = Report()
    for pair in gold["pairs"]:
        pa = segment(read_body(texts_dir / pair["a"]))
        pb = segment(read_body(texts_dir / pair["b"]))
        sure: dict[tuple[int, int], set[str]] = {}
        for link in pair["links"]:
            for ij in _pairs(pa, pb, link):
                sure[ij] = {link["kind"], *link.get("alt_kinds", [])}
                rep.gold_kind.setdefault(link["kind"], [0, 0])[1] += 1
        gold_kind = {ij: link["kind"] for link in pair["links"] for ij in _pairs(pa, pb, link)}
        optional = set().union(*(_pairs(pa, pb, o) for o in pair["optional"])) - set(sure)
        forbidden = {ij: n["why"] for n in pair["non_links"] for ij in _pairs(pa, pb, n)}

        t0 = time.perf_counter()
        al = aligner(pa, pb)
        rep.seconds += time.perf_counter() - t0
        pred: dict[tuple[int, int], str] = {}
        for link in al.links:
            for i in link.a:
                for j in link.b:
                    pred[(i, j)] = link.kind
        for ij, kind in pred.items():
            if ij in optional and ij not in sure:
                continue
            row = rep.pred_kind.setdefault(kind, [0, 0, 0])
            row[2] += 1
            if ij in sure:
                rep.links.tp += 1
                row[0] += 1
                if kind in sure[ij]:
                    row[1] += 1
                elif verbose:
                    rep.errors.append(f"{pair['id']} {ij} kind {kind}, gold {gold_kind[ij]}")
            else:
                rep.links.fp += 1
                if ij in forbidden:
                    rep.violations.append(f"{pair['id']} {ij}: {forbidden[ij]}")
                if verbose:
                    ta, tb = pa[ij[0]].text[:70], pb[ij[1]].text[:70]
                    rep.errors.append(f"{pair['id']} FP {ij} {kind}: {ta!r} ~ {tb!r}")
        for ij in sure:
            if ij in pred:
                rep.gold_kind[gold_kind[ij]][0] += 1
            else:
                rep.links.fn += 1
                if verbose:
                    ta, tb = pa[ij[0]].text[:70], pb[ij[1]].text[:70]
                    rep.errors.append(f"{pair['id']} FN {ij} {gold_kind[ij]}: {ta!r} ~ {tb!r}")
        # Omissions / additions.
        opt_a = {i for i, _ in optional}
        opt_b = {j for _, j in optional}
        for side, passages, gold_linked, pred_un, opt in (
            ("a", pa, {i for i, _ in sure}, set(al.unmatched_a), opt_a),
            ("b", pb, {j for _, j in sure}, set(al.unmatched_b), opt_b),
        ):
            del side
            for p in passages:
                if p.is_boilerplate or p.index in opt:
                    continue
                g = p.index not in gold_linked
                q = p.index in pred_un
                if g and q:
                    rep.unmatched.tp += 1
                elif q:
                    rep.unmatched.fp += 1
                elif g:
                    rep.unmatched.fn += 1
    return rep


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m mediacompare.alignment.evaluate")
    ap.add_argument("--gold", type=Path, default=GOLD_PATH)
    ap.add_argument("--verbose", "-v", action="store_true", help="list errors")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--backend",
        choices=("lexical", "semantic", "both"),
        default="lexical",
        help="semantic needs requirements-semantic.txt; both prints the two side by side",
    )
    args = ap.parse_args(argv)
    names = ["lexical", "semantic"] if args.backend == "both" else [args.backend]
    reports = {}
    for name in names:
        reports[name] = evaluate(
            functools.partial(align_segments, backend=name), args.gold, args.verbose
        )
    if args.json:
        out = {name: rep.to_dict() for name, rep in reports.items()}
        print(json.dumps(out[names[0]] if len(names) == 1 else out, indent=1))
        return 0
    for name, rep in reports.items():
        title = "lexical engine" if name == "lexical" else "semantic backend (lexical + MiniLM)"
        print(rep.format(title))
        for e in rep.violations:
            print("  violation:", e)
        for e in rep.errors:
            print("  ", e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
