# ruff: noqa: E501  (long literal news sentences are the test data)
"""Segmentation edge cases and the offset invariant."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mediacompare.alignment import Passage, is_boilerplate, segment

GOLD_TEXTS = Path(__file__).parent / "gold" / "texts"


def _texts(s: str) -> list[str]:
    return [p.text for p in segment(s)]


def _corpus_files() -> list[Path]:
    """Every corpus body we can find: the shipped gold texts, plus the shared
    corpus when it is present (it is not part of the repository)."""
    files = sorted(GOLD_TEXTS.glob("*.txt"))
    roots = [os.environ.get("MEDIACOMPARE_CORPUS", ""), "/work/shared/corpus"]
    roots += [str(Path(__file__).resolve().parents[3] / "shared" / "corpus")]
    for root in roots:
        if root and Path(root).is_dir():
            files += sorted(Path(root).rglob("*.txt"))
            break
    return files


def test_passage_is_frozen_with_fields() -> None:
    p = segment("One sentence here. Another one.")[1]
    assert (p.index, p.paragraph, p.text) == (1, 0, "Another one.")
    with pytest.raises(AttributeError):
        p.text = "x"  # type: ignore[misc]
    assert Passage(0, 0, 3, 0, "abc") == Passage(0, 0, 3, 0, "abc")


def test_abbreviations_and_initials() -> None:
    text = (
        "Mr. Smith met Dr. Jones in the U.S. capital on Dec. 9 at No. 10 Main St. "
        "The meeting ended. Russian Ambassador A. Antonov spoke, e.g. about trade."
    )
    assert _texts(text) == [
        "Mr. Smith met Dr. Jones in the U.S. capital on Dec. 9 at No. 10 Main St.",
        "The meeting ended.",
        "Russian Ambassador A. Antonov spoke, e.g. about trade.",
    ]


def test_sentence_ending_in_us() -> None:
    assert _texts("He flew to the U.S. The talks began.") == [
        "He flew to the U.S.",
        "The talks began.",
    ]


def test_quotes_close_after_terminal_punctuation() -> None:
    text = 'They oppose "values diplomacy." The rest follows. “Is it freedom?” they asked.'
    assert _texts(text) == [
        'They oppose "values diplomacy."',
        "The rest follows.",
        "“Is it freedom?” they asked.",
    ]


def test_datelines_are_own_boilerplate_passages() -> None:
    cases = {
        "WASHINGTON, November 27. /TASS/. The system must change.": "WASHINGTON, November 27. /TASS/.",
        "WASHINGTON: A rare joint opinion article appeared.": "WASHINGTON:",
        "Washington (AFP) A rare joint opinion piece appeared.": "Washington (AFP)",
        "MOSCOW (Sputnik - 27th November, 2021) Russia and China agree.": "MOSCOW (Sputnik - 27th November, 2021)",
        "ООН, 28 ноя – РИА Новости. Саммит может подорвать ООН.": "ООН, 28 ноя – РИА Новости.",
    }
    for text, head in cases.items():
        ps = segment(text)
        assert ps[0].text == head, text
        assert ps[0].is_boilerplate
        assert len(ps) == 2 and not ps[1].is_boilerplate
    # A title-case place without parentheses is not a dateline.
    assert _texts("Washington, he said, is wrong.") == ["Washington, he said, is wrong."]


def test_boilerplate_helper() -> None:
    for t in [
        "(over)",
        "(AFP)",
        "By Jane Doe",
        "Author: Dave DeCamp",
        "Photo: Reuters",
        "20:21, 27 November 2021",
        "November 28, 2021",
        "Published: Nov 27, 2021 07:44 PM Updated: Nov 28, 2021 10:10 AM",
        "CHINA / DIPLOMACY",
        "China News Agency, Washington, November 27th.",
        "Source link",
    ]:
        assert is_boilerplate(t), t
    for t in [
        "China and Russia are firmly opposed.",
        "By the end of the year, trade had doubled.",
        "The article did not mention Taiwan.",
        "There is no need to worry about democracy in Russia and China.",
    ]:
        assert not is_boilerplate(t), t


def test_paragraphs_single_and_blank_newlines() -> None:
    ps = segment("First para. Still first.\nSecond para.\n\n  Third para.\n")
    assert [(p.paragraph, p.text) for p in ps] == [
        (0, "First para."),
        (0, "Still first."),
        (1, "Second para."),
        (2, "Third para."),
    ]


def test_list_items() -> None:
    assert _texts("1. First item\n2. Second item.\n- third item") == [
        "1. First item",
        "2. Second item.",
        "- third item",
    ]


def test_cjk() -> None:
    text = "中国和俄罗斯坚决反对。民主不是专利！是吗？“这是引语。”下一句"
    assert _texts(text) == [
        "中国和俄罗斯坚决反对。",
        "民主不是专利！",
        "是吗？",
        "“这是引语。”",
        "下一句",
    ]


def test_cyrillic() -> None:
    text = "Послы А. Антонов и Цинь Ган написали статью. Китай решительно против! Так ли это?"
    assert _texts(text) == [
        "Послы А. Антонов и Цинь Ган написали статью.",
        "Китай решительно против!",
        "Так ли это?",
    ]


def test_offsets_invariant_on_corpus() -> None:
    files = _corpus_files()
    assert files, "no corpus texts found"
    for f in files:
        text = f.read_text(encoding="utf-8")
        ps = segment(text)
        assert ps, f
        for i, p in enumerate(ps):
            assert p.index == i
            assert text[p.start : p.end] == p.text, (f, p)
            assert p.text == p.text.strip() and "\n" not in p.text
        assert [p.paragraph for p in ps] == sorted(p.paragraph for p in ps)
