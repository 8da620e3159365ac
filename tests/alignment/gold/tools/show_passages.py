"""Print an article's passages as the segmenter cuts them (for hand-labelling).

Usage: python tests/alignment/gold/tools/show_passages.py FILE [FILE ...]

Only the segmenter is used (never the aligner), so labels stay blind to
engine output.  Each line shows the passage index, a ``B`` if the passage is
flagged as boilerplate, and the text; ``--ref`` prints the JSON reference
(first 48 characters) used in gold.json.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mediacompare.alignment.corpus import read, read_body
from mediacompare.alignment.segment import segment


def main(argv: list[str]) -> int:
    as_ref = "--ref" in argv
    for name in (a for a in argv if a != "--ref"):
        path = Path(name)
        lang = read(path).language or "en"
        print(f"== {path.name} ({lang})")
        for p in segment(read_body(path), lang):
            if as_ref:
                print(json.dumps({"i": p.index, "text": p.text[:48]}, ensure_ascii=False))
            else:
                flag = "B" if p.is_boilerplate else " "
                print(f"{p.index:3d} {flag} {p.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
