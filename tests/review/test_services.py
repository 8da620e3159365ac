import pytest
from django.db.models import Q

from mediacompare.coverage import services as coverage
from mediacompare.coverage.models import PassageLink
from mediacompare.review import services
from mediacompare.review.models import LinkDecision, PassageDecision, State
from tests.factories import SOURCE_TEXT
from tests.review.conftest import COPY_TEXT, passage

DEMOCRACY = "They said that democracy"
PLAN = "Both countries are firmly"
SUMMIT = "The summit will stoke"
WEATHER = "An unrelated sentence"


def link_between(first, second):
    a, b = (first, second) if first.article_id < second.article_id else (second, first)
    return PassageLink.objects.filter(passage_a=a, passage_b=b).first()


def test_confirm_makes_the_link_an_editors_and_records_who_and_what(pair, editor):
    source, copy = pair
    left, right = passage(source, PLAN), passage(copy, PLAN)
    assert link_between(left, right).origin == "automatic"
    decision = services.link_decide(editor=editor, passage=left, partner=right, action="confirm")
    link = link_between(left, right)
    assert link.origin == "editor" and link.kind == "verbatim"
    assert decision.decided_by == editor and decision.decided_at is not None
    assert (decision.text_a, decision.text_b) == (left.text, right.text)
    assert decision.kind == decision.previous_kind == "verbatim"
    assert decision.score is not None


def test_reject_removes_the_link_and_realignment_never_brings_it_back(pair, editor):
    source, copy = pair
    left, right = passage(source, PLAN), passage(copy, PLAN)
    services.link_decide(editor=editor, passage=right, partner=left, action="reject")
    assert link_between(left, right) is None
    coverage.event_realign(event=source.event)
    coverage.article_align(article=copy)
    coverage.article_update(article=source, body=SOURCE_TEXT + "\nA new last sentence is here.")
    assert link_between(left, right) is None
    assert LinkDecision.objects.get().state == State.ACTIVE


def test_retype_changes_the_kind_and_survives_realignment(pair, editor):
    source, copy = pair
    left, right = passage(source, PLAN), passage(copy, PLAN)
    services.link_decide(editor=editor, passage=left, partner=right, action="retype", kind="edited")
    coverage.event_realign(event=source.event)
    link = link_between(left, right)
    assert (link.kind, link.origin) == ("edited", "editor")
    assert PassageLink.objects.filter(passage_a=left, passage_b=right).count() == 1


def test_draw_links_two_passages_with_a_word_diff_and_survives_realignment(pair, editor):
    source, copy = pair
    left, right = passage(source, SUMMIT), passage(copy, WEATHER)
    assert link_between(left, right) is None
    decision = services.link_decide(
        editor=editor, passage=left, partner=right, action="draw", kind="paraphrase"
    )
    assert decision.previous_kind == "" and decision.score is None
    coverage.event_realign(event=source.event)
    link = link_between(left, right)
    assert (link.kind, link.origin) == ("paraphrase", "editor")
    assert link.diff and "".join(t for op, t in link.diff if op in "=-").strip() == left.text


def test_a_later_decision_supersedes_the_earlier_one_which_stays_as_history(pair, editor):
    source, copy = pair
    left, right = passage(source, PLAN), passage(copy, PLAN)
    services.link_decide(editor=editor, passage=left, partner=right, action="confirm")
    services.link_decide(editor=editor, passage=left, partner=right, action="reject")
    states = list(LinkDecision.objects.order_by("pk").values_list("action", "state"))
    assert states == [("confirm", "superseded"), ("reject", "active")]
    assert link_between(left, right) is None


def test_decisions_survive_an_edit_elsewhere_in_the_text(pair, editor):
    source, copy = pair
    left, right = passage(source, PLAN), passage(copy, PLAN)
    drawn = (passage(source, SUMMIT), passage(copy, WEATHER))
    services.link_decide(editor=editor, passage=left, partner=right, action="confirm")
    services.link_decide(
        editor=editor, passage=drawn[0], partner=drawn[1], action="draw", kind="paraphrase"
    )
    democracy = (passage(source, DEMOCRACY), passage(copy, DEMOCRACY))
    services.link_decide(
        editor=editor, passage=democracy[0], partner=democracy[1], action="retype", kind="edited"
    )
    # A sentence inserted before them: passages are renumbered, texts kept.
    coverage.article_update(article=source, body="A brand new opening sentence.\n" + SOURCE_TEXT)
    coverage.article_update(article=copy, body="Another new opening line.\n" + COPY_TEXT)
    assert link_between(passage(source, PLAN), passage(copy, PLAN)).origin == "editor"
    assert link_between(passage(source, SUMMIT), passage(copy, WEATHER)).kind == "paraphrase"
    retyped = link_between(passage(source, DEMOCRACY), passage(copy, DEMOCRACY))
    assert (retyped.kind, retyped.origin) == ("edited", "editor")
    assert not LinkDecision.objects.filter(state=State.FLAGGED).exists()


