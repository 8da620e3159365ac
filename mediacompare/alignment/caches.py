"""The engine's per-process caches, and what a long-running worker does with them
between tasks.

The engine memoises pure functions of a passage's text (tokens, stems, facts, word
diffs, boilerplate flag), because one event repeats its sentences across its articles
(wire copies).  Those entries serve the event being aligned and almost never the next
one, whose texts differ, but each cache keeps up to 100,000 or 200,000 of them: a
worker that aligns event after event filled them, and grew by about 1 GB over a
thousand events (issue 13).  :func:`end_task` empties them when a task ends, and hands
the freed memory back to the system; the caches keyed by word (pieces, stems, chunk
keys) and the model's token rows are bounded and shared across events, so they stay.

Every cache here memoises a pure function: emptying one never changes a result.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
from collections.abc import Callable

from mediacompare.alignment import embed
from mediacompare.alignment.diff import _key, _parts
from mediacompare.alignment.facts import facts, size
from mediacompare.alignment.index import _views
from mediacompare.alignment.normalise import _tokens_and_breaks, stem
from mediacompare.alignment.segment import is_boilerplate

__all__ = ["end_task", "release_memory", "sizes"]

# Keyed by a passage's text: emptied at the end of every task.
PER_TEXT = {
    "diff._parts": _parts,
    "facts.facts": facts,
    "facts.size": size,
    "index._views": _views,
    "normalise._tokens_and_breaks": _tokens_and_breaks,
    "segment.is_boilerplate": is_boilerplate,
}
# Keyed by a word or a chunk, bounded, useful to every event: kept.
PER_WORD = {"diff._key": _key, "normalise.stem": stem}


def sizes() -> dict[str, int]:
    """Entries held by each cache, by name."""
    out = {name: f.cache_info().currsize for name, f in {**PER_TEXT, **PER_WORD}.items()}
    out["embed._word_pieces"] = len(embed._word_pieces)
    rows = embed._token_rows
    out["embed._token_rows"] = rows.used if rows is not None else 0
    return out


def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None elsewhere (musl, macOS, Windows)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


_trim = _malloc_trim()


def release_memory() -> None:
    """Collect garbage and return the C heap's free pages to the system (glibc only).

    The engine's numpy temporaries and Python objects come and go by the hundred
    thousand per event; glibc keeps the freed pages in its heap, scattered between
    live blocks, so the resident size stays at the highest it reached unless asked.
    """
    gc.collect()
    if _trim is not None:
        _trim(0)


def end_task() -> None:
    """What a long-running process calls when a task that aligned an event ends:
    empty the per-text caches and release the freed memory."""
    for function in PER_TEXT.values():
        function.cache_clear()
    release_memory()
