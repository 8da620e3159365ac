"""Finding a quoted span again in a text that changed, as Hypothesis does.

Pure Python, no Django. Candidates come from exact occurrences and from RapidFuzz's
best partial alignment (``fuzz.partial_ratio_alignment``, with a score cutoff) of the
quote, its prefix and its suffix, near the old position and anywhere in the text,
each refined to the span of fewest edits (Levenshtein distance from RapidFuzz).
Candidates are then scored with Hypothesis's weights (``match-quote.ts``):
quote 50, prefix 20, suffix 20, closeness to the old position 2; a candidate
may differ from the quote by at most ``min(256, len(quote) // 2)`` edits.

Every search is bounded (issue 12: a 3,000-character quote matching nothing took
minutes with diff-match-patch's pure-Python Bitap): the context is cut to
``CONTEXT_LENGTH`` characters, a long quote is searched for by its first and last
``SEARCH_PIECE_LENGTH`` characters, and the search stops taking new candidates once
``budget`` seconds have passed (``benchmarks/anchoring_bench.py`` measures it).
"""

import time
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from mediacompare.notes.limits import CONTEXT_LENGTH

QUOTE_WEIGHT = 50
PREFIX_WEIGHT = 20
SUFFIX_WEIGHT = 20
POSITION_WEIGHT = 2
# How far (in characters) a candidate's edges are moved to find the span of fewest edits.
REFINE_WINDOW = 16
# More exact occurrences than this are not worth scoring one by one.
MAX_EXACT_CANDIDATES = 200
# A longer quote is looked for by its head and tail: the cost of an alignment grows with
# the square of what is aligned (3,000 characters: 0.5 s; 256: under 1 ms).
SEARCH_PIECE_LENGTH = 256
# RapidFuzz's partial ratio (0-100) below which a piece is not taken as found: half the
# piece's characters in common, Hypothesis's tolerance of half the quote in errors.
SCORE_CUTOFF = 50
# Seconds one search may spend gathering candidates (the ones found are still scored).
DEFAULT_BUDGET = 0.25


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    errors: int
    score: float


