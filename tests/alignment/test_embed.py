"""The embedding adapter: languages, storage, and clause vectors from one pass."""

import numpy as np
import pytest

from mediacompare.alignment import embed


def test_languages_the_model_knows() -> None:
    for code in ("en", "zh-Hant", "zh-Hans", "ru", "ar", "de", "it", "ko", "ja", "EN"):
        assert embed.is_supported(code), code
    for code in ("hy", "ka", "uk", "fa", ""):
        assert not embed.is_supported(code), code
    assert embed.can_compare("en", "zh-Hant")
    assert embed.can_compare("hy", "hy")  # same language: words can be compared
    assert not embed.can_compare("hy", "en")
    assert embed.base_language("zh_Hant") == "zh"


def test_vectors_are_unit_and_multilingual() -> None:
    v = embed.embed(
        [
            "China and Russia are firmly opposed.",
            "Китай и Россия решительно против.",
            "中国和俄罗斯坚决反对。",
            "The harbour froze early this winter.",
        ]
    )
    assert v.shape == (4, embed.DIM) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    sims = v @ v.T
    assert sims[0, 1] > sims[0, 3] + 0.2 and sims[0, 2] > sims[0, 3] + 0.2
    assert embed.embed([]).shape == (0, embed.DIM)


def test_bytes_round_trip_is_compact_and_close() -> None:
    v = embed.embed(["One sentence.", "Another, quite different sentence about trade."])
    blobs = embed.to_bytes(v)
    assert [len(b) for b in blobs] == [embed.DIM, embed.DIM]
    back = embed.from_bytes(blobs)
    assert np.abs(back @ back.T - v @ v.T).max() < 0.01
    packed = embed.pack(v)
    assert len(packed) == 2 * embed.DIM
    assert np.allclose(embed.unpack(packed), back)
    with pytest.raises(ValueError):
        embed.unpack(b"\x01" * 100)


def test_clause_vectors_come_with_the_whole_from_one_pass() -> None:
    long = (
        "Calling the US plan an evident product of its Cold War mentality, the ambassadors said "
        "the December 9-10 event would stoke up ideological confrontation and a rift in the world."
    )
    short = "China and Russia are firmly opposed."
    with_clauses = embed.embed_with_clauses([long, short])
    assert with_clauses[0].shape[0] >= 3 and with_clauses[1].shape == (1, embed.DIM)
    whole = embed.embed([long, short])
    # The whole passage is exactly the model's own encoding.
    assert float(with_clauses[0][0] @ whole[0]) > 0.9999
    assert float(with_clauses[1][0] @ whole[1]) > 0.9999
    # A clause is close to encoding it alone.
    alone = embed.embed(["Calling the US plan an evident product of its Cold War mentality,"])[0]
    assert float(with_clauses[0][1] @ alone) > 0.9


def test_ruby_annotations_are_removed_for_the_model() -> None:
    assert embed.for_model("民主峰會(huì)在線上") == "民主峰會在線上"
    assert embed.for_model("The summit (online) opens.") == "The summit (online) opens."


def _gold_texts() -> list[str]:
    from pathlib import Path

    from mediacompare.alignment import corpus, segment

    texts = []
    for path in sorted((Path(__file__).parent / "gold" / "texts").glob("*.txt")):
        text = corpus.read(path)
        texts.extend(p.text for p in segment(text.body, text.language))
    return texts


def test_word_by_word_tokenising_is_the_tokenizers_own() -> None:
    tokenizer = embed._load()._tokenizer
    texts = _gold_texts() + ["", "   ", "ﬁve  spaces\u3000and\ttabs", "民主峰會在線上。", "a"]
    assert len(texts) > 300
    embed._word_pieces.clear()
    for _ in range(2):  # cold, then from the word cache
        for text in texts:
            expected = tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True)
            assert embed._token_ids(tokenizer, text) == expected, text


TRICKY = [
    "民主峰會(huì)在線上。中國和俄羅斯堅決反對",
    "الصين وروسيا تعارضان بشدة، وقال السفير: «لا».",
    "Mixed CASE and ÉCOLE, ﬁve ｆｕｌｌｗｉｄｔｈ Ⅻ words; e\u0301 combining",
    "emoji 😀👍🏽 and flags 🇺🇸 between words ",
    "  leading,  double  and trailing spaces  ",
    "no\u00a0break and\u3000ideographic and\ttab and\u200bzero width",
    "the word marker ▁ itself, and ▁▁x",
    "soft\u00adhyphen and line\u2028separator",
    "\u200b \u2028",
    "zero width joiner\u200dand\x01control",
    "Россия, «Ведомости»: 9-10 декабря",
]


