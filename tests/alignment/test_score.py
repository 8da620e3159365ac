# ruff: noqa: E501  (long literal news sentences are the test data)
"""Kind decisions of :func:`mediacompare.alignment.score.score_pair` (copying kinds)."""

from __future__ import annotations

from dataclasses import replace

from mediacompare.alignment.index import build_idf, prepare
from mediacompare.alignment.score import THRESHOLDS, PairScore, Thresholds, score_pair
from mediacompare.alignment.segment import segment


def _score(a: str, b: str, t: Thresholds = THRESHOLDS) -> PairScore:
    pa, pb = prepare(segment(a)), prepare(segment(b))
    assert len(pa.prepared) == len(pb.prepared) == 1
    idf = build_idf([pa, pb])
    return score_pair(pa.prepared[0], pb.prepared[0], idf, t, paraphrase=False)


# The long side says "runs counter to" where the short one says "this trend
# contradicts": one shared phrase ("the development of the modern world") with a
# rewording next to it.
LONG_REWORDED = (
    "The article emphasizes that holding such an event will cause an ideological "
    "confrontation that runs counter to the development of the modern world."
)
SHORT_REWORDED = "This trend contradicts the development of the modern world."


def test_a_phrase_reworded_next_to_a_shared_one_is_not_partial() -> None:
    s = _score(LONG_REWORDED, SHORT_REWORDED)
    # Every condition of a quoted stretch holds on the shared run ...
    assert s.longrun >= THRESHOLDS.partial_run and s.cover >= THRESHOLDS.partial_cover
    # ... but the rest of the shorter side is said in other words.
    assert s.kind == "paraphrase"
    # Either side first: the same decision.
    assert _score(SHORT_REWORDED, LONG_REWORDED).kind == "paraphrase"


def test_rewording_rule_is_what_decides() -> None:
    # With the rule switched off (an impossible number of stems), the same pair is
    # a partial: the test above depends on the rule, not on other thresholds.
    off = replace(THRESHOLDS, reworded_stems=10**6)
    assert _score(LONG_REWORDED, SHORT_REWORDED, off).kind == "partial"


def test_a_differently_translated_opening_is_not_partial() -> None:
    # Different translations: "faced with an array of" vs "faces many": the replaced
    # words ("faced", "array") are not in the longer passage.
    a = "Faced with an array of global challenges, countries urgently need to strengthen"
    b = (
        "The article believes that as the international community faces many global challenges, "
        "countries urgently need to strengthen coordination and cooperation to jointly promote "
        "the cause of human progress."
    )
    assert _score(a, b).kind == "paraphrase"


def test_words_moved_elsewhere_in_the_longer_are_not_a_rewording() -> None:
    # "in the world" moved to the end of the longer passage: still a stretch of it.
    c = "It will incite ideological opposition and contradictions in the world and create new divisions."
    d = (
        "It is a typical cold war thinking, which will incite ideological opposition and "
        "contradictions and create new divisions in the world."
    )
    assert _score(c, d).kind == "partial"


def test_a_trailing_frame_without_counterpart_stays_partial() -> None:
    # "the pair write" has no counterpart after the quote in the longer passage.
    a = '"There is no need to worry about democracy in Russia and China," the pair write.'
    b = (
        "Despite China being a one-party communist state and Russian President Vladimir Putin "
        "declaring he will be in power until 2036, the article claimed there was “no need to "
        "worry about democracy in Russia and China”."
    )
    assert _score(a, b).kind == "partial"


def test_single_words_changed_around_a_quote_stay_partial() -> None:
    # "any" / "a particular", "states" / "countries": one word replaced at a time is
    # an edit inside the quoted stretch.
    a = "“Democracy is not the prerogative of any country or group of states …"
    b = (
        "“Democracy is not the prerogative of a particular country or group of countries, "
        "but a universal right of all peoples."
    )
    assert _score(a, b).kind == "partial"
    # An attribution said differently, where one content word of the shorter is new.
    c = 'China and Russia firmly reject this move," according to the article.'
    d = (
        "China and Russia firmly reject this move,” they wrote in The National Interest "
        "journal on Friday, three days after the US published a list of 110 countries and "
        "regions invited to participate in the summit."
    )
    assert _score(c, d).kind == "partial"


QUOTE = (
    "Certain foreign governments better think about themselves and what is going on in their homes."
)


def test_a_whole_sentence_quoted_in_a_longer_one_is_partial() -> None:
    # The shorter side whole inside a passage 1.7 times as long: a quote, although
    # the word-order ratio (0.73) is an edit's.
    a = "In subtle, indirect jabs aimed towards Washington, Antonov and Qin said, “" + QUOTE + "”"
    s = _score(a, QUOTE)
    assert s.ratio >= THRESHOLDS.edited_ratio and s.cover == 1.0
    assert s.kind == "partial"


def test_a_sentence_quoted_whole_with_a_high_ratio_is_partial_not_edited() -> None:
    short = (
        "It is impossible to prevent the shaping of a global polycentric architecture but "
        "could strain the objective process."
    )
    long = "This, it points out, contradicts the development of the modern world: “" + short + "”"
    s = _score(long, short)
    assert s.ratio >= THRESHOLDS.edited_ratio and s.kind == "partial"


def test_a_sentence_with_small_changes_stays_edited() -> None:
    # Similar lengths (the quote rule needs a clearly longer side): edited.
    a = "The summit is meant to fulfill a campaign pledge by Biden to advance the cause of global democracy."
    b = "The summit, analysts say, is meant to fulfil a campaign pledge by Biden to advance the cause of democracy."
    assert _score(a, b).kind == "edited"


def test_tokens_as_one_character_codes_score_the_same() -> None:
    texts = [
        "The ambassadors said the summit would stoke up ideological confrontation.",
        "The two ambassadors said on Friday that the summit would stoke ideological confrontation.",
        "Officials said the summit would stoke up ideological confrontation and a rift.",
        "China and Russia firmly oppose the summit, the ambassadors said.",
    ]
    prepared = [prepare(segment(t)) for t in texts]
    idf = build_idf(prepared)
    ids: dict[str, str] = {}

    def code(tokens: tuple[str, ...]) -> str:
        return "".join(ids.setdefault(t, chr(0x100 + len(ids))) for t in tokens)

    kinds = set()
    for pa in prepared:
        for pb in prepared:
            a, b = pa.prepared[0], pb.prepared[0]
            for paraphrase in (False, True):
                plain = score_pair(a, b, idf, paraphrase=paraphrase)
                coded = score_pair(
                    a, b, idf, paraphrase=paraphrase, codes=(code(a.tokens), code(b.tokens))
                )
                assert coded == plain
                kinds.add(plain.kind)
    assert len(kinds) >= 3
