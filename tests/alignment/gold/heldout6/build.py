"""Build heldout6.json from labels.py, taking each reference's snippet from the segmenter.

Run from the repository root:

    PYTHONPATH=. .venv/bin/python tests/alignment/gold/heldout6/build.py

Only the segmenter is used (``corpus.read`` + ``segment``), never the aligner.
A snippet is the passage's first 48 characters, cut after the first sentence
end (。！？ or ؟) inside it, as in the gold README, so it stays a prefix if the
segmenter later splits a glued passage.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from labels import PAIRS  # noqa: E402

from mediacompare.alignment import corpus  # noqa: E402
from mediacompare.alignment.segment import segment  # noqa: E402

TEXTS = HERE / "texts"
ENDS = "。！？؟"


def passages(name: str) -> list:
    text = corpus.read(TEXTS / name)
    return list(segment(text.body, text.language))


def snippet(text: str) -> str:
    cut = text[:48]
    for k, ch in enumerate(cut):
        if ch in ENDS:
            return cut[: k + 1]
    return cut


def refs(side, psg: list) -> list[dict]:
    idx = side if isinstance(side, tuple) else (side,)
    return [{"i": i, "text": snippet(psg[i].text)} for i in idx]


def language(name: str) -> str:
    return Path(name).stem.rsplit("_", 1)[-1]


def build() -> dict:
    out = []
    for pair in PAIRS:
        pa, pb = passages(pair["a"]), passages(pair["b"])
        links = []
        for link in pair["links"]:
            a, b, kind, note, *alt = link
            item = {"a": refs(a, pa), "b": refs(b, pb), "kind": kind}
            if alt and alt[0]:
                item["alt_kinds"] = list(alt[0])
            item["note"] = note
            links.append(item)
        optional = [{"a": refs(a, pa), "b": refs(b, pb), "note": n} for a, b, n in pair["optional"]]
        non_links = [
            {"a": refs(a, pa), "b": refs(b, pb), "why": w} for a, b, w in pair["non_links"]
        ]
        out.append(
            {
                "id": pair["id"],
                "a": pair["a"],
                "b": pair["b"],
                "languages": [language(pair["a"]), language(pair["b"])],
                "links": links,
                "optional": optional,
                "non_links": non_links,
            }
        )
    return {"pairs": out}


def main() -> int:
    gold = build()
    path = HERE / "heldout6.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(gold['pairs'])} pairs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
