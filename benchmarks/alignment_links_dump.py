"""Dump the engine's links, to check that a speed-up changed no result.

Run before and after a change, then compare the two files (``cmp``)::

    python benchmarks/alignment_links_dump.py before.txt [--scale FILE.jsonl]

One line per link of the training gold's pairs (aligned as one event,
as ``mediacompare.alignment.evaluate`` does) and of the first four events of a scale
file (``benchmarks/scale/generate.py --articles 200 -o FILE``), all pairs: the
passages, the kind, the score (4 decimals, as stored) and a hash of the word diff.

``--end-task`` empties the engine's per-text caches after each event, as a worker does
between tasks (``alignment.caches.end_task``): its output must equal the run without.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mediacompare.alignment import caches, segment  # noqa: E402
from mediacompare.alignment.engine import Document, align_event  # noqa: E402
from mediacompare.alignment.evaluate import load_gold  # noqa: E402


def _dump(result, out: list[str]) -> None:
    for (i, j), aligned in sorted(result.pairs.items()):
        out.append(f"pair {i} {j} compared={aligned.compared}")
        for link in aligned.links:
            diff = hashlib.md5(json.dumps(link.diff).encode()).hexdigest()[:8]
            out.append(f"  {link.a} {link.b} {link.kind} {link.score:.4f} diff={diff}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--scale", type=Path, help="a scale generator's JSON Lines file")
    parser.add_argument(
        "--end-task", action="store_true", help="empty the per-text caches after each event"
    )
    args = parser.parse_args()
    end_task = caches.end_task if args.end_task else (lambda: None)
    out: list[str] = []
    started = time.process_time()
    loaded = load_gold()
    pairs = sorted({(min(p.ia, p.ib), max(p.ia, p.ib)) for p in loaded.pairs})
    out.append("# gold")
    _dump(align_event(loaded.state.documents, pairs=pairs), out)
    end_task()
    if args.scale:
        events: dict[str, list[dict]] = {}
        with args.scale.open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                events.setdefault(row["event"], []).append(row)
        for slug, rows in list(events.items())[:4]:
            out.append(f"# scale {slug}")
            documents = [Document(segment(r["body"], r["language"]), r["language"]) for r in rows]
            _dump(align_event(documents), out)
            end_task()
    args.output.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out)} lines -> {args.output} ({time.process_time() - started:.1f} CPU s)")


if __name__ == "__main__":
    main()
