"""Compare the engine's splitter with pysbd on the event-1 corpus.

Run: python benchmarks/segment_compare.py [CORPUS_DIR]
Prints, per splitter: time, passage count, offset-invariant failures, and the
boundaries on which the two disagree (for reading, not scoring).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mediacompare.alignment.corpus import read_body
from mediacompare.alignment.segment import segment


def main() -> None:
    default = Path(__file__).resolve().parents[1] / "mediacompare" / "coverage" / "demo" / "event1"
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    files = sorted(root.rglob("*_en.txt"))
    bodies = {f.name: read_body(f) for f in files}
    try:
        import pysbd
    except ImportError:
        print("pysbd not installed; pip install pysbd==0.3.4")
        return
    t0 = time.perf_counter()
    ours = {n: [(p.start, p.end) for p in segment(b)] for n, b in bodies.items()}
    t_ours = time.perf_counter() - t0
    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    t0 = time.perf_counter()
    theirs: dict[str, list[tuple[int, int]]] = {}
    bad = 0
    for n, b in bodies.items():
        spans = []
        off = 0
        for line in b.splitlines(keepends=True):  # newline = paragraph, as ours
            if line.strip():
                for s in seg.segment(line):
                    st, en = off + s.start, off + s.end
                    piece = b[st:en]
                    if piece != s.sent:
                        bad += 1
                    core = piece.strip()
                    if core:
                        lead = len(piece) - len(piece.lstrip())
                        spans.append((st + lead, st + lead + len(core)))
            off += len(line)
        theirs[n] = spans
    t_sbd = time.perf_counter() - t0
    n_ours = sum(len(v) for v in ours.values())
    n_sbd = sum(len(v) for v in theirs.values())
    print(f"{'splitter':10} {'time s':>8} {'passages':>9} {'span!=text':>11}")
    print(f"{'ours':10} {t_ours:8.3f} {n_ours:9d} {0:11d}")
    print(f"{'pysbd':10} {t_sbd:8.3f} {n_sbd:9d} {bad:11d}")
    for n, b in bodies.items():
        eo = {e for _, e in ours[n]}
        es = {e for _, e in theirs[n]}
        for e in sorted(eo ^ es):
            who = "ours only " if e in eo else "pysbd only"
            print(f"  {n[:28]:28} {who} ...{b[max(0, e - 40) : e]!r} | {b[e : e + 25]!r}")


if __name__ == "__main__":
    main()
