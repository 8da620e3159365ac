"""Passage alignment engine for comparing news coverage of one event.

Pure Python, no Django: text-reuse detection (inverted index of rare content
features, local scoring, thresholded assignment, split/merge step) rather than
monotonic sentence alignment, because outlets reorder, split, merge, quote
and reword their sources.

Public API::

    segment(text, language="en") -> list[Passage]
    align(text_a, text_b, language="en") -> Alignment
    align_segments(passages_a, passages_b) -> Alignment
    align_many(texts, pivot=None, language="en") -> ManyAlignment
    align_many_segments(passage_lists, pivot=None) -> ManyAlignment
    is_boilerplate(text) -> bool
"""

from mediacompare.alignment.align import Alignment, Link, align, align_segments
from mediacompare.alignment.many import ManyAlignment, align_many, align_many_segments
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
    "is_boilerplate",
    "segment",
]
