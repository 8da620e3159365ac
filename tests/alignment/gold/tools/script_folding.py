"""Does comparing Traditional Chinese characters as Simplified help the engine?
(A measurement, not part of the engine.)

Usage, from the repository root (about two minutes; ``opencc`` is not a requirement of
the project: ``.venv/bin/pip install opencc==1.4.2`` first)::

    PYTHONPATH=. nice -n 10 .venv/bin/python tests/alignment/gold/tools/script_folding.py \
        [--save FILE]

The variant folds Traditional characters to Simplified after ``normalise`` (OpenCC
``t2s``, on texts with CJK characters), so that tokens, stems and the lexical features
compare 國 and 国 as one character; the base is the engine as it is (characters
compared as written).  Both are run in one process on the two protocols of the gold
README (``record``: ``make eval``'s folds over the 46; ``sets``: leave one labelled set
out over the 85), the scorer refitted inside each fold, with the F1 difference and its
paired bootstrap SE, and the Traditional/Simplified pairs alone.  The protocol and its
outcome are in the gold README, section "Traditional and Simplified Chinese compared as
one script".
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv_experiments as cv  # noqa: E402

from mediacompare.alignment import caches, normalise  # noqa: E402
from mediacompare.alignment import evaluate as ev  # noqa: E402
from mediacompare.alignment.scripts import has_cjk  # noqa: E402


def folded_normalise(original):
    """``normalise`` with Traditional Chinese characters as Simplified."""
    import opencc

    simplified = opencc.OpenCC("t2s")

    def normalise_folded(text: str) -> str:
        out = original(text)
        return simplified.convert(out) if has_cjk(out) else out

    return normalise_folded


def _clear_caches() -> None:
    for function in {**caches.PER_TEXT, **caches.PER_WORD}.values():
        function.cache_clear()


def traditional_simplified_keys(gold: ev.Gold) -> list[int]:
    """The pairs of a Traditional and a Simplified Chinese text (by file name)."""

    def script(name: str) -> str:
        stem = Path(name).stem
        return "Hant" if stem.endswith("_zh-Hant") else "Hans" if stem.endswith("_zh") else ""

    return [
        k
        for k, p in enumerate(gold.pairs)
        if {script(gold.names[p.ia]), script(gold.names[p.ib])} == {"Hant", "Hans"}
    ]


def run() -> tuple[dict, dict[str, str]]:
    """Both protocols; per-pair counts, and the lines of the T/S pairs alone."""
    gold, per = cv.record()
    keys = list(range(len(gold.pairs)))
    ts = traditional_simplified_keys(gold)
    lines = {
        "record": cv.line("record: make eval folds", per, keys),
        "record T/S": cv.line(f"record: {len(ts)} Traditional/Simplified pairs", per, ts),
    }
    saved = {"record": cv._counts(per, keys)}
    exp = cv.Experiment()
    s, every = exp.sets, list(range(len(exp.gold.pairs)))
    per = exp.run(cv.linear, [s["46"], s["h4"], s["h5"]], every)
    ts = traditional_simplified_keys(exp.gold)
    lines["sets"] = cv.line("sets, all 85", per, every)
    lines["sets T/S"] = cv.line(f"sets: {len(ts)} Traditional/Simplified pairs", per, ts)
    saved["sets"] = cv._counts(per, every)
    return saved, lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--save", type=Path, help="per-pair counts of base and variant (JSON)")
    args = ap.parse_args(argv)
    base, base_lines = run()
    original = normalise.normalise
    try:
        # word_tokens (and so stems, dice, the lexical kinds) call it by this name
        normalise.normalise = folded_normalise(original)
        _clear_caches()
        variant, variant_lines = run()
    finally:
        normalise.normalise = original
        _clear_caches()
    for name in base_lines:
        print(f"as written  {base_lines[name]}")
        print(f"folded      {variant_lines[name]}")
    for protocol in ("record", "sets"):
        f1_base, f1_variant, diff, se = cv.paired(base[protocol], variant[protocol])
        print(
            f"{protocol}: F1 {f1_base:.3f} -> {f1_variant:.3f}, "
            f"difference {diff:+.3f} (paired SE {se:.3f})"
        )
    if args.save:
        args.save.write_text(json.dumps({"base": base, "folded": variant}), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