def test_chunk_by_chunk_tokenising_is_the_tokenizers_own_on_tricky_input() -> None:
    """Each space-separated chunk is normalised and segmented once (_chunk_pieces);
    texts whose chunks normalise to a space fall back to the tokenizer's normaliser."""
    tokenizer = embed._load()._tokenizer
    embed._word_pieces.clear()
    texts = TRICKY + [t.replace(" ", "  ") for t in TRICKY] + [t.lower() for t in TRICKY]
    for _ in range(2):  # cold, then from the chunk cache
        for text in texts:
            for variant in (text, embed.for_model(text)):
                expected = tokenizer.encode(variant, out_type=int, add_bos=True, add_eos=True)
                assert embed._token_ids(tokenizer, variant) == expected, variant
    # Both routes were taken: cached chunks, and chunks that hold a space once normalised.
    assert embed._word_pieces["民主峰會在線上。中國和俄羅斯堅決反對"]
    assert embed._word_pieces["no\u00a0break"] is None
    assert embed._word_pieces["joiner\u200dand\x01control"]


def _clause_spans_by_text(seq, pieces):
    """_clause_spans as first written: the pieces' text, token by token."""
    text = [pieces[i].lstrip("\u2581") for i in seq]
    spans, start = [], 1
    for k in range(1, len(seq) - 1):
        if text[k] and text[k][-1] in embed._CLAUSE_END:
            spans.append((start, k + 1))
            start = k + 1
    if start < len(seq) - 1:
        spans.append((start, len(seq) - 1))

    def weight(span):
        return sum(len(t) * (3 if embed.is_cjk(t) else 1) for t in text[span[0] : span[1]])

    merged = []
    for span in spans:
        if merged and weight(merged[-1]) < embed._MIN_CLAUSE:
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    if len(merged) > 1 and weight(merged[-1]) < embed._MIN_CLAUSE:
        last = merged.pop()
        merged[-1] = (merged[-1][0], last[1])
    while len(merged) > embed._MAX_CLAUSES:
        merged = [
            (merged[k][0], merged[min(k + 1, len(merged) - 1)][1]) for k in range(0, len(merged), 2)
        ]
    return merged if len(merged) >= 2 else []


def test_clause_spans_from_facts_kept_per_piece_are_those_of_the_pieces_text() -> None:
    tokenizer = embed._load()._tokenizer
    pieces = tokenizer._pieces
    seqs = [embed._token_ids(tokenizer, t) for t in _gold_texts() + TRICKY]
    assert sum(1 for seq in seqs if embed._clause_spans(seq, pieces)) > 50
    for seq in seqs:
        assert embed._clause_spans(seq, pieces) == _clause_spans_by_text(seq, pieces)
    # Other pieces (another model's): their own facts, not those kept for the first.
    other = [p + "," if p.isalpha() else p for p in pieces]
    for seq in seqs[:100]:
        assert embed._clause_spans(seq, other) == _clause_spans_by_text(seq, other)


# Float32 rounding: BLAS and numpy pick kernels by CPU and by the shape and alignment of
# their operands, so the same text in another batch may differ in the last bit on some
# machines (an AMD EPYC with OpenBLAS 0.3.34 does, by up to 1.2e-7). A wrong row, cache
# slot or window differs by orders of magnitude more.
ROUNDING = 1e-6


