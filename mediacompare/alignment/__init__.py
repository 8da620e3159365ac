"""Passage alignment engine for comparing news coverage of one event.

Pure Python with numpy, no Django: text-reuse detection (shared rare words,
word-sequence scoring) for verbatim, edited and partial reuse, and a fitted
scorer on meaning (multilingual sentence embeddings with their ratio margin,
event-wide IDF overlap, agreement of numbers, dates and names) for paraphrases
and translations.  Links are many-to-many and order-free, because outlets
reorder, split, merge, restate, quote, reword and translate their sources.

Public API::

    segment(text, language="") -> list[Passage]
    align(text_a, text_b, *, language_a="", language_b="") -> Alignment
    align_segments(passages_a, passages_b, *, language_a="", language_b="",
                   embeddings_a=None, embeddings_b=None) -> Alignment
    align_many(texts, pivot=None, *, languages=None) -> ManyAlignment
    align_many_segments(passage_lists, pivot=None, *, languages=None,
                        embeddings=None, pairs=None) -> ManyAlignment
    is_boilerplate(text) -> bool
    is_supported(language) -> bool; can_compare(language_a, language_b) -> bool

Link kinds: :mod:`mediacompare.alignment.kinds`.
"""

from mediacompare.alignment.align import align, align_many, align_many_segments, align_segments
from mediacompare.alignment.embed import can_compare, is_supported
from mediacompare.alignment.results import Alignment, Link, ManyAlignment
from mediacompare.alignment.segment import Passage, is_boilerplate, segment

__all__ = [
    "Alignment",
    "Link",
    "ManyAlignment",
    "Passage",
    "align",
    "align_many",
    "align_many_segments",
    "align_segments",
    "can_compare",
    "is_boilerplate",
    "is_supported",
    "segment",
]
