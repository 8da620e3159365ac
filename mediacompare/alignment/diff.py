"""Word-level diff in the format the app stores and renders.

A diff is a list of ``[op, text]`` pairs, ``op`` in ``"="``, ``"-"``, ``"+"``.
Chunks are words with their trailing whitespace; in scripts written without spaces
(Chinese, Japanese; Korean syllables too) each character, and each CJK punctuation
mark, is a chunk, so that a sentence with two characters added shows those two, not
the whole sentence replaced.  Concatenating the ``=`` and ``-`` chunks gives side a
exactly; ``=`` and ``+`` give side b.  Adjacent chunks with the same op are merged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from rapidfuzz.distance import Indel

from mediacompare.alignment.normalise import normalise
from mediacompare.alignment.scripts import CJK_CLASS, CJK_PUNCTUATION_CLASS

__all__ = ["Diff", "word_diff"]

Diff = list[list[str]]
# A CJK character or punctuation mark, or a run of other non-space characters that
# stops at one (so "”。" after a Chinese quote is two chunks, and the "。" of a copy
# without the quote is kept).
_SINGLE = CJK_CLASS + CJK_PUNCTUATION_CLASS
_CHUNK = re.compile(rf"\s*(?:[{_SINGLE}]|[^\s{_SINGLE}]+)\s*")
_KEY_STRIP = re.compile(r"[^\w]+")


@lru_cache(maxsize=200_000)
def _parts(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...]]:
    """A text's chunks, their comparison keys and where each starts in the text (then
    its length: chunks concatenate back to the text, so a run of chunks is a slice of
    it), computed once per text."""
    chunks = tuple(_chunks(text))
    return chunks, tuple(_key(c) for c in chunks), (0, *accumulate(map(len, chunks)))


def _chunks(text: str) -> list[str]:
    # Leading whitespace (if any) sticks to the first chunk, so chunks always
    # concatenate back to the text.
    return _CHUNK.findall(text) or ([text] if text else [])


@lru_cache(maxsize=200_000)
def _key(chunk: str) -> str:
    # Match words ignoring case, quotes and punctuation, so that the diff
    # lines up words; whether they are shown as equal is decided on the
    # original text below.
    k = _KEY_STRIP.sub("", normalise(chunk))
    return k or chunk.strip()


def word_diff(a: str, b: str) -> Diff:
    """Word-level diff of ``a`` against ``b`` (see module docstring)."""
    if a == b:
        return [["=", a]] if a else []
    (ca, ka, oa), (cb, kb, ob) = _parts(a), _parts(b)
    # Every chunk of a is either kept ("=") or removed ("-"), every chunk of b kept or
    # added ("+"), in order: so the changes between two kept runs are the slices of a
    # and of b between them, and a run of kept chunks is a slice of a.  Only the kept
    # chunks are walked: ``pa``/``pb``, where a and b have been written up to; ``run``,
    # where the "=" run being extended started in a (-1: none).
    # The kept stretches, in order: (start in a, start in b, end in a, end in b).
    kept: list[tuple[int, int, int, int]] = []
    # An optimal word alignment (longest common subsequence) from rapidfuzz, in C.
    for tag, i1, i2, j1, j2 in Indel.opcodes(ka, kb).as_list():
        if tag != "equal":
            continue
        if a[oa[i1] : oa[i2]] == b[ob[j1] : ob[j2]]:
            kept.append((oa[i1], ob[j1], oa[i2], ob[j2]))
        else:
            # Same words after normalising; "=" only where literally identical,
            # otherwise the two spellings are shown as a change (the rare case: each
            # literally identical chunk kept in turn).
            kept.extend(
                (oa[i], ob[j], oa[i + 1], ob[j + 1])
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
                if ca[i] == cb[j]
            )
    out: Diff = []
    pa = pb = 0
    run = -1
    for s, t, end_a, end_b in kept:
        if s != pa or t != pb:
            # Changes since the last kept text read as one replacement: "-" then "+".
            if run >= 0:
                out.append(["=", a[run:pa]])
            if s > pa:
                out.append(["-", a[pa:s]])
            if t > pb:
                out.append(["+", b[pb:t]])
            run = s
        elif run < 0:
            run = s
        pa, pb = end_a, end_b
    if run >= 0:
        out.append(["=", a[run:pa]])
    if pa < len(a):
        out.append(["-", a[pa:]])
    if pb < len(b):
        out.append(["+", b[pb:]])
    return out


def side(diff: Diff, which: str) -> str:
    """Rebuild side ``"a"`` or ``"b"`` from a diff (used by tests)."""
    keep = {"a": {"=", "-"}, "b": {"=", "+"}}[which]
    return "".join(t for op, t in diff if op in keep)
