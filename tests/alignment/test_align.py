# ruff: noqa: E501  (long literal news sentences are the test data)
"""Alignment kinds, diff format, many-article alignment, gold set and CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from mediacompare.alignment import (
    Passage,
    align,
    align_many,
    align_segments,
    corpus,
    segment,
)
from mediacompare.alignment.diff import side, word_diff
from mediacompare.alignment.index import build_idf, prepare
from mediacompare.alignment.kinds import KINDS
from mediacompare.alignment.score import THRESHOLDS, score_pair

ROOT = Path(__file__).resolve().parents[2]
TEXTS = Path(__file__).parent / "gold" / "texts"


def _kinds(a: str, b: str) -> list[tuple[tuple[int, ...], tuple[int, ...], str]]:
    return [(link.a, link.b, link.kind) for link in align(a, b).links]


def test_verbatim_ignores_case_quotes_dashes_spaces() -> None:
    a = "China was especially angered by the “inclusion” of Taiwan -- over which it claims sovereignty."
    b = 'China was especially angered by the "inclusion" of  taiwan — over which it claims sovereignty.'
    assert _kinds(a, b) == [((0,), (0,), "verbatim")]


def test_edited() -> None:
    a = "The summit is meant to fulfill a campaign pledge by Biden to advance the cause of global democracy."
    b = "The summit is meant to fulfil a campaign pledge by Biden to advance the cause of worldwide democracy."
    assert _kinds(a, b) == [((0,), (0,), "edited")]


def test_partial_half_sentence_quote() -> None:
    a = (
        "This will stoke up ideological confrontation and a rift in the world, "
        "creating new dividing lines, the envoys wrote in a joint article on Friday."
    )
    b = 'Calling it a "rift in the world, creating new dividing lines", officials in Beijing hit back.'
    got = _kinds(a, b)
    assert got == [((0,), (0,), "partial")]


def test_paraphrase() -> None:
    a = "The two ambassadors said countries should focus on running their own affairs and stop criticizing others."
    b = "Countries must focus on their own affairs instead of criticizing others, the ambassadors argued."
    assert _kinds(a, b) == [((0,), (0,), "paraphrase")]


def test_reordering_and_no_link_for_unrelated() -> None:
    a = "Alpha reactor output rose sharply in March. The harbour froze early this winter. Bakers raised bread prices."
    b = "Bakers raised bread prices again. Alpha reactor output rose sharply in March."
    al = align(a, b)
    assert sorted((link.a, link.b) for link in al.links) == [((0,), (1,)), ((2,), (0,))]
    assert al.unmatched_a == [1] and al.unmatched_b == []


def test_split_one_to_two() -> None:
    a = (
        "There is only one international system in the world, the system with the United Nations at its core, "
        "and only one order, the one underpinned by international law."
    )
    b = (
        "There is only one international system in the world, the system with the United Nations at its core. "
        "There is only one order, the one underpinned by international law."
    )
    # Many-to-many: the long sentence links to each passage that carries one of its claims.
    links = align(a, b).links
    assert [(link.a, link.b) for link in links] == [((0,), (0,)), ((0,), (1,))]
    assert {link.kind for link in links} <= {"partial", "edited"}


def test_short_generic_sentences_do_not_link() -> None:
    a = "It is what it is. They said so. This is not the case."
    b = "It was not what they said. So it is. That is the case."
    assert align(a, b).links == []


def test_boilerplate_never_links_and_is_not_an_omission() -> None:
    a = "WASHINGTON, November 27. /TASS/. Russia and China reject the summit plan outright.\n(over)"
    b = "WASHINGTON, November 27. /TASS/. Beijing and Moscow reject the summit plan outright.\n(over)"
    al = align(a, b)
    assert [(link.a, link.b) for link in al.links] == [((1,), (1,))]
    assert al.unmatched_a == [] and al.unmatched_b == []


def test_diff_format_invariants() -> None:
    cases = [
        ("China and Russia firmly reject this move.", "China and Russia are firmly opposed."),
        (
            "The “evident” product, of its Cold-War mentality",
            'The "evident" product of its Cold War mentality',
        ),
        ("", "all new"),
        ("same words here", "same words here"),
    ]
    for a, b in cases:
        d = word_diff(a, b)
        assert side(d, "a") == a and side(d, "b") == b
        assert all(op in {"=", "-", "+"} and isinstance(t, str) and t for op, t in d)
        assert all(d[k][0] != d[k + 1][0] for k in range(len(d) - 1)), d
    assert word_diff("a b c", "a x c") == [["=", "a "], ["-", "b "], ["+", "x "], ["=", "c"]]


def test_link_diff_reads_from_a_to_b() -> None:
    a = "One long sentence about the harbour closing and the ferries stopping for the winter season."
    b = "One long sentence about the harbour closing. The ferries stopping for the winter season."
    al = align(a, b)
    assert al.links
    for link in al.links:
        ta = " ".join(al.a[i].text for i in link.a)
        tb = " ".join(al.b[j].text for j in link.b)
        assert side(link.diff, "a") == ta and side(link.diff, "b") == tb


def test_align_segments_needs_no_original_text_and_to_dict_is_json() -> None:
    text_a = corpus.read(TEXTS / "44_aawsat-en-afp_en.txt").body
    text_b = corpus.read(TEXTS / "15_prothomalo-afp_en.txt").body
    pa, pb = segment(text_a), segment(text_b)
    rebuilt_a = [Passage(p.index, p.start, p.end, p.paragraph, p.text) for p in pa]
    rebuilt_b = [Passage(p.index, p.start, p.end, p.paragraph, p.text) for p in pb]
    al = align_segments(rebuilt_a, rebuilt_b)
    assert al.to_dict() == align(text_a, text_b).to_dict()
    data = json.loads(json.dumps(al.to_dict()))
    assert {"a", "b", "links", "unmatched_a", "unmatched_b"} <= set(data)
    assert all(0.0 <= link["score"] <= 1.0 for link in data["links"])
    assert {link["kind"] for link in data["links"]} <= set(KINDS) - {"translation"}


def test_align_many_groups() -> None:
    texts = [
        "Alpha reactor output rose sharply in March. Bakers raised bread prices.",
        "Bakers raised bread prices. The harbour froze early.",
        "The harbour froze early this year. Alpha reactor output rose sharply in March.",
    ]
    many = align_many(texts)
    assert set(many.pairs) == {(0, 1), (0, 2), (1, 2)}
    groups = {tuple(g) for g in many.groups}
    assert ((0, 0), (2, 1)) in groups and ((0, 1), (1, 0)) in groups and ((1, 1), (2, 0)) in groups
    pivot = align_many(texts, pivot=1)
    assert set(pivot.pairs) == {(1, 0), (1, 2)}
    json.dumps(many.to_dict())


def test_reworded_with_a_shared_phrase_is_paraphrase_not_partial() -> None:
    # The shorter side keeps one phrase of the longer but rewords the rest
    # around it: a rewording, not a quoted stretch.
    a = (
        "The two envoys wrote a few days ago that China and Russia call for an end to incitement "
        "of estrangement and confrontation under the banner of values diplomacy, and that nations "
        "practise mutual respect and cooperation."
    )
    b = "China and Russia appeal to stop stirring up estrangement and confrontation under the banner of value diplomacy."
    # Meaning is judged against each side's other passages (the ratio margin), so the
    # two stand in articles with something else to say.
    a += "\nThe harbour froze early this winter, the port authority said."
    b += "\nBakers in the capital raised bread prices for the second time in March."
    assert _kinds(a, b) == [((0,), (0,), "paraphrase")]


def test_short_side_wholly_quoted_is_partial() -> None:
    a = "No model can fit all countries"
    b = (
        "Writing in a conservative journal, the two ambassadors said democracy can be realised "
        "in multiple ways, and no model can fit all the countries."
    )
    assert _kinds(a, b) == [((0,), (0,), "partial")]


def test_rewording_with_scattered_shared_runs_is_not_edited() -> None:
    a = (
        "But when the State Department published a list of about 110 invited countries on "
        "Tuesday — not counting Russia or China — their response was furious."
    )
    b = (
        "They were outraged, however, when the State Department announced a list of around 110 "
        "invited countries on Tuesday, which did not include Russia or China."
    )
    assert _kinds(a, b) == [((0,), (0,), "paraphrase")]


def test_derived_word_forms_count_towards_paraphrase() -> None:
    a = "Washington will convene a democratic gathering for governments that share its ideology."
    b = "The gathering on democracy convened by Washington is for like-minded governance ideologies."
    pa, pb = prepare(segment(a)), prepare(segment(b))
    idf = build_idf([pa, pb])
    exact = score_pair(pa.prepared[0], pb.prepared[0], idf, replace(THRESHOLDS, fuzzy_weight=0.0))
    fuzzy = score_pair(pa.prepared[0], pb.prepared[0], idf)
    assert exact.dice < 0.5 < fuzzy.dice and fuzzy.kind == "paraphrase"
    # Unrelated words that merely begin alike do not match.
    pc = prepare(segment("Participation in the harvest festival was material, the general said."))
    pd = prepare(segment("A particular generation of maternal harvest festival songs returned."))
    idf2 = build_idf([pc, pd])
    s = score_pair(pc.prepared[0], pd.prepared[0], idf2)
    s0 = score_pair(pc.prepared[0], pd.prepared[0], idf2, replace(THRESHOLDS, fuzzy_weight=0.0))
    assert s.dice == s0.dice


def test_title_is_not_merged_with_the_lead() -> None:
    a = (
        "Envoys Reject Harbour Closure Plan in Joint Letter\n"
        "A rare joint letter by the envoys of Norway and Chile rejected the harbour closure plan "
        "announced by the port authority on Monday."
    )
    b = (
        "Norway and Chile reject the harbour closure plan in a joint letter.\n"
        "The port authority announced on Monday that the harbour would close, and the envoys "
        "of Norway and Chile wrote a rare joint letter to reject it."
    )
    links = align(a, b).links
    assert all(len(link.b) == 1 and len(link.a) == 1 for link in links), links
    assert ((0,), (0,)) in [(link.a, link.b) for link in links]


def test_cli_text_and_json() -> None:
    a = TEXTS / "44_aawsat-en-afp_en.txt"
    b = TEXTS / "15_prothomalo-afp_en.txt"
    cmd = [sys.executable, "-m", "mediacompare.alignment", str(a), str(b)]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert "verbatim" in out and "outlet:" not in out
    js = subprocess.run(
        [*cmd, "--json"], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    data = json.loads(js)
    assert data["a"][0]["text"].startswith("In Joint Op-Ed")
    assert len(data["links"]) == 3


def test_diff_runs_of_chunks_are_slices_of_the_text() -> None:
    from mediacompare.alignment.diff import _parts, side, word_diff

    texts = ["", "   ", "  lead  a b", "Hello, World.", "a\u3000b\n", "one two  three "]
    for text in texts:
        chunks, keys, starts = _parts(text)
        assert len(keys) == len(chunks) and len(starts) == len(chunks) + 1
        for i in range(len(chunks) + 1):
            for j in range(i, len(chunks) + 1):
                assert text[starts[i] : starts[j]] == "".join(chunks[i:j])
    for a in texts:
        for b in texts:
            d = word_diff(a, b)
            assert side(d, "a") == a and side(d, "b") == b
    assert word_diff("The summit, said Wang.", "The summit said Wang Yi.") == [
        ["=", "The "],
        ["-", "summit, "],
        ["+", "summit "],
        ["=", "said "],
        ["-", "Wang."],
        ["+", "Wang Yi."],
    ]


def test_word_diff_of_chinese_and_japanese_marks_the_characters_changed() -> None:
    # Written without spaces, a sentence was one chunk: a copy with two characters
    # added showed as the whole sentence removed and the whole sentence added.
    assert word_diff(
        "美国将于12月9日和10日主办峰会。", "美国将于12月9日和10日主办“民主峰会”。"
    ) == [
        ["=", "美国将于12月9日和10日主办"],
        ["+", "“民主"],
        ["=", "峰会"],
        ["+", "”"],
        ["=", "。"],
    ]
    assert word_diff(
        "米国は12月9日と10日にサミットを主催する。",
        "米国は12月9日と10日に「民主主義サミット」を主催する。",
    ) == [
        ["=", "米国は12月9日と10日に"],
        ["+", "「民主主義"],
        ["=", "サミット"],
        ["+", "」"],
        ["=", "を主催する。"],
    ]
    # Full-width punctuation is a character of its own too: the comma kept, the
    # closing quote marked, whatever stands next to them.
    assert word_diff("外交部称，峰会是“冷战思维”。", "外交部称，峰会是冷战思维。") == [
        ["=", "外交部称，峰会是"],
        ["-", "“"],
        ["=", "冷战思维"],
        ["-", "”"],
        ["=", "。"],
    ]
    # Mixed scripts and spaces still rebuild both sides exactly.
    a, b = "据TASS报道, 12月9日 峰会。", "据 TASS 报道,12月10日峰会!"
    d = word_diff(a, b)
    assert side(d, "a") == a and side(d, "b") == b


def _word_diff_by_chunks(a: str, b: str) -> list[list[str]]:
    """The word diff as it was written first: every opcode and chunk in turn, changes
    gathered until the next kept chunk (the reference for word_diff's slices)."""
    from rapidfuzz.distance import Indel

    from mediacompare.alignment.diff import _parts

    if a == b:
        return [["=", a]] if a else []
    (ca, ka, _), (cb, kb, _) = _parts(a), _parts(b)
    out: list[list[str]] = []
    removed: list[str] = []
    added: list[str] = []

    def keep(text: str) -> None:
        if removed:
            out.append(["-", "".join(removed)])
            removed.clear()
        if added:
            out.append(["+", "".join(added)])
            added.clear()
        if out and out[-1][0] == "=":
            out[-1][1] += text
        else:
            out.append(["=", text])

    for tag, i1, i2, j1, j2 in Indel.opcodes(ka, kb).as_list():
        for x, y in zip(ca[i1:i2], cb[j1:j2], strict=True) if tag == "equal" else ():
            if x == y:
                keep(x)
            else:
                removed.append(x)
                added.append(y)
        if tag != "equal":
            removed.extend(ca[i1:i2])
            added.extend(cb[j1:j2])
    if removed:
        out.append(["-", "".join(removed)])
    if added:
        out.append(["+", "".join(added)])
    return out


def test_word_diff_is_the_chunk_by_chunk_diff() -> None:
    import random

    rng = random.Random(11)
    # Words equal after normalising but not literally (case, quotes, punctuation),
    # leading and inner whitespace, empty texts.
    words = ["a", "A", "a,", "b", "“b”", '"b"', "c", "x.", "X", "  lead", "y\n", "\u3000z", ""]
    for _ in range(20_000):
        a, b = (
            "".join(
                rng.choice(words) + rng.choice(["", " ", "  "]) for _ in range(rng.randint(0, 9))
            )
            for _ in range(2)
        )
        assert word_diff(a, b) == _word_diff_by_chunks(a, b), (a, b)
    for a, b in [
        ("China and Russia firmly reject this move.", "China and Russia are firmly opposed."),
        (
            "The “evident” product, of its Cold-War mentality",
            'The "evident" product of its Cold War mentality',
        ),
        ("The summit, said Wang.", "The summit said Wang Yi."),
    ]:
        assert word_diff(a, b) == _word_diff_by_chunks(a, b)
