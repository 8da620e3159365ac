"""Passage alignment engine for comparing news coverage of one event.

Pure Python, no Django: text-reuse detection (inverted index of rare content
features, local scoring, thresholded assignment, split/merge step) rather than
monotonic sentence alignment, because outlets reorder, split, merge, quote
and reword their sources.

Public API::

    segment(text, language="en") -> list[Passage]
    align(text_a, text_b, language="en", *, backend=None) -> Alignment
    align_segments(passages_a, passages_b, *, backend=None) -> Alignment
    align_many(texts, pivot=None, language="en", *, backend=None) -> ManyAlignment
    align_many_segments(passage_lists, pivot=None, *, backend=None) -> ManyAlignment
    is_boilerplate(text) -> bool

``language`` has no effect on the result: rules depend on the script (Latin,
Cyrillic, CJK), not on a language code (see :func:`align`).

``backend`` is ``"lexical"`` (the default, no dependencies) or ``"semantic"``
(adds embedding-based paraphrase links; optional dependencies in
``requirements-semantic.txt``, see :mod:`mediacompare.alignment.semantic`).
Unset, the environment variable ``MEDIACOMPARE_ALIGNMENT_BACKEND`` decides.
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
