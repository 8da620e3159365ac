"""The engine's entry points for two or more texts (see :mod:`engine` for how).

``language_a`` / ``language_b`` (``languages`` for many) are BCP 47 codes; left
out, a text's language is unknown and assumed to be one the model knows and
the same as the other side's.  Pairs in different languages get ``translation``
links and no word diffs; a pair in different languages one of which the model
lacks (see :func:`mediacompare.alignment.embed.can_compare`) is returned with
``compared=False`` and no links.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mediacompare.alignment.engine import Document, align_event
from mediacompare.alignment.results import Alignment, ManyAlignment
from mediacompare.alignment.segment import Passage, segment

__all__ = ["align", "align_many", "align_many_segments", "align_segments"]


def align_segments(
    passages_a: Sequence[Passage],
    passages_b: Sequence[Passage],
    *,
    language_a: str = "",
    language_b: str = "",
    embeddings_a: np.ndarray | None = None,
    embeddings_b: np.ndarray | None = None,
) -> Alignment:
    """Align two already segmented articles.

    Works from the passages alone (no original text needed).  Link indices are
    the passages' ``index`` fields; passages are expected in article order.
    Statistics (IDF) come from the two articles only: to align within an event,
    use :func:`align_many_segments`.
    """
    many = align_event(
        [
            Document(passages_a, language_a, embeddings_a),
            Document(passages_b, language_b, embeddings_b),
        ],
        pairs=[(0, 1)],
    )
    return many.pairs[(0, 1)]


def align(text_a: str, text_b: str, *, language_a: str = "", language_b: str = "") -> Alignment:
    """Segment both texts and align them (see :func:`align_segments`)."""
    return align_segments(
        segment(text_a, language_a),
        segment(text_b, language_b),
        language_a=language_a,
        language_b=language_b,
    )


def align_many_segments(
    passage_lists: Sequence[Sequence[Passage]],
    pivot: int | None = None,
    *,
    languages: Sequence[str] | None = None,
    embeddings: Sequence[np.ndarray | None] | None = None,
    pairs: Sequence[tuple[int, int]] | None = None,
) -> ManyAlignment:
    """Align every pair of articles (or the pivot against every other one, or the
    given ``pairs``), with IDF and embedding neighbourhoods over all of them."""
    n = len(passage_lists)
    languages = list(languages) if languages is not None else [""] * n
    embeddings = list(embeddings) if embeddings is not None else [None] * n
    if len(languages) != n or len(embeddings) != n:
        raise ValueError("one language and one embedding matrix (or None) per article")
    documents = [
        Document(p, lang, emb)
        for p, lang, emb in zip(passage_lists, languages, embeddings, strict=True)
    ]
    return align_event(documents, pivot=pivot, pairs=pairs)


def align_many(
    texts: Sequence[str],
    pivot: int | None = None,
    *,
    languages: Sequence[str] | None = None,
) -> ManyAlignment:
    """Segment every text and align them (see :func:`align_many_segments`)."""
    langs = list(languages) if languages is not None else [""] * len(texts)
    return align_many_segments(
        [segment(t, lang) for t, lang in zip(texts, langs, strict=True)], pivot, languages=langs
    )
