import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError

from mediacompare.notes import services
from mediacompare.notes.models import Note
from tests.factories import ArticleFactory


@pytest.fixture
def passage(db):
    return ArticleFactory().passages.get(index=2)


def test_note_create_on_a_passage(passage, user):
    note = services.note_create(author=user, passage=passage, body="  Worth reading.  ")
    assert note.body == "Worth reading."
    assert note.visibility == Note.Visibility.PRIVATE
    assert (note.quote, note.start, note.end) == ("", None, None)


def test_note_create_on_a_span_stores_quote_and_position_selectors(passage, user):
    body = passage.article.body
    start = body.index("democracy")
    note = services.note_create(
        author=user, passage=passage, body="Span", start=start, end=start + len("democracy")
    )
    assert note.quote == "democracy"
    assert note.prefix == body[start - 32 : start]
    assert note.suffix == body[start + 9 : start + 9 + 32]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "Write something"),
        ("   \n ", "Write something"),
        ("x" * 10_001, "at most 10,000"),
        ("nul \x00 byte", "NUL"),
    ],
)
def test_bad_bodies_are_refused_and_nothing_is_written(passage, user, body, message):
    with pytest.raises(ValidationError, match=message):
        services.note_create(author=user, passage=passage, body=body)
    assert not Note.objects.exists()


@pytest.mark.parametrize("span", [(0, 5), (None, 3), (3, None), ("end", "start")])
def test_spans_outside_the_passage_are_refused(passage, user, span):
    start, end = span
    if start == "end":
        start, end = passage.end - 1, passage.start + 1
    with pytest.raises(ValidationError):
        services.note_create(author=user, passage=passage, body="x", start=start, end=end)
    assert not Note.objects.exists()


def test_bad_visibility_is_refused(passage, user):
    with pytest.raises(ValidationError):
        services.note_create(author=user, passage=passage, body="x", visibility="friends")
    assert not Note.objects.exists()


def test_anonymous_users_cannot_write_notes(passage):
    with pytest.raises(PermissionDenied):
        services.note_create(author=AnonymousUser(), passage=passage, body="x")


def test_only_the_author_updates_or_deletes(passage, user, other_user):
    note = services.note_create(author=user, passage=passage, body="Mine")
    with pytest.raises(PermissionDenied):
        services.note_update(note=note, editor=other_user, body="Hijacked", visibility="public")
    with pytest.raises(PermissionDenied):
        services.note_delete(note=note, editor=other_user)
    note.refresh_from_db()
    assert note.body == "Mine"
    services.note_update(note=note, editor=user, body="Changed", visibility="public")
    note.refresh_from_db()
    assert (note.body, note.visibility) == ("Changed", "public")
    services.note_delete(note=note, editor=user)
    assert not Note.objects.exists()
