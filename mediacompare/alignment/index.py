"""Prepared passages, IDF weights and the inverted index for candidates.

Only passage pairs that share rare content stems are ever scored: each
article gets an inverted index (stem -> passage positions), and candidates
for a passage are gathered by walking the postings of its stems and summing
their IDF.  Cost is proportional to the postings touched, not to |A| x |B|.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from mediacompare.alignment.normalise import content_stems, word_tokens
from mediacompare.alignment.segment import Passage, is_boilerplate

__all__ = [
    "Idf",
    "PreparedArticle",
    "PreparedPassage",
    "build_idf",
    "candidates",
    "combine",
    "prepare",
]


@dataclass(frozen=True, slots=True)
class PreparedPassage:
    """Normalised views of one passage (computed once per article)."""

    tokens: tuple[str, ...]
    stems: frozenset[str]
    boilerplate: bool
    # The article's title (see _is_title).  A title is never merged with
    # body sentences: it is a unit of its own.
    title: bool = False


@dataclass(slots=True)
class PreparedArticle:
    passages: list[Passage]
    prepared: list[PreparedPassage]
    postings: dict[str, list[int]] = field(default_factory=dict)


class Idf:
    """Inverse document frequency over passages, ``log(1 + N / df)``.

    Unknown stems (df 0) get the maximum weight.
    """

    __slots__ = ("_cache", "_set_cache", "df", "n")

    def __init__(self, df: Counter[str], n: int) -> None:
        self.df = df
        self.n = max(n, 1)
        self._cache: dict[str, float] = {}
        self._set_cache: dict[frozenset[str], float] = {}

    def __getitem__(self, stem: str) -> float:
        w = self._cache.get(stem)
        if w is None:
            w = math.log(1.0 + self.n / max(self.df.get(stem, 0), 1))
            self._cache[stem] = w
        return w

    @property
    def max(self) -> float:
        """Weight of a stem seen once: the scale for absolute thresholds."""
        return math.log(1.0 + self.n)

    def weight(self, stems: Iterable[str]) -> float:
        return sum(self[s] for s in stems)

    def set_weight(self, stems: frozenset[str]) -> float:
        """:meth:`weight` of a passage's stem set, cached (sets repeat:
        every passage is scored against many others)."""
        w = self._set_cache.get(stems)
        if w is None:
            w = self._set_cache[stems] = self.weight(stems)
        return w


_TITLE_MAX_TOKENS = 16
_SENTENCE_END = tuple(".!?…。！？")


def _is_title(passages: Sequence[Passage], n_tokens: int) -> bool:
    """Whether the first passage looks like a headline: alone in its
    paragraph and either short or without sentence-final punctuation
    (a lead sentence alone in its paragraph is long and ends in a stop)."""
    if len(passages) < 2 or passages[1].paragraph == passages[0].paragraph:
        return False
    text = passages[0].text.rstrip().rstrip("\"'”’»)]")
    return n_tokens <= _TITLE_MAX_TOKENS or not text.endswith(_SENTENCE_END)


def prepare(passages: Sequence[Passage]) -> PreparedArticle:
    """Tokenise, stem and index an article's passages."""
    prepared: list[PreparedPassage] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for pos, p in enumerate(passages):
        toks = tuple(word_tokens(p.text))
        boiler = is_boilerplate(p.text)
        stems = frozenset(content_stems(list(toks))) if not boiler else frozenset()
        title = pos == 0 and _is_title(passages, len(toks))
        prepared.append(PreparedPassage(toks, stems, boiler, title))
        for s in stems:
            postings[s].append(pos)
    return PreparedArticle(list(passages), prepared, dict(postings))


def build_idf(articles: Iterable[PreparedArticle]) -> Idf:
    """IDF over all non-boilerplate passages of the given articles."""
    df: Counter[str] = Counter()
    n = 0
    for art in articles:
        for pp in art.prepared:
            if not pp.boilerplate:
                n += 1
                df.update(pp.stems)
    return Idf(df, n)


def combine(parts: Sequence[PreparedPassage]) -> PreparedPassage:
    """A passage made of adjacent passages (for split/merge links)."""
    toks: tuple[str, ...] = ()
    stems: frozenset[str] = frozenset()
    for p in parts:
        toks += p.tokens
        stems |= p.stems
    return PreparedPassage(toks, stems, False)


def candidates(
    a: PreparedArticle,
    b: PreparedArticle,
    idf: Idf,
    *,
    per_passage: int = 6,
    min_cover: float = 0.2,
    max_postings_frac: float = 0.34,
) -> dict[int, list[tuple[int, float]]]:
    """Candidate partners in ``b`` for each passage of ``a``.

    Returns ``{i: [(j, shared_idf), ...]}``, best first, at most
    ``per_passage`` each.  Stems occurring in more than
    ``max_postings_frac`` of b's passages are not walked (they cannot
    discriminate and dominate the cost); they still count when scoring.
    """
    max_post = max(8, int(max_postings_frac * len(b.prepared)))
    weights_b = [idf.set_weight(pp.stems) for pp in b.prepared]
    out: dict[int, list[tuple[int, float]]] = {}
    for i, pa in enumerate(a.prepared):
        if pa.boilerplate or not pa.stems:
            continue
        acc: dict[int, float] = defaultdict(float)
        for s in pa.stems:
            post = b.postings.get(s)
            if post is None or len(post) > max_post:
                continue
            w = idf[s]
            for j in post:
                acc[j] += w
        if not acc:
            continue
        wa = idf.set_weight(pa.stems)
        scored = []
        for j, shared in acc.items():
            cover = shared / max(min(wa, weights_b[j]), 1e-9)
            if cover >= min_cover:
                scored.append((j, shared, cover))
        scored.sort(key=lambda x: (-x[2], -x[1]))
        if scored:
            out[i] = [(j, shared) for j, shared, _ in scored[:per_passage]]
    return out
