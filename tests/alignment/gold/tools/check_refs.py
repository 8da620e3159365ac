"""Check that every passage reference in a gold file resolves.

Usage: python tests/alignment/gold/tools/check_refs.py [GOLD.json ...]

A reference (``{"i": 6, "text": "first characters"}``) resolves when its text
is a normalised prefix of some passage of the article under the current
segmenter, the way the evaluation resolves it.  References that do not
resolve are printed; a few are expected until the segmenter splits every
real sentence (see the README: "Segmentation assumed").  Only the segmenter
is used, never the aligner.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mediacompare.alignment.corpus import read_body
from mediacompare.alignment.normalise import normalise
from mediacompare.alignment.segment import segment

GOLD_DIR = Path(__file__).resolve().parents[1]


def check(gold_path: Path) -> int:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    cache: dict[str, list[str]] = {}
    missing = 0
    for pair in gold["pairs"]:
        for side in ("a", "b"):
            name = pair[side]
            if name not in cache:
                body = read_body(GOLD_DIR / "texts" / name)
                cache[name] = [normalise(p.text) for p in segment(body)]
            for group in ("links", "optional", "non_links"):
                for item in pair[group]:
                    for ref in item[side]:
                        key = normalise(ref["text"])
                        if not any(t.startswith(key) for t in cache[name]):
                            missing += 1
                            print(f"{gold_path.name} {pair['id']} {group} {side}: {ref}")
    return missing


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [GOLD_DIR / "gold.json"]
    missing = sum(check(p) for p in paths if p.exists())
    print(f"{missing} unresolved reference(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
