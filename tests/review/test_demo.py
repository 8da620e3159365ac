"""The demo editor's review (mediacompare/review/demo/decisions.json) applies to a fresh
demo through the services, holds through realignment, and is counted as reported."""

import pytest
from django.contrib.auth.models import Group
from django.db.models import Q

from mediacompare.accounts.roles import EDITORS
from mediacompare.coverage import services as coverage
from mediacompare.coverage.demo import load_event
from mediacompare.coverage.models import Article, PassageLink
from mediacompare.review.demo import apply_decisions, load_decisions, summary
from mediacompare.review.models import LinkDecision
from tests.factories import UserFactory

FILES = ["00_SEED_chinanews_en.txt", "36_tass_en.txt", "20_globaltimes_en.txt"]


@pytest.fixture
def demo_editor(db):
    editor = UserFactory(username="editor")
    editor.groups.add(Group.objects.get(name=EDITORS))
    return editor


def link(first_text, second_text):
    return PassageLink.objects.filter(
        Q(passage_a__text=first_text, passage_b__text=second_text)
        | Q(passage_a__text=second_text, passage_b__text=first_text)
    ).first()


def test_the_demo_review_applies_holds_and_applies_once(demo_editor):
    event = load_event(files=FILES)
    decisions = load_decisions()
    mine = [
        entry
        for entry in decisions["links"]
        if entry["file_a"] in FILES and entry["file_b"] in FILES
    ]
    done = apply_decisions(event=event, editor=demo_editor)
    assert done["applied"] == len(mine) > 15
    coverage.event_realign(event=event)
    for entry in mine:
        found = link(entry["text_a"], entry["text_b"])
        if entry["action"] == "reject":
            assert found is None, entry
        else:
            assert (found.origin, found.kind) == ("editor", entry["kind"]), entry
    # Loading the demo again changes nothing.
    assert apply_decisions(event=event, editor=demo_editor) == {
        "kept": len(mine),
        "not found": len(decisions["links"]) - len(mine) + len(decisions["passages"]),
    }
    assert LinkDecision.objects.filter(decided_by=demo_editor).count() == len(mine)
    pivot = Article.objects.get(event=event, is_primary=True)
    assert LinkDecision.objects.filter(Q(article_a=pivot) | Q(article_b=pivot)).exists()


def test_the_summary_counts_every_decision_once():
    decisions = load_decisions()
    counted = summary(decisions)
    assert sum(counted["actions"].values()) == len(decisions["links"])
    judged = sum(
        n for kind in counted["kinds"].values() for key, n in kind.items() if key != "precision"
    )
    drawn = sum(counted["drawn"].values())
    assert judged + drawn + counted["likely partners rejected"] == len(decisions["links"])
    for kind in counted["kinds"].values():
        kept = kind.get("confirmed", 0) + kind.get("retyped", 0)
        assert kind["precision"] == round(kept / (kept + kind.get("rejected", 0)), 3)
    # Keyed by text, never by database ids.
    keys = {"file_a", "text_a", "file_b", "text_b", "action", "kind", "was"}
    keys |= {"occurrence_a", "occurrence_b"}
    assert all(set(entry) <= keys for entry in decisions["links"])


def test_a_confirmation_the_engine_no_longer_proposes_stands_as_a_drawn_link(demo_editor):
    """The editor's judgement outlives the engine: a confirmed pair that has no automatic
    link on a fresh load (the engine changed) is drawn with the confirmed kind, and
    loading again keeps it."""
    event = load_event(files=FILES)
    chinanews = Article.objects.get(event=event, is_primary=True)
    tass = Article.objects.get(event=event, outlet__name__icontains="tass")
    linked = set(PassageLink.objects.values_list("passage_a_id", "passage_b_id"))
    first, second = next(
        (a, b)
        for a in chinanews.passages.filter(is_boilerplate=False).order_by("index")
        for b in tass.passages.filter(is_boilerplate=False).order_by("index")
        if (a.pk, b.pk) not in linked and (b.pk, a.pk) not in linked
    )
    entry = {
        "file_a": "00_SEED_chinanews_en.txt",
        "text_a": first.text,
        "file_b": "36_tass_en.txt",
        "text_b": second.text,
        "action": "confirm",
        "kind": "paraphrase",
    }
    decisions = {"links": [entry], "passages": []}
    assert apply_decisions(event=event, editor=demo_editor, decisions=decisions) == {
        "applied": 1,
        "confirmed, drawn": 1,
    }
    found = link(first.text, second.text)
    assert (found.origin, found.kind) == ("editor", "paraphrase")
    decision = LinkDecision.objects.get(decided_by=demo_editor)
    assert (decision.action, decision.kind) == ("draw", "paraphrase")
    coverage.event_realign(event=event)
    assert link(first.text, second.text).origin == "editor"
    assert apply_decisions(event=event, editor=demo_editor, decisions=decisions) == {"kept": 1}
