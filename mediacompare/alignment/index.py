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
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate

from mediacompare.alignment.normalise import (
    STOPWORDS,
    clause_breaks,
    content_stems,
    word_tokens,
)
from mediacompare.alignment.segment import Passage, is_boilerplate

__all__ = [
    "Idf",
    "PreparedArticle",
    "PreparedPassage",
    "build_idf",
    "candidates",
    "prepare",
]


@dataclass(frozen=True, slots=True)
class PreparedPassage:
    """Normalised views of one passage (computed once per article)."""

    tokens: tuple[str, ...]
    stems: frozenset[str]
    boilerplate: bool
    # The article's title (see _is_title).
    title: bool = False
    # Per token: a content word (not a function word; see score._content)?
    content: tuple[bool, ...] = ()
    # Content words among the first k tokens, for k = 0 .. len(tokens): the count
    # within any run of tokens in two look-ups (score_pair asks it of every run).
    content_before: tuple[int, ...] = (0,)
    # Per token: clause punctuation before it (see normalise.clause_breaks)?
    breaks: tuple[bool, ...] = ()


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
        # Every stem of the event, weighed once.
        self._cache: dict[str, float] = {
            stem: math.log(1.0 + self.n / count) for stem, count in df.items() if count
        }
        self._set_cache: dict[frozenset[str], float] = {}

    def __getitem__(self, stem: str) -> float:
        w = self._cache.get(stem)
        if w is None:
            w = self._cache[stem] = math.log(1.0 + self.n)
        return w

    @property
    def max(self) -> float:
        """Weight of a stem seen once: the scale for absolute thresholds."""
        return math.log(1.0 + self.n)

    def weight(self, stems: Iterable[str]) -> float:
        try:
            return sum(map(self._cache.__getitem__, stems))
        except KeyError:
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


@lru_cache(maxsize=100_000)
def _views(text: str) -> PreparedPassage:
    """A passage text's tokens, stems, boilerplate flag and content flags: computed
    once per text (wire copies repeat the same sentences across an event)."""
    toks = tuple(word_tokens(text))
    boiler = is_boilerplate(text)
    stems = frozenset(content_stems(list(toks))) if not boiler else frozenset()
    content = tuple(
        t not in STOPWORDS and (len(t) > 1 or t.isdigit() or not t.isascii()) for t in toks
    )
    return PreparedPassage(
        toks, stems, boiler, False, content, (0, *accumulate(content)), clause_breaks(text)
    )


def prepare(passages: Sequence[Passage]) -> PreparedArticle:
    """Tokenise, stem and index an article's passages."""
    prepared: list[PreparedPassage] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for pos, p in enumerate(passages):
        views = _views(p.text)
        stems = views.stems
        if pos == 0 and _is_title(passages, len(views.tokens)):
            views = replace(views, title=True)
        prepared.append(views)
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


def candidates(
    a: PreparedArticle,
    b: PreparedArticle,
    idf: Idf,
    *,
    per_passage: int = 4,
    min_cover: float = 0.2,
    max_postings_frac: float = 0.34,
) -> set[tuple[int, int]]:
    """Candidate pairs ``(i, j)``: for each passage of ``a`` its best partners in
    ``b`` by shared IDF weight (at most ``per_passage``), and the same from ``b``'s
    side, in one walk of the postings.

    A pair is a candidate when the shared weight covers at least ``min_cover`` of
    the smaller side.  Stems occurring in more than ``max_postings_frac`` of b's
    passages are not walked (they cannot discriminate and dominate the cost);
    they still count when scoring.
    """
    max_post = max(8, int(max_postings_frac * len(b.prepared)))
    weights_a = [idf.set_weight(pp.stems) for pp in a.prepared]
    weights_b = [idf.set_weight(pp.stems) for pp in b.prepared]
    best_a: dict[int, list[tuple[float, int]]] = {}
    best_b: dict[int, list[tuple[float, int]]] = defaultdict(list)
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
        wa = weights_a[i]
        scored = []
        for j, shared in acc.items():
            cover = shared / max(min(wa, weights_b[j]), 1e-9)
            if cover >= min_cover:
                scored.append((cover, j))
                best_b[j].append((cover, i))
        if scored:
            best_a[i] = scored
    found: set[tuple[int, int]] = set()
    for i, scored in best_a.items():
        scored.sort(reverse=True)
        found.update((i, j) for _, j in scored[:per_passage])
    for j, scored in best_b.items():
        scored.sort(reverse=True)
        found.update((i, j) for _, i in scored[:per_passage])
    return found
