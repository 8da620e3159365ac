"""Finding a quoted span again in a text that changed, as Hypothesis does.

Pure Python, no Django. Candidates come from exact occurrences, from
diff-match-patch's Bitap matcher (the algorithm Hypothesis used through
dom-anchor-text-quote) run on the quote and on its prefix and suffix, each
refined to the span of fewest edits (Levenshtein distance from RapidFuzz).
Candidates are then scored with Hypothesis's weights (``match-quote.ts``):
quote 50, prefix 20, suffix 20, closeness to the old position 2; a candidate
may differ from the quote by at most ``min(256, len(quote) // 2)`` edits.
"""

from dataclasses import dataclass

from diff_match_patch import diff_match_patch
from rapidfuzz.distance import Levenshtein

QUOTE_WEIGHT = 50
PREFIX_WEIGHT = 20
SUFFIX_WEIGHT = 20
POSITION_WEIGHT = 2
# How far (in characters) a Bitap hit's edges are moved to find the span of fewest edits.
REFINE_WINDOW = 16
# More exact occurrences than this are not worth scoring one by one.
MAX_EXACT_CANDIDATES = 200


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


def _refine(text: str, quote: str, start: int, end: int, limit: int) -> tuple[int, int, int]:
    """The span near ``start:end`` that is fewest edits from ``quote``: (start, end, errors)."""
    window = min(REFINE_WINDOW, max(limit, 1))
    best = (start, end, Levenshtein.distance(quote, text[start:end]))
    for s in range(max(0, start - window), min(len(text), start + window) + 1):
        for e in range(max(s + 1, end - window), min(len(text), end + window) + 1):
            errors = Levenshtein.distance(quote, text[s:e], score_cutoff=best[2])
            if errors < best[2] or (errors == best[2] and abs(s - start) < abs(best[0] - start)):
                best = (s, e, errors)
    return best


def _bitap(text: str, pattern: str, loc: int) -> int:
    """diff-match-patch's best fuzzy location of ``pattern`` near ``loc``, or -1."""
    if not pattern or not text:
        return -1
    dmp = diff_match_patch()
    # Python's Bitap takes patterns of any length (integers are unbounded).
    dmp.Match_MaxBits = 0
    # Let a match be far from its old place (a moved paragraph): distance weighs little.
    dmp.Match_Distance = max(1000, 4 * len(text))
    dmp.Match_Threshold = 0.75
    return dmp.match_main(text, pattern, max(0, min(loc, len(text))))


def _candidates(text: str, quote: str, prefix: str, suffix: str, hint: int) -> set:
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
    if (found := _bitap(text, quote, hint)) != -1:
        spans.add((found, found + len(quote)))
    after_prefix = before_suffix = None
    if prefix and (found := _bitap(text, prefix, hint - len(prefix))) != -1:
        after_prefix = found + len(prefix)
        spans.add((after_prefix, after_prefix + len(quote)))
    if suffix and (found := _bitap(text, suffix, hint + len(quote))) != -1:
        before_suffix = found
        spans.add((max(0, before_suffix - len(quote)), before_suffix))
    if after_prefix is not None and before_suffix is not None and before_suffix > after_prefix:
        spans.add((after_prefix, before_suffix))
    return {(s, min(e, len(text))) for s, e in spans if s < len(text)}


def match_quote(text: str, quote: str, *, prefix: str = "", suffix: str = "", hint: int = 0):
    """The best place of ``quote`` in ``text`` given its context and old start, or None."""
    if not quote or not text:
        return None
    limit = max_errors(quote)
    best = None
    spans = set()
    for start, end in _candidates(text, quote, prefix, suffix, hint):
        if text[start:end] == quote:
            spans.add((start, end, 0))
            continue
        # The span as found (its context may fit best) and the one of fewest edits.
        spans.add((start, end, Levenshtein.distance(quote, text[start:end])))
        spans.add(_refine(text, quote, start, end, limit))
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
