"""The corpus file format: one parser for the demo loader, the CLI, the evaluation."""

from pathlib import Path

import pytest

from mediacompare.alignment import corpus

GOLD_TEXTS = Path(__file__).parent / "gold" / "texts"


def test_header_and_body_are_split_at_the_separator() -> None:
    text = corpus.parse(
        "outlet: Global Times\nurl: https://example.com/a\ntitle: T: with a colon\n"
        "date: 2021-11-27\nlanguage: zh (Traditional)\ncompleteness: TRUNCATED excerpt\n"
        "note: \n---\nFirst line.\n---\nStill the body."
    )
    assert text.header["outlet"] == "Global Times"
    assert text.header["title"] == "T: with a colon"
    assert text.header["note"] == ""
    assert text.language == "zh"
    assert text.is_excerpt
    assert text.body == "First line.\n---\nStill the body."


def test_language_code_and_completeness_words() -> None:
    assert corpus.parse("language: en (machine translation from zh)\n---\nx").language == "en"
    assert corpus.parse("language: zh-Hant\n---\nx").language == "zh-Hant"
    assert corpus.parse("language: hy (Armenian)\n---\nx").language == "hy"
    assert not corpus.parse("completeness: Appears COMPLETE (short)\n---\nx").is_excerpt
    assert not corpus.parse("completeness: COMPLETE (ends '(over)')\n---\nx").is_excerpt
    assert corpus.parse("completeness: Teaser only; COMPLETE as archived\n---\nx").is_excerpt


def test_text_without_header() -> None:
    plain = "Just an article.\nWith two paragraphs."
    with pytest.raises(corpus.CorpusFormatError):
        corpus.parse(plain)
    assert corpus.parse(plain, require_header=False).body == plain
    # A "---" line under lines that are not "key: value" is body text.
    prose = "A sentence.\n---\nAnother."
    assert corpus.parse(prose, require_header=False).body == prose


def test_every_gold_text_has_the_seven_fields() -> None:
    files = sorted(GOLD_TEXTS.glob("*.txt"))
    assert files
    for path in files:
        text = corpus.read(path)
        assert set(corpus.FIELDS) <= set(text.header), path.name
        assert text.language and text.body.strip()
        assert corpus.read_body(path) == text.body
