"""Passage alignment engine for comparing news coverage of one event.

Pure Python, no Django: text-reuse detection (inverted index of rare content
features, local scoring, thresholded assignment, split/merge step) rather than
monotonic sentence alignment, because outlets reorder, split, merge, quote
and reword their sources.
"""

from mediacompare.alignment.segment import Passage, is_boilerplate, segment

__all__ = ["Passage", "is_boilerplate", "segment"]
