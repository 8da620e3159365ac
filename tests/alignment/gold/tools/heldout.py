"""Build and validate a labelled gold set kept as ``labels.py`` (heldout4 and later).

Run from the repository root, with the set's folder name:

    PYTHONPATH=. .venv/bin/python tests/alignment/gold/tools/heldout.py build heldout6
    PYTHONPATH=. .venv/bin/python tests/alignment/gold/tools/heldout.py validate heldout6

``build`` writes ``<set>/<set>.json`` from ``<set>/labels.py``, taking each reference's
snippet from the segmenter: the passage's first 48 characters, cut after the first
sentence end (。！？ or ؟) inside it, as in the gold README, so it stays a prefix if the
segmenter later splits a glued passage.

``validate`` checks, for every pair:
* both texts exist in ``<set>/texts/`` and are byte-identical to the corpus copy
  (``/work/shared/corpus/event1`` or its ``context/``), when the corpus is present;
* every reference resolves, as the evaluator's ``_resolve`` does (normalised
  prefix match, nearest index on ties), to exactly its labelled index, and its
  snippet is a prefix of that passage;
* the JSON equals what ``build`` makes from labels.py (the JSON is not hand-edited);
* ``translation`` iff the two headers' languages differ (zh and zh-Hant count
  as one language); ``alt_kinds`` are valid kinds other than the kind;
* no non-link or optional pair is also a sure link; no passage pair is in two
  sure links; every link/optional/non-link has a note or reason;
* no pair (in either order) is in a set labelled before it: ``gold.json``,
  ``heldout3`` and every ``heldoutN`` with a smaller number (only their pairs' file
  names are read).
It prints per-pair and total counts (passage pairs, as in the gold README).
Only the segmenter and the normaliser are used, never the aligner.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

from mediacompare.alignment import corpus
from mediacompare.alignment.normalise import normalise
from mediacompare.alignment.segment import segment

GOLD = Path(__file__).resolve().parent.parent
ENDS = "。！？؟"
KINDS = ("verbatim", "edited", "partial", "paraphrase", "translation")
CORPUS = Path("/work/shared/corpus/event1")


def labels(name: str) -> list[dict]:
    """The ``PAIRS`` of ``<set>/labels.py``."""
    spec = importlib.util.spec_from_file_location(f"{name}_labels", GOLD / name / "labels.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PAIRS


def number(name: str) -> int:
    found = re.fullmatch(r"heldout(\d+)", name)
    if not found:
        raise SystemExit(f"{name}: a set is named heldoutN")
    return int(found.group(1))


def passages(texts: Path, name: str) -> list:
    text = corpus.read(texts / name)
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


def build(name: str) -> dict:
    """The set's JSON, from its ``labels.py``."""
    texts = GOLD / name / "texts"
    out = []
    for pair in labels(name):
        pa, pb = passages(texts, pair["a"]), passages(texts, pair["b"])
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


def earlier_sets(name: str) -> list[Path]:
    """The gold sets labelled before ``name``: gold.json, then heldoutK for K < N."""
    sets = [GOLD / "gold.json"]
    for folder in sorted(GOLD.glob("heldout*/")):
        if folder.name != name and number(folder.name) < number(name):
            sets.append(folder / f"{folder.name}.json")
    return sets


def used_pairs(name: str) -> dict:
    """Unordered article-file pairs of the earlier gold sets, with the set that holds each."""
    used = {}
    for path in earlier_sets(name):
        for pair in json.loads(path.read_text(encoding="utf-8"))["pairs"]:
            used[frozenset((pair["a"], pair["b"]))] = path.relative_to(GOLD).as_posix()
    return used


def base_language(lang: str) -> str:
    return (lang or "en").split("-")[0].lower()


def resolve(passages, ref) -> int:
    key = normalise(ref["text"])
    hits = [p.index for p in passages if normalise(p.text).startswith(key)]
    if not hits:
        raise LookupError(ref["text"])
    return min(hits, key=lambda k: abs(k - ref["i"]))


def validate(name: str) -> int:
    here = GOLD / name
    gold = json.loads((here / f"{name}.json").read_text(encoding="utf-8"))
    errors: list[str] = []
    if gold != json.loads(json.dumps(build(name), ensure_ascii=False)):
        errors.append(f"{name}.json differs from what its labels.py builds: rebuild")
    totals: Counter = Counter()
    cross = 0
    seen_ids = set()
    rows = []
    used = used_pairs(name)
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
            path = here / "texts" / name
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


def write(name: str) -> int:
    gold = build(name)
    path = GOLD / name / f"{name}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(gold['pairs'])} pairs)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("build", "validate"))
    parser.add_argument("name", help="the set's folder, e.g. heldout6")
    args = parser.parse_args(argv)
    number(args.name)
    return write(args.name) if args.action == "build" else validate(args.name)


if __name__ == "__main__":
    raise SystemExit(main())