def max_errors(quote: str) -> int:
    """Edits a match may need, as Hypothesis allows: min(256, half the quote's length)."""
    return min(256, len(quote) // 2)


def _similarity(expected: str, found: str) -> float:
    """1 for the same text, down to 0; 1 when there is nothing to compare (Hypothesis)."""
    if not expected:
        return 1.0
    return 1.0 - min(Levenshtein.distance(expected, found), len(expected)) / len(expected)


class _Clock:
    """The time a search has left; ``spent`` once it has none."""

    def __init__(self, budget: float):
        self.deadline = time.monotonic() + budget

    @property
    def spent(self) -> bool:
        return time.monotonic() >= self.deadline


def _refine(
    text: str, quote: str, start: int, end: int, limit: int, clock: _Clock
) -> tuple[int, int, int]:
    """The span near ``start:end`` that is fewest edits from ``quote``: (start, end, errors).

    The start is moved with the end held, then the end, then the start again: 3 x 33
    distances rather than 33², each costing len(quote)² / 64 steps.
    """
    best = (start, end, Levenshtein.distance(quote, text[start:end], score_cutoff=limit))
    window = min(REFINE_WINDOW, max(limit, 1))
    for move_start in (True, False, True):
        if clock.spent:
            break
        s0, e0 = best[0], best[1]
        if move_start:
            spans = ((s, e0) for s in range(max(0, s0 - window), min(e0, s0 + window + 1)))
        else:
            spans = (
                (s0, e)
                for e in range(
                    s0 + 1 + max(0, e0 - window - s0 - 1), min(len(text), e0 + window) + 1
                )
            )
        for s, e in spans:
            errors = Levenshtein.distance(quote, text[s:e], score_cutoff=best[2])
            if errors < best[2] or (errors == best[2] and abs(s - start) < abs(best[0] - start)):
                best = (s, e, errors)
    return best


def _align(text: str, piece: str, near: int, clock: _Clock) -> list[int]:
    """Where ``piece`` best aligns with ``text``: near ``near`` and anywhere (starts)."""
    if not piece or not text or clock.spent:
        return []
    found = []
    reach = 4 * len(piece) + 2 * CONTEXT_LENGTH
    lo = max(0, min(near, len(text)) - reach)
    for offset, region in ((lo, text[lo : near + len(piece) + reach]), (0, text)):
        if len(piece) > len(region) or clock.spent:
            continue
        alignment = fuzz.partial_ratio_alignment(piece, region, score_cutoff=SCORE_CUTOFF)
        if alignment is not None:
            found.append(offset + alignment.dest_start - alignment.src_start)
    return found


def _candidates(text: str, quote: str, prefix: str, suffix: str, hint: int, clock) -> set:
    """Rough (start, end) spans where the quote may now stand."""
    spans = set()
    position = text.find(quote)
    while position != -1 and len(spans) < MAX_EXACT_CANDIDATES:
        spans.add((position, position + len(quote)))
        position = text.find(quote, position + 1)
    exact_in_context = any(
        text[max(0, s - len(prefix)) : s] == prefix and text[e : e + len(suffix)] == suffix
        for s, e in spans
    )
    if exact_in_context:
        return spans
    head, tail = quote[:SEARCH_PIECE_LENGTH], quote[-SEARCH_PIECE_LENGTH:]
    starts = _align(text, head, hint, clock)
    for found in starts:
        spans.add((found, found + len(quote)))
    ends = []
    if len(quote) > SEARCH_PIECE_LENGTH:
        ends = [s + len(tail) for s in _align(text, tail, hint + len(quote) - len(tail), clock)]
        spans.update((max(0, end - len(quote)), end) for end in ends)
    after_prefix = [s + len(prefix) for s in _align(text, prefix, hint - len(prefix), clock)]
    spans.update((s, s + len(quote)) for s in after_prefix)
    before_suffix = _align(text, suffix, hint + len(quote), clock)
    spans.update((max(0, s - len(quote)), s) for s in before_suffix)
    # A span between a found beginning (head or prefix) and a found end (tail or suffix),
    # when it is about the quote's length.
    for begin in starts + after_prefix:
        for end in ends + before_suffix:
            if 0 < end - begin <= 2 * len(quote):
                spans.add((begin, end))
    return {(max(0, s), min(e, len(text))) for s, e in spans if s < len(text)}


def match_quote(
    text: str,
    quote: str,
    *,
    prefix: str = "",
    suffix: str = "",
    hint: int = 0,
    budget: float = DEFAULT_BUDGET,
):
    """The best place of ``quote`` in ``text`` given its context and old start, or None.

    Gathering candidates stops after ``budget`` seconds; exact occurrences always count.
    """
    if not quote or not text:
        return None
    # The context that counts is the text next to the quote (as much as a note stores).
    prefix, suffix = prefix[-CONTEXT_LENGTH:], suffix[:CONTEXT_LENGTH]
    hint = max(0, min(hint, len(text)))
    clock = _Clock(budget)
    limit = max_errors(quote)
    best = None
    spans = set()
    for start, end in _candidates(text, quote, prefix, suffix, hint, clock):
        if end <= start:
            continue
        if text[start:end] == quote:
            spans.add((start, end, 0))
            continue
        # The span as found (its context may fit best) and the one of fewest edits.
        spans.add((start, end, Levenshtein.distance(quote, text[start:end], score_cutoff=limit)))
        if not clock.spent:
            spans.add(_refine(text, quote, start, end, limit, clock))
    for start, end, errors in spans:
        if errors > limit or end <= start:
            continue
        quote_score = 1.0 - errors / len(quote)
        prefix_score = _similarity(prefix, text[max(0, start - len(prefix)) : start])
        suffix_score = _similarity(suffix, text[end : end + len(suffix)])
        position_score = 1.0 - abs(start - hint) / len(text)
        score = (
            QUOTE_WEIGHT * quote_score
            + PREFIX_WEIGHT * prefix_score
            + SUFFIX_WEIGHT * suffix_score
            + POSITION_WEIGHT * position_score
        ) / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
        if best is None or score > best.score:
            best = Match(start, end, errors, score)
    return best
