"""The interface coverage pages read notes through: counts, highlights, panels."""

from mediacompare.notes import interface, services
from mediacompare.notes.models import Note
from tests.factories import ArticleFactory, NoteFactory, UserFactory


def test_each_user_sees_their_own_and_public_notes(db, user, other_user):
    article = ArticleFactory()
    passage = article.passages.first()
    NoteFactory(passage=passage, author=user, visibility=Note.Visibility.PRIVATE, body="mine")
    NoteFactory(
        passage=passage, author=other_user, visibility=Note.Visibility.PRIVATE, body="theirs"
    )
    NoteFactory(
        passage=passage, author=other_user, visibility=Note.Visibility.PUBLIC, body="shared"
    )
    for kwargs in ({"passage_ids": [passage.pk]}, {"article_ids": [article.pk]}):
        for threads in (False, True):
            mine = interface.passage_notes(user=user, threads=threads, **kwargs)[passage.pk]
            theirs = interface.passage_notes(user=other_user, threads=threads, **kwargs)
            assert mine.count == 2 and theirs[passage.pk].count == 2
            if threads:
                assert [n.body for n in mine] == ["mine", "shared"]
                assert [n.body for n in theirs[passage.pk]] == ["theirs", "shared"]


def test_a_link_note_counts_on_both_passages(db, user):
    article = ArticleFactory()
    other = ArticleFactory(event=article.event)
    here, there = article.passages.get(index=2), other.passages.get(index=2)
    services.note_create(author=user, passage=here, linked_passage=there, body="Softens it")
    for kwargs in (
        {"passage_ids": [here.pk, there.pk]},
        {"article_ids": [article.pk, other.pk]},
    ):
        found = interface.passage_notes(user=UserFactory(), **kwargs)
        assert found == {}
        found = interface.passage_notes(user=user, **kwargs)
        assert found[here.pk].count == found[there.pk].count == 1
    # Asked for one article, only its passages are listed.
    assert set(interface.passage_notes(user=user, article_ids=[other.pk])) == {there.pk}


def test_highlights_cut_the_text_where_span_notes_begin_and_end(db, user):
    passage = ArticleFactory().passages.get(text__contains="democracy")
    start = passage.start + passage.text.index("democracy")
    services.note_create(author=user, passage=passage, body="x", start=start, end=start + 9)
    notes = interface.passage_notes(user=user, passage_ids=[passage.pk])[passage.pk]
    marks = notes.marks(passage)
    assert "".join(mark.text for mark in marks) == passage.text
    assert [mark.text for mark in marks if mark.notes] == ["democracy"]
