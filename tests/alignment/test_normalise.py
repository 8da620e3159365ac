"""Tokens and clause breaks of :mod:`mediacompare.alignment.normalise`."""

from __future__ import annotations

import pytest

from mediacompare.alignment.normalise import clause_breaks, word_tokens


def _broken(text: str) -> list[str]:
    return [w for w, b in zip(word_tokens(text), clause_breaks(text), strict=True) if b]


def test_clause_breaks_follow_the_tokens() -> None:
    text = 'Calling it a "rift in the world, creating new dividing lines", officials hit back.'
    assert len(clause_breaks(text)) == len(word_tokens(text))
    assert _broken(text) == ["calling", "rift", "creating", "officials"]


def test_hyphens_and_possessives_are_not_breaks_but_dashes_and_quotes_are() -> None:
    assert _broken("A one-party state and the countries' leaders") == ["a"]
    assert _broken("The summit \u2014 a Cold War relic \u2014 opens 'today'") == [
        "the",
        "a",
        "opens",
        "today",
    ]


def test_clause_breaks_in_chinese_and_arabic() -> None:
    # One token per character; a break before the character after the comma.
    assert _broken("内文称，民主不是专利。而是权利") == ["内", "民", "而"]
    assert _broken("قال السفيران، إن الديمقراطية") == ["قال", "إن"]


@pytest.mark.xfail(
    strict=True,
    reason="known, not changed: a CJK token runs on after a digit or a Latin letter "
    "('12月9日と10日にサミット' is one token); the fix, measured 2026-12-04, moved the "
    "record folds from F1 0.829 to 0.804 and two spent blind sets under their floors "
    "(tests/alignment/gold/README.md)",
)
def test_a_chinese_or_japanese_token_stops_at_the_next_character() -> None:
    assert word_tokens("米国は12月9日と10日に") == [
        "米",
        "国",
        "は",
        "12",
        "月",
        "9",
        "日",
        "と",
        "10",
        "日",
        "に",
    ]
