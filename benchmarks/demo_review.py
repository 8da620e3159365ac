"""How far the engine alone agrees with the demo editor's review.

Run: ``python benchmarks/demo_review.py [--json]``

The demo editor judged links of the demo event by reading both passages
(``mediacompare/review/demo/decisions.json``, keyed by corpus file and passage
text).  This aligns the demo event as the app does (every corpus article of
``mediacompare/coverage/demo/event1``, statistics over all of them, the shipped
scorer), without the database and without applying any decision, and counts:

* confirmed (and retyped) links the engine still proposes, and with the same kind;
* drawn links (the editor's additions: misses of the engine that judged) it now finds;
* rejected links and rejected likely partners it still proposes.

Pure Python (no Django): the engine's view, not the app's (which also keeps the
editor's decisions over the engine's).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mediacompare.alignment import corpus, segment  # noqa: E402
from mediacompare.alignment.engine import Document, align_event  # noqa: E402
from mediacompare.alignment.scorer import Scorer  # noqa: E402

DEMO = ROOT / "mediacompare" / "coverage" / "demo"
DECISIONS = ROOT / "mediacompare" / "review" / "demo" / "decisions.json"


def _index(passages, text: str, occurrence: int) -> int | None:
    found = [p.index for p in passages if p.text == text]
    return found[occurrence] if occurrence < len(found) else None


def measure(scorer: Scorer | None = None) -> dict[str, Counter]:
    event = json.loads((DEMO / "event1.json").read_text(encoding="utf-8"))
    files = [entry["file"] for entry in event["articles"]]
    documents = []
    for name in files:
        text = corpus.read(DEMO / "event1" / name)
        documents.append(Document(segment(text.body, text.language), text.language))
    decisions = json.loads(DECISIONS.read_text(encoding="utf-8"))["links"]
    wanted = set()
    for entry in decisions:
        a, b = files.index(entry["file_a"]), files.index(entry["file_b"])
        wanted.add((min(a, b), max(a, b)))
    result = align_event(documents, pairs=sorted(wanted), scorer=scorer)
    links: dict[tuple[int, int], dict[tuple[int, int], str]] = {}
    for (ia, ib), aligned in result.pairs.items():
        found = links.setdefault((ia, ib), {})
        for link in aligned.links:
            for i in link.a:
                for j in link.b:
                    found[(i, j)] = link.kind
    counts: dict[str, Counter] = {}
    for entry in decisions:
        a, b = files.index(entry["file_a"]), files.index(entry["file_b"])
        i = _index(documents[a].passages, entry["text_a"], entry.get("occurrence_a", 0))
        j = _index(documents[b].passages, entry["text_b"], entry.get("occurrence_b", 0))
        action = entry["action"]
        group = {
            "confirm": "confirmed",
            "retype": "confirmed",
            "draw": "drawn",
            "reject": "rejected" if entry.get("was") else "likely partner rejected",
        }[action]
        kind = entry.get("kind") or entry.get("was") or "?"
        row = counts.setdefault(group, Counter())
        row["total"] += 1
        row[f"total {kind}"] += 1
        if i is None or j is None:
            row["passage not found"] += 1
            continue
        key = (i, j) if a < b else (j, i)
        proposed = links[(min(a, b), max(a, b))].get(key)
        if proposed is not None:
            row["proposed"] += 1
            row[f"proposed {kind}"] += 1
            if group in ("confirmed", "drawn") and proposed == entry.get("kind"):
                row["same kind"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python benchmarks/demo_review.py")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--scorer", type=Path, help="a scorer file instead of the shipped one")
    args = ap.parse_args(argv)
    scorer = None
    if args.scorer:
        scorer = Scorer.from_dict(json.loads(args.scorer.read_text(encoding="utf-8")))
    counts = measure(scorer)
    if args.json:
        print(json.dumps({k: dict(v) for k, v in counts.items()}, indent=1, sort_keys=True))
        return 0
    for group in ("confirmed", "drawn", "rejected", "likely partner rejected"):
        row = counts.get(group, Counter())
        kinds = sorted(k[6:] for k in row if k.startswith("total "))
        per_kind = ", ".join(f"{k} {row[f'proposed {k}']}/{row[f'total {k}']}" for k in kinds)
        print(f"{group:<24} proposed {row['proposed']}/{row['total']}  ({per_kind})", end="")
        if group in ("confirmed", "drawn"):
            print(f"  same kind {row['same kind']}", end="")
        if row["passage not found"]:
            print(f"  passage not found {row['passage not found']}", end="")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
