from mediacompare.coverage import selectors as coverage
from mediacompare.coverage.models import PassageLink
from mediacompare.review import selectors, services
from mediacompare.review.rules import may_review
from tests.review.conftest import passage

PLAN = "Both countries are firmly"
SUMMIT = "The summit will stoke"
WEATHER = "An unrelated sentence"


def test_may_review_is_the_editors_permission(editor, reader, django_user_model):
    from django.contrib.auth.models import AnonymousUser

    assert may_review(editor)
    assert not may_review(reader) and not may_review(AnonymousUser()) and not may_review(None)
    editor.is_active = False
    assert not may_review(editor)


def test_passage_links_name_the_passage_at_the_other_end(pair, editor):
    source, copy = pair
    rows = selectors.passage_links(passage=passage(source, PLAN))
    assert [row.partner.text[:25] for row in rows] == [PLAN]
    assert not rows[0].is_reviewed
    services.link_decide(
        editor=editor, passage=passage(source, PLAN), partner=passage(copy, PLAN), action="confirm"
    )
    assert selectors.passage_links(passage=passage(copy, PLAN))[0].is_reviewed


def test_history_lists_every_decision_newest_first_with_the_other_text(pair, editor):
    source, copy = pair
    left, right = passage(source, PLAN), passage(copy, PLAN)
    services.link_decide(editor=editor, passage=left, partner=right, action="confirm")
    services.link_decide(editor=editor, passage=left, partner=right, action="reject")
    services.passage_mark(editor=editor, passage=left, is_boilerplate=True)
    history = selectors.passage_history(passage=left)
    assert [type(e.decision).__name__ for e in history] == [
        "PassageDecision",
        "LinkDecision",
        "LinkDecision",
    ]
    assert [e.decision.action for e in history[1:]] == ["reject", "confirm"]
    assert history[1].partner_text == right.text and history[1].partner_article == copy
    assert [e.decision.action for e in selectors.passage_history(passage=right)] == [
        "reject",
        "confirm",
    ]


def test_the_queue_offers_a_left_out_pivot_passage_with_a_likely_partner(pair, editor):
    source, copy = pair
    # The engine linked the sentence both articles share; without that link, the pivot
    # passage is "left out" of the copy, which has the very same sentence.
    left, right = passage(source, PLAN), passage(copy, PLAN)
    PassageLink.objects.filter(passage_a=left, passage_b=right).delete()
    queue = selectors.review_queue(event=source.event, pivot=source)
    first = queue.items[0]
    assert first.is_candidate and (first.first, first.second) == (left, right)
    assert first.similarity > 0.95
    # "Not a match" takes it off the queue for good.
    services.link_decide(editor=editor, passage=left, partner=right, action="reject")
    queue = selectors.review_queue(event=source.event, pivot=source)
    assert not any(item.is_candidate and item.first == left for item in queue.items)


def test_the_queue_puts_lowest_scores_first_and_leaves_out_reviewed_links(pair, editor):
    source, copy = pair
    queue = selectors.review_queue(event=source.event, pivot=source)
    scores = [item.link.score for item in queue.items if item.link]
    assert scores == sorted(scores) and len(scores) == PassageLink.objects.count()
    decided = queue.items[0].link
    services.link_decide(
        editor=editor, passage=decided.passage_a, partner=decided.passage_b, action="confirm"
    )
    queue = selectors.review_queue(event=source.event, pivot=source)
    assert decided.pk not in {item.link.pk for item in queue.items if item.link}
    assert (queue.reviewed, queue.pending) == (1, len(scores) - 1)


def test_the_matrix_and_comparison_follow_a_passage_marked_not_content(pair, editor):
    source, copy = pair
    articles = coverage.event_articles(event=source.event)
    before = coverage.event_coverage(event=source.event, articles=articles, pivot=source)
    target = passage(source, SUMMIT)
    assert target.pk in [p.pk for p in before.passages]
    services.passage_mark(editor=editor, passage=target, is_boilerplate=True)
    after = coverage.event_coverage(event=source.event, articles=articles, pivot=source)
    assert target.pk not in [p.pk for p in after.passages]
    rows = coverage.comparison(articles=[source, copy]).rows
    row = next(
        r for r in rows if r.places[0].spots and r.places[0].spots[0].passage_id == target.pk
    )
    assert row.is_boilerplate and not row.is_gap
