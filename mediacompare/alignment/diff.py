"""Word-level diff in the format the app stores and renders.

A diff is a list of ``[op, text]`` pairs, ``op`` in ``"="``, ``"-"``, ``"+"``.
Chunks are words with their trailing whitespace.  Concatenating the ``=`` and
``-`` chunks gives side a exactly; ``=`` and ``+`` give side b.  Adjacent
chunks with the same op are merged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from rapidfuzz.distance import Indel

from mediacompare.alignment.normalise import normalise

__all__ = ["Diff", "word_diff"]

Diff = list[list[str]]
_CHUNK = re.compile(r"\s*\S+\s*")
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
    out: Diff = []
    removed: list[str] = []
    added: list[str] = []

    def keep(text: str) -> None:
        # Changes since the last kept text read as one replacement: "-" then "+".
        if removed:
            out.append(["-", "".join(removed)])
            removed.clear()
        if added:
            out.append(["+", "".join(added)])
            added.clear()
        if out and out[-1][0] == "=":
            out[-1][1] += text
        else:
            out.append(["=", text])

    # An optimal word alignment (longest common subsequence) from rapidfuzz, in C.
    for tag, i1, i2, j1, j2 in Indel.opcodes(ka, kb).as_list():
        if tag != "equal":
            if i2 > i1:
                removed.append(a[oa[i1] : oa[i2]])
            if j2 > j1:
                added.append(b[ob[j1] : ob[j2]])
            continue
        left = a[oa[i1] : oa[i2]]
        if left == b[ob[j1] : ob[j2]]:
            keep(left)
            continue
        # Same word after normalising; "=" only if literally identical,
        # otherwise the two spellings are shown as a change.
        for x, y in zip(ca[i1:i2], cb[j1:j2], strict=True):
            if x == y:
                keep(x)
            else:
                removed.append(x)
                added.append(y)
    if removed:
        out.append(["-", "".join(removed)])
    if added:
        out.append(["+", "".join(added)])
    return out


def side(diff: Diff, which: str) -> str:
    """Rebuild side ``"a"`` or ``"b"`` from a diff (used by tests)."""
    keep = {"a": {"=", "-"}, "b": {"=", "+"}}[which]
    return "".join(t for op, t in diff if op in keep)
