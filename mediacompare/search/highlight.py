"""Matched words as text segments, for templates to wrap in <mark> with autoescaping on.

Article and note text is untrusted: it never becomes markup here. The database (or
Python, on SQLite) says where the matches are; the template escapes every segment.
"""

import re
from dataclasses import dataclass

from mediacompare.search.query import fold, words_of

# Private-use characters: stripped from the text before PostgreSQL marks it with them
# (FRAGMENT: text left out between two fragments).
START, STOP, FRAGMENT = "\ue000", "\ue001", "\ue002"
_MARKS = re.compile("([\ue000\ue001])")
# Characters of context shown around the first match of a long text.
WINDOW = 320
BEFORE = 90


@dataclass(frozen=True)
class Segment:
    text: str
    hit: bool = False


def strip_marks(text: str) -> str:
    return text.replace(START, "").replace(STOP, "").replace(FRAGMENT, "")


def from_marked(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The plain text and the spans between START and STOP marks; FRAGMENT marks become
    ellipses."""
    marked = marked.replace(FRAGMENT, " … ").strip()
    plain, spans, start, length = [], [], None, 0
    for part in _MARKS.split(marked):
        if part == START:
            start = length
        elif part == STOP:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        elif part:
            plain.append(part)
            length += len(part)
    return "".join(plain), spans


def run_spans(text: str, runs: set[str]) -> list[tuple[int, int]]:
    """Where the CJK runs of the query occur (the database marks CJK text as a whole)."""
    spans = []
    for run in runs:
        position = text.find(run)
        while position != -1:
            spans.append((position, position + len(run)))
            position = text.find(run, position + 1)
    return spans


def word_spans(text: str, words: set[str]) -> list[tuple[int, int]]:
    """Where the words of the query occur, folded as SQLite's index folds them."""
    if not words:
        return []
    spans, position = [], 0
    for word in words_of(text):
        start = text.index(word, position)
        position = start + len(word)
        if fold(word) in words:
            spans.append((start, position))
    return spans


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def segments(text: str, spans: list[tuple[int, int]], *, window: bool = True) -> list[Segment]:
    """The text cut into plain and matched segments; a long text is cut to a window
    around its first match, with an ellipsis where text was left out."""
    spans = _merged(spans)
    begin, end = 0, len(text)
    if window and len(text) > WINDOW:
        first = spans[0][0] if spans else 0
        begin = max(0, first - BEFORE)
        # Start at a word boundary when one is near (CJK text has none).
        space = text.find(" ", begin, first)
        if begin and space != -1 and space - begin < 20:
            begin = space + 1
        end = min(len(text), begin + WINDOW)
        space = text.rfind(" ", end - 20, end)
        if end < len(text) and space > begin:
            end = space
    result = [Segment("…")] if begin else []
    position = begin
    for start, stop in spans:
        start, stop = max(start, begin), min(stop, end)
        if start >= stop:
            continue
        if start > position:
            result.append(Segment(text[position:start]))
        result.append(Segment(text[start:stop], hit=True))
        position = stop
    if position < end:
        result.append(Segment(text[position:end]))
    if end < len(text):
        result.append(Segment("…"))
    return result
