# ruff: noqa: E501  (long literal news sentences are the test data)
"""Segmentation edge cases and the offset invariant."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediacompare.alignment import Passage, corpus, is_boilerplate, segment

ROOT = Path(__file__).resolve().parents[2]
GOLD_TEXTS = Path(__file__).parent / "gold" / "texts"
DEMO_TEXTS = ROOT / "mediacompare" / "coverage" / "demo" / "event1"


def _texts(s: str) -> list[str]:
    return [p.text for p in segment(s)]


def _corpus_files() -> list[Path]:
    """Every corpus text the repository carries: the gold texts and the demo's
    (all 49 articles of the event, in eight languages)."""
    return sorted(GOLD_TEXTS.glob("*.txt")) + sorted(DEMO_TEXTS.glob("*.txt"))


def _body(name: str) -> list:
    text = corpus.read(DEMO_TEXTS / name)
    return segment(text.body, text.language)


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
    assert len(files) >= 49
    for f in files:
        text = f.read_text(encoding="utf-8")
        ps = segment(text)
        assert ps, f
        for i, p in enumerate(ps):
            assert p.index == i
            assert text[p.start : p.end] == p.text, (f, p)
            assert p.text == p.text.strip() and "\n" not in p.text
        assert [p.paragraph for p in ps] == sorted(p.paragraph for p in ps)


def test_chinese_sentences_are_content_and_cjk_punctuation_ends_them() -> None:
    # The Hong Kong outlet: every sentence was "not content" (a section label) before.
    passages = _body("30_hk01_zh.txt")
    content = [p for p in passages if not p.is_boilerplate]
    assert len(content) >= 7
    assert all(p.text.endswith(("。", "”", "）", "」")) or p.index == 0 for p in content)
    assert [p.text for p in passages if p.is_boilerplate] == ["撰文: 房伊媚"]
    # A closing quote after 。 stays with its sentence.
    assert _texts("他們說：“實踐證明很管用。”文章稱，這很重要。") == [
        "他們說：“實踐證明很管用。”",
        "文章稱，這很重要。",
    ]
    assert not is_boilerplate("中國和俄羅斯堅決反對。")
    assert is_boilerplate("澎湃新闻")  # an outlet's name alone


def test_traditional_chinese_article_segments_into_sentences() -> None:
    passages = _body("28_waou-cns-hk_zh-Hant.txt")
    assert sum(not p.is_boilerplate for p in passages) >= 15
    assert any(p.text == "中國和俄羅斯堅決反對。" for p in passages)


def test_arabic_question_mark_and_arabic_article() -> None:
    assert _texts("هل هي الحرية؟ هذا لا يشبه الحرية.") == ["هل هي الحرية؟", "هذا لا يشبه الحرية."]
    passages = _body("23_rt-arabic-novosti_ar.txt")
    assert sum(not p.is_boilerplate for p in passages) >= 8
    assert [p.text for p in passages if p.is_boilerplate] == ["المصدر: نوفوستي"]


def test_russian_article_and_its_read_more_line() -> None:
    passages = _body("40_nsn_ru.txt")
    assert [p.is_boilerplate for p in passages] == [False] * len(passages)
    assert passages[-1].text == "Россия и Китай не вошли в этот список."
    teaser = _body("05_usaone-izvestia_ru.txt")
    assert teaser[-1].text == "Читать на iz.ru" and teaser[-1].is_boilerplate


def test_credits_captions_navigation_and_fragments_are_not_content() -> None:
    for t in [
        "Reporting by Michael Martina; Editing by Jonathan Oatis",
        "Additional reporting by Yew Lun Tian in Beijing",
        "Through AFP",
        "FILE PHOTO: Chinese Ambassador Qin Gang speaks in Washington",
        "Chinese Ambassador Qin Gang speaks at an event. (Photo: Xinhua)",
        "U.S. President Joe Biden. REUTERS/Kevin Lamarque",
        "Read more: China says US democracy summit is a farce",
        "READ MORE",
        "Leave a Reply",
        "The",
        "After the",
        '"It ha',
        "RIA Novosti, 11/27/2021",
        "cri2021-11-28 15:33:09",
        "Posted by Orrin Judd at November 27, 2021 2:30 PM",
        "eadaily.com",
        "[excerpt B, second archived copy, page beginning]",
        "责任编辑:东方",
        "来源: 俄罗斯卫星通讯社",
        "点击阅读全文 )",
        "美国《国家利益》杂志报道截图",
    ]:
        assert is_boilerplate(t), t
    for t in [
        "The article did not mention Taiwan.",
        "Reporters were told the summit would go ahead.",
        "Photographs of the meeting were not released, the embassy said.",
        "Read the statement, the ambassadors urged their critics.",
        "It is scheduled for September.",
        "That includes Australia.",
        "美国12月举办民主峰会,中俄不在获邀之列。",
        "Autocracies are not democracies",
    ]:
        assert not is_boilerplate(t), t