def same_vectors(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and float(np.abs(a - b).max(initial=0.0)) <= ROUNDING


def test_first_layer_kept_per_token_changes_nothing_but_rounding(monkeypatch) -> None:
    texts = _gold_texts()[:300]
    monkeypatch.setattr(embed, "_token_rows", None)
    cold = embed.embed_with_clauses(texts)
    warm = embed.embed_with_clauses(texts[::-1])[::-1]
    # A full cache computes nothing new; past it, rows are computed every time.
    monkeypatch.setattr(embed, "_CACHED_IDS", 50)
    monkeypatch.setattr(embed, "_token_rows", None)
    small = embed.embed_with_clauses(texts)
    assert embed._token_rows.used == 50
    for a, b, c in zip(cold, warm, small, strict=True):
        assert same_vectors(a, b) and same_vectors(a, c)


def test_a_texts_vectors_do_not_depend_on_its_batch() -> None:
    texts = _gold_texts()[:40]
    together = embed.embed_with_clauses(texts)
    for text, vectors in zip(texts[:8], together, strict=False):
        assert same_vectors(embed.embed_with_clauses([text])[0], vectors)


def test_features_of_repeated_token_windows_are_reused_without_changing_the_vectors() -> None:
    original = (
        "The Chinese and Russian ambassadors to the United States jointly wrote an article, "
        "saying the so-called summit would stoke up ideological confrontation."
    )
    edited = [
        original.replace("jointly ", ""),
        original.replace("Chinese and Russian", "Russian and Chinese"),
        original.replace("ideological", "new ideological") + " They said so on Friday.",
    ]
    together = embed.embed_with_clauses([original, *edited])
    for text, vectors in zip([original, *edited], together, strict=True):
        assert same_vectors(embed.embed_with_clauses([text])[0], vectors)


def test_first_convolution_per_id_is_the_models_own(monkeypatch) -> None:
    """The first convolution summed from per-id terms (_FirstConvolution) gives the
    model's own vectors: whole texts as ``encode`` computes them in one product per
    window, also when the kept terms are forgotten and computed again."""
    texts = _gold_texts()[:200]
    model = embed._load()
    expected = embed._unit(np.asarray(model.encode([embed.for_model(t) for t in texts])))
    for cap in (embed._CONVOLUTION_IDS, 50):
        monkeypatch.setattr(embed, "_CONVOLUTION_IDS", cap)
        got = np.vstack([v[0] for v in embed.embed_with_clauses(texts)])
        assert same_vectors(got, expected)
    # One convolution's terms, row by row, are the products they stand for.
    backend = model._model
    conv = embed._FirstConvolution(backend, 4)
    ids = np.array([5, 17, 4000])
    x = np.random.default_rng(0).standard_normal((3, backend.proj_W.shape[1]), dtype=np.float32)

    def check(slots, x):
        assert len(slots) == len(x) + 1 and slots[-1] == conv.past_end
        for i, (w, t) in enumerate(zip(backend.w1, conv.terms, strict=True)):
            n = w.shape[0] // 256
            assert t.shape == ((conv.capacity + 1) * n, 256)
            assert np.array_equal(t[conv.past_end * n :], np.zeros((n, 256)))
            for k in range(n):
                want = x[:, i * 256 : (i + 1) * 256] @ w[k * 256 : (k + 1) * 256]
                assert np.allclose(t[slots[:-1] * n + k], want, atol=1e-5)

    slots = conv.slots_of(ids, x)
    check(slots, x)
    # Known ids are looked up, not recomputed: the same slots in another order.
    again = conv.slots_of(ids[::-1], x[::-1] * 0)
    assert np.array_equal(again[:3], slots[:3][::-1])
    check(again, x[::-1])
    # Past its capacity it starts again, and a batch of more ids than that still fits.
    y = x[[0, 1]] * 2
    check(conv.slots_of(np.array([6, 9]), y), y)
    assert conv.used == 2
    z = np.vstack([x, x]) * 3
    check(conv.slots_of(np.array([1, 2, 3, 4, 7, 8]), z), z)
    assert conv.capacity == 6


def test_pooled_rows_of_several_batches_go_through_the_dense_layers_together(
    monkeypatch,
) -> None:
    """embed_with_clauses pools batch by batch and runs the dense layers on the rows of
    several batches at once (_HEAD_ROWS): each text still gets its own rows."""
    texts = _gold_texts()[:120]
    model = embed._load()
    expected = embed._unit(np.asarray(model.encode([embed.for_model(t) for t in texts])))
    runs = []
    for rows in (embed._HEAD_ROWS, 7, 1):
        monkeypatch.setattr(embed, "_HEAD_ROWS", rows)
        runs.append(embed.embed_with_clauses(texts))
    tokenizer = model._tokenizer
    for k, text in enumerate(texts):
        seq = embed._token_ids(tokenizer, embed.for_model(text))
        n_rows = 1 + len(embed._clause_spans(seq, tokenizer._pieces))
        assert same_vectors(runs[0][k][0], expected[k])
        for run in runs:
            assert run[k].shape == (n_rows, embed.DIM)
            assert same_vectors(run[k], runs[0][k])
    assert sum(len(v) for v in runs[0]) > 2 * 7


def test_segment_sums_are_reduceats_bit_for_bit() -> None:
    """_segment_sums adds whole rows in the order reduceat uses for each column (its
    first row, then numpy's pairwise sum of the rest): the same float32 sums, bit for
    bit (signed zeros included)."""

    def bits(a):
        return np.ascontiguousarray(a).view(np.uint32)

    rng = np.random.default_rng(5)
    for size, cuts in ((1, 0), (9, 3), (700, 40), (1500, 6)):
        x = rng.standard_normal((size, embed.DIM + 3 * 256), dtype=np.float32)
        x *= rng.uniform(0.01, 100.0, size=(size, 1)).astype(np.float32)
        x[rng.random(x.shape) < 0.05] = -0.0
        inner = rng.choice(np.arange(1, size), size=min(cuts, size - 1), replace=False)
        edges = np.unique(np.concatenate([[0], inner, [size]]))
        want = np.add.reduceat(x, edges[:-1], axis=0)
        assert np.array_equal(bits(embed._segment_sums(x, edges)), bits(want))
    # Every length up to well past the recursion (128), alone; zeros of both signs.
    x = rng.standard_normal((300, 64), dtype=np.float32)
    x[:, :8] = -0.0
    for m in range(1, 301):
        edges = np.array([0, m])
        want = np.add.reduceat(x[:m], [0], axis=0)
        assert np.array_equal(bits(embed._segment_sums(x[:m], edges)), bits(want)), m
