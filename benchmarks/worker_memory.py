"""Resident memory of one alignment worker as it runs task after task (issue 13).

A ``db_worker`` process runs one ``align_event`` task after another; its memory must
not grow with the number of tasks.  This runs the engine's share of that task for N
distinct synthetic events in sequence, in this one process, and prints the resident
set size (RSS, from /proc/self/statm) after every ``--every`` tasks, with the sizes of
the engine's per-process caches::

    nice -n 19 .venv/bin/python benchmarks/worker_memory.py --tasks 300 --every 25

Each task is what the worker does without the database: split the event's articles
(``benchmarks/scale/generate.py``'s realistic events, 20 articles each), embed their
content passages (``embed_passages``, as ``services.event_realign`` embeds what is
missing), align the event as one job (``align_event``: candidates, scores, word
diffs), then end the task as ``coverage.tasks`` does (``alignment.caches.end_task``) unless
``--keep`` is given, which leaves the caches as they were before that call existed.

``--caches-only`` skips the model and the alignment: each task only passes its
passages' texts through the engine's per-text cached functions (what the alignment
calls on every text) and diffs each copy against the event's primary article, so a
thousand tasks take minutes instead of hours, and show where those caches level off
(a proxy for the caches' share of a worker's memory, not a worker's RSS).
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
from itertools import groupby
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.scale import generate  # noqa: E402
from mediacompare.alignment import segment  # noqa: E402
from mediacompare.alignment.engine import Document, align_event, embed_passages  # noqa: E402

_PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    """This process's resident set size now, in MB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * _PAGE / 1e6


def peak_mb() -> float:
    """This process's peak resident set size so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # KiB on Linux


def cache_sizes() -> dict[str, int]:
    """Entries held by each of the engine's per-process caches."""
    try:
        from mediacompare.alignment import caches

        return caches.sizes()
    except ImportError:  # a tree from before alignment.caches
        from mediacompare.alignment import diff, embed, facts, index, normalise

        segment_module = sys.modules["mediacompare.alignment.segment"]

        functions = {
            "diff._parts": diff._parts,
            "diff._key": diff._key,
            "facts.facts": facts.facts,
            "facts.size": facts.size,
            "index._views": index._views,
            "normalise._word_tokens": normalise._word_tokens,
            "normalise.stem": normalise.stem,
            "segment.is_boilerplate": segment_module.is_boilerplate,
        }
        out = {name: f.cache_info().currsize for name, f in functions.items()}
        out["embed._word_pieces"] = len(embed._word_pieces)
        return out


def events(count: int, per_event: int, seed: int):
    """The articles of ``count`` distinct events, one list per event."""
    rows = generate.articles(count=count * per_event, events=count, seed=seed)
    for _, group in groupby(rows, key=lambda row: row["event"]):
        yield list(group)


def run_task(rows: list[dict]) -> int:
    """The engine's share of one ``align_event`` task; returns the links found."""
    documents = []
    for row in rows:
        passages = segment(row["body"], row["language"])
        documents.append(Document(passages, row["language"], embed_passages(passages)))
    result = align_event(documents)
    return sum(len(aligned.links) for aligned in result.pairs.values())


def fill_caches(rows: list[dict]) -> int:
    """The ``--caches-only`` task: the per-text caches' share of ``run_task``."""
    from mediacompare.alignment.diff import word_diff
    from mediacompare.alignment.facts import facts, size
    from mediacompare.alignment.index import prepare

    articles = [segment(row["body"], row["language"]) for row in rows]
    for passages in articles:
        prepare(passages)
        for passage in passages:
            facts(passage.text)
            size(passage.text)
    diffs = 0
    for passages in articles[1:]:
        for a, b in zip(articles[0], passages, strict=False):
            diffs += len(word_diff(a.text, b.text))
    return diffs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=300, help="events aligned in sequence")
    parser.add_argument("--every", type=int, default=25, help="print after this many tasks")
    parser.add_argument("--articles", type=int, default=20, help="articles per event")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--caches-only", action="store_true", help="no model, no alignment (see above)"
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="do not end tasks with alignment.caches.end_task (as before it existed)",
    )
    args = parser.parse_args()
    end_task = None
    if not args.keep:
        from mediacompare.alignment.caches import end_task
    started = time.process_time()
    print(f"start: rss {rss_mb():.0f} MB")
    counted = "diffs" if args.caches_only else "links"
    print(f"tasks  rss_MB  peak_MB  {counted}  cpu_s  caches")
    links = 0
    rss: list[tuple[int, float]] = []
    for done, rows in enumerate(events(args.tasks, args.articles, args.seed), start=1):
        links += fill_caches(rows) if args.caches_only else run_task(rows)
        if end_task is not None:
            end_task()
        if done == 1 or done % args.every == 0 or done == args.tasks:
            gc.collect()
            now = rss_mb()
            rss.append((done, now))
            sizes = " ".join(f"{k}={v}" for k, v in cache_sizes().items() if v)
            cpu = time.process_time() - started
            print(f"{done:5d}  {now:6.0f}  {peak_mb():7.0f}  {links:5d}  {cpu:5.0f}  {sizes}")
            sys.stdout.flush()
    # Growth after the first task (the model and its warm-up are loaded by then).
    (first, at_first), (last, at_last) = rss[0], rss[-1]
    if last > first:
        per_100 = (at_last - at_first) / (last - first) * 100
        print(
            f"growth: {at_last - at_first:+.0f} MB over tasks {first}..{last}, "
            f"{per_100:+.1f} MB per 100 tasks; peak {peak_mb():.0f} MB"
        )


if __name__ == "__main__":
    main()
