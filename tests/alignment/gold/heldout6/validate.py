"""Validate heldout6.json against the texts and the current segmenter.

Run from the repository root:

    PYTHONPATH=. .venv/bin/python tests/alignment/gold/heldout6/validate.py

Checks, for every pair:
* both texts exist in ``texts/`` and are byte-identical to the corpus copy
  (``/work/shared/corpus/event1`` or its ``context/``), when the corpus is present;
* every reference resolves, as the evaluator's ``_resolve`` does (normalised
  prefix match, nearest index on ties), to exactly its labelled index, and its
  snippet is a prefix of that passage;
* the JSON equals what build.py makes from labels.py (the JSON is not hand-edited);
* ``translation`` iff the two headers' languages differ (zh and zh-Hant count
  as one language); ``alt_kinds`` are valid kinds other than the kind;
* no non-link or optional pair is also a sure link; no passage pair is in two
  sure links; every link/optional/non-link has a note or reason;
* no pair (in either order) is in ``gold.json``, ``heldout3/heldout3.json``,
  ``heldout4/heldout4.json`` or ``heldout5/heldout5.json`` (only their pairs' file
  names are read).
Prints per-pair and total counts (passage pairs, as in the gold README).
Only the segmenter and the normaliser are used, never the aligner.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import build  # noqa: E402

from mediacompare.alignment import corpus  # noqa: E402
from mediacompare.alignment.normalise import normalise  # noqa: E402
from mediacompare.alignment.segment import segment  # noqa: E402

KINDS = ("verbatim", "edited", "partial", "paraphrase", "translation")
CORPUS = Path("/work/shared/corpus/event1")
OTHER_SETS = (
    "gold.json",
    "heldout3/heldout3.json",
    "heldout4/heldout4.json",
    "heldout5/heldout5.json",
)


def used_pairs() -> dict:
    """Unordered article-file pairs of the earlier gold sets, with the set that holds each."""
    used = {}
    for rel in OTHER_SETS:
        path = HERE.parent / rel
        for pair in json.loads(path.read_text(encoding="utf-8"))["pairs"]:
            used[frozenset((pair["a"], pair["b"]))] = rel
    return used


def base_language(lang: str) -> str:
    return (lang or "en").split("-")[0].lower()


def resolve(passages, ref) -> int:
    key = normalise(ref["text"])
    hits = [p.index for p in passages if normalise(p.text).startswith(key)]
    if not hits:
        raise LookupError(ref["text"])
    return min(hits, key=lambda k: abs(k - ref["i"]))


def main() -> int:
    gold = json.loads((HERE / "heldout6.json").read_text(encoding="utf-8"))
    errors: list[str] = []
    if gold != json.loads(json.dumps(build(), ensure_ascii=False)):
        errors.append("heldout6.json differs from build.py's output: rebuild")
    totals: Counter = Counter()
    cross = 0
    seen_ids = set()
    rows = []
    used = used_pairs()
    for pair in gold["pairs"]:
        pid = pair["id"]
        if pid in seen_ids:
            errors.append(f"{pid}: duplicate id")
        seen_ids.add(pid)
        if frozenset((pair["a"], pair["b"])) in used:
            errors.append(f"{pid}: pair already in {used[frozenset((pair['a'], pair['b']))]}")
        texts, psg = {}, {}
        for side in ("a", "b"):
            name = pair[side]
            path = HERE / "texts" / name
            if not path.exists():
                errors.append(f"{pid}: missing text {name}")
                continue
            orig = [CORPUS / name, CORPUS / "context" / name]
            orig = [o for o in orig if o.exists()]
            if CORPUS.exists() and (not orig or orig[0].read_bytes() != path.read_bytes()):
                errors.append(f"{pid}: {name} is not a byte-identical corpus copy")
            texts[side] = corpus.read(path)
            psg[side] = list(segment(texts[side].body, texts[side].language))
        if len(psg) < 2:
            continue
        differ = base_language(texts["a"].language) != base_language(texts["b"].language)
        cross += differ

        def pairs_of(item, what, pid=pid, psg=psg):
            ids = {}
            for side in ("a", "b"):
                ids[side] = []
                for ref in item[side]:
                    try:
                        k = resolve(psg[side], ref)
                    except LookupError:
                        errors.append(f"{pid} {what}: {side} ref not found: {ref['text']!r}")
                        continue
                    if k != ref["i"]:
                        errors.append(f"{pid} {what}: {side} ref {ref['i']} resolves to {k}")
                    if not psg[side][ref["i"]].text.startswith(ref["text"]):
                        errors.append(
                            f"{pid} {what}: {side} snippet not a prefix of passage {ref['i']}"
                        )
                    ids[side].append(k)
            return {(i, j) for i in ids["a"] for j in ids["b"]}

        sure: dict = {}
        kinds: Counter = Counter()
        for link in pair["links"]:
            kind = link["kind"]
            if kind not in KINDS:
                errors.append(f"{pid}: unknown kind {kind}")
            if (kind == "translation") != differ:
                errors.append(f"{pid}: kind {kind} but languages differ={differ}")
            for alt in link.get("alt_kinds", []):
                if alt not in KINDS or alt == kind or alt == "translation":
                    errors.append(f"{pid}: bad alt kind {alt}")
            if not link.get("note"):
                errors.append(f"{pid}: link without note")
            for ij in pairs_of(link, "link"):
                if ij in sure:
                    errors.append(f"{pid}: passage pair {ij} in two sure links")
                sure[ij] = kind
                kinds[kind] += 1
        opt = set()
        for o in pair.get("optional", []):
            if not o.get("note"):
                errors.append(f"{pid}: optional without note")
            for ij in pairs_of(o, "optional"):
                if ij in sure:
                    errors.append(f"{pid}: optional {ij} is a sure link")
                opt.add(ij)
        non = set()
        for n in pair.get("non_links", []):
            if not n.get("why"):
                errors.append(f"{pid}: non-link without why")
            for ij in pairs_of(n, "non_link"):
                if ij in sure:
                    errors.append(f"{pid}: non-link {ij} equals a sure link")
                if ij in opt:
                    errors.append(f"{pid}: non-link {ij} is also optional")
                non.add(ij)
        n_links = sum(kinds.values())
        totals.update(kinds)
        totals["links"] += n_links
        totals["optional"] += len(opt)
        totals["non_links"] += len(non)
        kinds_txt = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "-"
        langs = f"{texts['a'].language}/{texts['b'].language}"
        rows.append(
            f"{pid:8s} {langs:14s} passages {len(psg['a']):3d}/{len(psg['b']):3d}  "
            f"links {n_links:2d} ({kinds_txt})  optional {len(opt)}  non_links {len(non)}"
        )
    print("\n".join(rows))
    print(
        f"TOTAL {len(gold['pairs'])} pairs ({cross} cross-language): links {totals['links']}  "
        + "  ".join(f"{k} {totals[k]}" for k in KINDS)
        + f"  optional {totals['optional']}  non_links {totals['non_links']}"
    )
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
