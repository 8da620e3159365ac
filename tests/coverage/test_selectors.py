import pytest

from mediacompare.coverage import selectors
from mediacompare.notes.models import Note
from tests.factories import ArticleFactory, NoteFactory


@pytest.fixture
def pair(db):
    source = ArticleFactory(is_primary=True)
    copy = ArticleFactory(
        event=source.event,
        body=(
            "A sentence the source never had, about something else entirely.\n"
            "Both countries are firmly opposed to the plan.\n"
            "They said that democracy is not the patent of any one country."
        ),
    )
    return source, copy


def test_comparison_pairs_linked_passages_and_shows_gaps(pair, user):
    source, copy = pair
    rows = selectors.comparison(left=source, right=copy, user=user)
    left_texts = [row.left[0].passage.text for row in rows if row.left]
    assert left_texts == [p.text for p in source.passages.order_by("index")]
    by_left = {row.left[0].passage.text: row for row in rows if row.left}
    opposed = by_left["Both countries are firmly opposed to the plan."]
    assert [v.passage.text for v in opposed.right] == [
        "Both countries are firmly opposed to the plan."
    ]
    assert opposed.kinds == ["verbatim"]
    assert opposed.is_verbatim
    stoke = by_left[
        "The summit will stoke ideological confrontation and create new dividing lines."
    ]
    assert stoke.is_gap and stoke.right == []
    additions = [row for row in rows if not row.left]
    assert [row.right[0].passage.text[:10] for row in additions] == ["A sentence"]
    assert additions[0].anchor == "b1"


def test_each_right_passage_appears_once(pair, user):
    source, copy = pair
    rows = selectors.comparison(left=source, right=copy, user=user)
    shown = [view.passage.pk for row in rows for view in row.right]
    assert sorted(shown) == sorted(copy.passages.values_list("pk", flat=True))


def test_comparison_summary_counts_shared_passages(pair, user):
    source, copy = pair
    summary = selectors.comparison_summary(selectors.comparison(left=source, right=copy, user=user))
    assert summary.total_left == source.passages.count()
    assert summary.total_right == 3
    assert summary.linked_right == 2
    assert summary.by_kind.get("verbatim") == 2


def test_notes_are_filtered_by_visibility(pair, user, other_user):
    source, copy = pair
    passage = source.passages.first()
    NoteFactory(passage=passage, author=user, visibility=Note.Visibility.PRIVATE, body="mine")
    NoteFactory(
        passage=passage, author=other_user, visibility=Note.Visibility.PRIVATE, body="theirs"
    )
    NoteFactory(
        passage=passage, author=other_user, visibility=Note.Visibility.PUBLIC, body="shared"
    )
    paragraphs = selectors.article_reading(article=source, user=user)
    bodies = [n.body for n in paragraphs[0].passages[0].notes]
    assert bodies == ["mine", "shared"]
    rows = selectors.comparison(left=source, right=copy, user=other_user)
    first = next(row for row in rows if row.left and row.left[0].passage.pk == passage.pk)
    assert [n.body for n in first.left[0].notes] == ["theirs", "shared"]


def test_default_pivot_is_the_primary_source_else_the_earliest(pair):
    source, copy = pair
    articles = selectors.event_articles(event=source.event)
    assert selectors.default_pivot(articles=articles) == source
    source.is_primary = False
    source.save()
    articles = selectors.event_articles(event=source.event)
    assert selectors.default_pivot(articles=articles) == articles[0]
    assert selectors.default_pivot(articles=[]) is None


def test_event_list_counts_articles_and_outlets(pair):
    source, _ = pair
    event = selectors.event_list().get(pk=source.event_id)
    assert event.article_count == 2
    assert event.outlet_count == 2