def test_a_decision_is_refound_by_its_text_when_its_row_now_holds_another_text(pair, editor):
    source, copy = pair
    left, right = passage(source, PLAN), passage(copy, PLAN)
    services.link_decide(editor=editor, passage=left, partner=right, action="confirm")
    # The last sentence changes in place, and the old one moves earlier in the text.
    body = SOURCE_TEXT.replace(
        "Both countries are firmly opposed to the plan.",
        "Both countries are firmly opposed to the plan.\nThe end of the story, as told here.",
    )
    coverage.article_update(article=source, body=body)
    decision = LinkDecision.objects.get()
    assert decision.state == State.ACTIVE
    assert decision.passage_a.text == left.text
    assert link_between(decision.passage_a, right).origin == "editor"


def test_a_decision_whose_text_is_gone_is_flagged_never_moved(pair, editor):
    source, copy = pair
    left, right = passage(source, SUMMIT), passage(copy, WEATHER)
    rejected = (passage(source, PLAN), passage(copy, PLAN))
    services.link_decide(
        editor=editor, passage=left, partner=right, action="draw", kind="paraphrase"
    )
    services.link_decide(editor=editor, passage=rejected[0], partner=rejected[1], action="reject")
    coverage.article_update(
        article=source,
        body=SOURCE_TEXT.replace("The summit will stoke", "The meeting may fuel").replace(
            "Both countries are firmly opposed", "Both nations strongly oppose"
        ),
    )
    flagged = LinkDecision.objects.filter(state=State.FLAGGED)
    assert flagged.count() == 2
    assert all("no longer has this passage" in d.flagged_because for d in flagged)
    # No editor link was carried over to the new text.
    assert not PassageLink.objects.filter(origin="editor").exists()
    # The flagged rejection excludes nothing now: the new text may be linked afresh.
    assert (
        services.on_excluded_link_pairs(None, involving=Q(article_a__event=source.event)) == set()
    )


def test_marking_a_passage_not_content_drops_its_links_and_survives_a_resplit(pair, editor):
    source, copy = pair
    target = passage(source, PLAN)
    services.passage_mark(editor=editor, passage=target, is_boilerplate=True)
    target.refresh_from_db()
    assert target.is_boilerplate
    assert not PassageLink.objects.filter(passage_a=target).exists()
    coverage.event_realign(event=source.event)
    coverage.article_update(article=source, body="A brand new opening sentence.\n" + SOURCE_TEXT)
    target = passage(source, PLAN)
    assert target.is_boilerplate
    assert not PassageLink.objects.filter(passage_a=target).exists()
    services.passage_mark(editor=editor, passage=target, is_boilerplate=False)
    coverage.event_realign(event=source.event)
    assert not passage(source, PLAN).is_boilerplate
    assert list(PassageDecision.objects.values_list("state", flat=True)) == ["active", "superseded"]


def test_a_passage_decision_whose_text_is_gone_is_flagged(pair, editor):
    source, _ = pair
    services.passage_mark(editor=editor, passage=passage(source, PLAN), is_boilerplate=True)
    coverage.article_update(
        article=source, body=SOURCE_TEXT.replace("Both countries", "Two states")
    )
    assert PassageDecision.objects.get().state == State.FLAGGED


@pytest.mark.parametrize(
    ("action", "kind", "start", "message"),
    [
        ("draw", "translation", WEATHER, "same language"),
        ("draw", "nonsense", WEATHER, "Unknown link kind"),
        ("confirm", "", WEATHER, "not linked"),
        ("shred", "", WEATHER, "Unknown decision"),
    ],
)
def test_bad_decisions_are_refused_and_write_nothing(pair, editor, action, kind, start, message):
    source, copy = pair
    with pytest.raises(services.ReviewError, match=message):
        services.link_decide(
            editor=editor,
            passage=passage(source, SUMMIT),
            partner=passage(copy, start),
            action=action,
            kind=kind,
        )
    assert not LinkDecision.objects.exists()


def test_two_passages_of_one_article_cannot_be_linked(pair, editor):
    source, _ = pair
    with pytest.raises(services.ReviewError, match="same article"):
        services.link_decide(
            editor=editor,
            passage=passage(source, SUMMIT),
            partner=passage(source, PLAN),
            action="draw",
            kind="paraphrase",
        )


def test_readers_may_not_decide(pair, reader):
    source, copy = pair
    with pytest.raises(PermissionError):
        services.link_decide(
            editor=reader,
            passage=passage(source, PLAN),
            partner=passage(copy, PLAN),
            action="reject",
        )
    with pytest.raises(PermissionError):
        services.passage_mark(editor=reader, passage=passage(source, PLAN), is_boilerplate=True)
    assert not LinkDecision.objects.exists()
