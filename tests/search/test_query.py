"""Parsing what readers type: every input is either terms or a message, never syntax."""

import pytest

from mediacompare.search import cjk
from mediacompare.search.query import MAX_LENGTH, QueryError, parse_query


def terms(text):
    return [
        ([str(t) for t in clause.terms], clause.negated) for clause in parse_query(text).clauses
    ]


def test_words_phrases_exclusions_and_alternatives():
    assert terms('democracy "joint article" -summit') == [
        (["democracy"], False),
        (['"joint article"'], False),
        (["summit"], True),
    ]
    assert terms("summit OR conference democracy") == [
        (["summit", "conference"], False),
        (["democracy"], False),
    ]
    assert terms('-"values diplomacy" china') == [
        (['"values diplomacy"'], True),
        (["china"], False),
    ]


def test_or_without_two_sides_is_a_word():
    assert terms("or") == [(["or"], False)]
    assert terms("gold or") == [(["gold"], False), (["or"], False)]


def test_operators_of_other_engines_are_text_with_a_notice():
    parsed = parse_query("demo* NEAR(summit) title:china ^x")
    assert [str(t) for t in parsed.positive_terms] == ["demo*", "NEAR(summit)", "title:china", "^x"]
    assert any("not operators" in notice for notice in parsed.notices)


def test_unbalanced_quote_searches_the_rest_as_a_phrase():
    parsed = parse_query('china "joint article')
    assert [str(t) for t in parsed.positive_terms] == ["china", '"joint article"']
    assert any("no closing" in notice for notice in parsed.notices)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x" * (MAX_LENGTH + 1), "too long"),
        ("china\x00", "NUL"),
        ("-summit", "-word only leaves out"),
        ('*** "" -', "no letters or digits"),
        (" ".join(f"w{i}" for i in range(17)), "At most 16"),
    ],
)
def test_bad_searches_say_why(text, message):
    with pytest.raises(QueryError, match=message):
        parse_query(text)


def test_terms_without_letters_are_dropped_with_a_notice():
    parsed = parse_query('china - "" ***')
    assert [str(t) for t in parsed.positive_terms] == ["china"]
    assert any("Ignored" in notice for notice in parsed.notices)


def test_highlight_words_are_folded():
    assert parse_query("Café RÉSUMÉ -x").highlight_words == {"cafe", "resume"}


def test_cjk_index_text_is_pairs_then_the_last_character():
    assert cjk.index_text("民主国家") == "民主 主国 国家 家"
    assert cjk.index_text("G20峰会，民主") == "G20 峰会 会 ， 民主 主"
    assert cjk.index_text("no cjk") == "no cjk"


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("民主国家", ("民主 主国 国家", None)),
        ("民", ("", "民")),
        ("美国12月", ("美国 国 12", "月")),
        ("said 民", ("said", "民")),
        ("民 said", ("民 said", None)),
        ("民主 said", ("民主 主 said", None)),
        ("민주", ("민주", None)),
    ],
)
def test_cjk_query_text(term, expected):
    assert cjk.query_text(term) == expected
