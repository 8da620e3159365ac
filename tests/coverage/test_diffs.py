"""How stored word diffs are shown from either side (coverage/diffs.py)."""

from mediacompare.coverage import diffs
from mediacompare.coverage.models import PassageLink
from mediacompare.coverage.templatetags.passages import kind_label, kind_letter, link_kinds

DIFF = [
    ["=", "Both countries are "],
    ["-", "firmly "],
    ["=", "opposed to "],
    ["-", "the plan, "],
    ["+", "The Plan "],
    ["=", "they said "],
    ["+", "on Friday."],
]


def test_each_side_shows_its_own_words_and_minor_changes_as_such():
    a = diffs.chunks(DIFF, side="a")
    b = diffs.chunks(DIFF, side="b")
    assert ("own", "firmly ") in a and ("own", "on Friday.") in b
    # "the plan, " / "The Plan ": capitals and a comma only, on both sides alike.
    assert ("minor", "the plan, ") in a and ("minor", "The Plan ") in b
    assert not any(op == "own" and "plan" in text.lower() for op, text in a + b)
    assert diffs.own_text(a) == "Both countries are firmly opposed to the plan, they said "


def test_full_chunks_keep_the_other_sides_words_where_they_stand():
    b = diffs.chunks(DIFF, side="b", full=True)
    assert b[:3] == [("same", "Both countries are "), ("other", "firmly "), ("same", "opposed to ")]
    assert diffs.own_text(b) == "Both countries are opposed to The Plan they said on Friday."


def test_a_link_kind_the_vocabulary_does_not_know_yet_still_reads():
    # A kind added to PassageLink.Kind later (say "translation") shows its own label and a
    # letter, not a crash or a bare colour.
    assert kind_label("translation") == "Translation"
    assert kind_letter("translation") == "T"
    assert kind_label("partial") == "Partial quote" and kind_letter("partial") == "Q"
    assert [label for _, label, _ in link_kinds()] == [k.label for k in PassageLink.Kind]
    letters = [letter for _, _, letter in link_kinds()]
    assert len(set(letters)) == len(letters)
