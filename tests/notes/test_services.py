import threading

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection

from mediacompare.coverage import services as coverage_services
from mediacompare.coverage.models import PassageLink
from mediacompare.notes import services
from mediacompare.notes.models import Note, Tag
from tests.factories import ArticleFactory, NoteFactory, UserFactory


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


# Bodies, tags and links


def test_markdown_is_rendered_and_sanitised_once_on_write(passage, user):
    note = services.note_create(
        author=user,
        passage=passage,
        body="**Bold** and [a link](https://example.org) <script>alert(1)</script> "
        '<a href="javascript:alert(1)">x</a> <img src=x onerror=alert(1)>',
    )
    assert "<strong>Bold</strong>" in note.body_html
    assert 'href="https://example.org"' in note.body_html and "nofollow" in note.body_html
    assert "<script" not in note.body_html and "javascript:" not in note.body_html
    assert "onerror" not in note.body_html and "<img" not in note.body_html
    assert note.body.startswith("**Bold**")


def test_tags_are_normalised_and_shared(passage, user, other_user):
    first = services.note_create(
        author=user, passage=passage, body="x", tags=" #Attribution ,  soft   TONE,attribution,"
    )
    second = services.note_create(author=other_user, passage=passage, body="y", tags=["Soft tone"])
    assert sorted(first.tags.values_list("name", flat=True)) == ["attribution", "soft tone"]
    assert list(second.tags.values_list("name", flat=True)) == ["soft tone"]
    assert Tag.objects.count() == 2


@pytest.mark.parametrize(
    ("tags", "message"),
    [
        (",".join(f"t{i}" for i in range(11)), "at most 10 tags"),
        ("x" * 51, "50 characters"),
        ("a\x00b", "NUL"),
    ],
)
def test_bad_tags_are_refused(passage, user, tags, message):
    with pytest.raises(ValidationError, match=message):
        services.note_create(author=user, passage=passage, body="x", tags=tags)
    assert not Note.objects.exists()


def test_a_quote_that_does_not_match_the_offsets_is_refused(passage, user):
    start = passage.start
    with pytest.raises(ValidationError, match="does not match"):
        services.note_create(
            author=user, passage=passage, body="x", start=start, end=start + 4, quote="nope"
        )
    assert not Note.objects.exists()


def test_link_note_joins_passages_of_two_articles_of_the_event(passage, user):
    other = ArticleFactory(event=passage.article.event).passages.get(index=2)
    note = services.note_create(
        author=user, passage=passage, linked_passage=other, body="Drops the attribution"
    )
    assert note.is_link_note and note.linked_passage == other


def test_link_notes_to_the_same_article_or_another_event_are_refused(passage, user):
    same_article = passage.article.passages.get(index=1)
    foreign = ArticleFactory().passages.first()
    for target, message in [(same_article, "two different articles"), (foreign, "same event")]:
        with pytest.raises(ValidationError, match=message):
            services.note_create(author=user, passage=passage, linked_passage=target, body="x")
    with pytest.raises(ValidationError, match="span or on a link"):
        services.note_create(
            author=user,
            passage=passage,
            linked_passage=ArticleFactory(event=passage.article.event).passages.first(),
            body="x",
            start=passage.start,
            end=passage.start + 3,
        )
    assert not Note.objects.exists()


def test_link_notes_survive_realignment(passage, user):
    """Automatic links are deleted and recreated; the note names passages, not a link row."""
    other_article = ArticleFactory(event=passage.article.event)
    other = other_article.passages.get(index=2)
    note = services.note_create(author=user, passage=passage, linked_passage=other, body="x")
    assert PassageLink.objects.filter(passage_b=other).exists()
    coverage_services.event_realign(event=passage.article.event)
    note.refresh_from_db()
    assert (note.passage, note.linked_passage) == (passage, other)


# Replies, deletion, hiding


@pytest.fixture
def editor(db):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="hide_note"))
    return user


def test_replies_go_to_public_notes_only_and_join_the_top_thread(passage, user, other_user):
    public = services.note_create(author=user, passage=passage, body="x", visibility="public")
    reply = services.note_reply(author=other_user, parent=public, body="Agreed")
    nested = services.note_reply(author=user, parent=reply, body="Thanks")
    assert reply.parent == public and nested.parent == public
    assert reply.visibility == "public" and reply.passage == passage
    private = services.note_create(author=user, passage=passage, body="x")
    with pytest.raises(ValidationError, match="Only public notes"):
        services.note_reply(author=user, parent=private, body="Hi")
    # For anyone else the private note does not exist.
    with pytest.raises(PermissionDenied):
        services.note_reply(author=other_user, parent=private, body="Hi")


def test_a_note_others_replied_to_stays_public(passage, user, other_user):
    note = services.note_create(author=user, passage=passage, body="x", visibility="public")
    services.note_reply(author=other_user, parent=note, body="Reply")
    with pytest.raises(ValidationError, match="stays public"):
        services.note_update(note=note, editor=user, body="x", visibility="private")


def test_deleting_a_note_with_replies_keeps_the_thread(passage, user, other_user):
    note = services.note_create(
        author=user, passage=passage, body="x", visibility="public", tags="gone"
    )
    reply = services.note_reply(author=other_user, parent=note, body="Still readable")
    services.note_delete(note=note, editor=user)
    note.refresh_from_db()
    assert note.is_deleted and note.body == "" and not note.tags.exists()
    assert Note.objects.get(pk=reply.pk).body == "Still readable"
    # The last reply going takes the deleted note with it.
    services.note_delete(note=reply, editor=other_user)
    assert not Note.objects.exists()


def test_editors_hide_public_notes_with_a_reason(passage, user, editor):
    note = services.note_create(author=user, passage=passage, body="x", visibility="public")
    with pytest.raises(PermissionDenied):
        services.note_hide(note=note, editor=user, reason="spam")
    with pytest.raises(ValidationError, match="Say why"):
        services.note_hide(note=note, editor=editor, reason="  ")
    services.note_hide(note=note, editor=editor, reason="Off topic")
    note.refresh_from_db()
    assert note.is_hidden and note.hidden_reason == "Off topic" and note.hidden_by == editor
    with pytest.raises(ValidationError, match="hidden note takes no replies"):
        services.note_reply(author=editor, parent=note, body="x")
    services.note_unhide(note=note, editor=editor)
    note.refresh_from_db()
    assert not note.is_hidden
    private = services.note_create(author=editor, passage=passage, body="x")
    with pytest.raises(ValidationError, match="Only public"):
        services.note_hide(note=private, editor=editor, reason="x")


def test_note_creation_is_rate_limited_per_user(passage, user, other_user, settings):
    settings.NOTE_RATE_LIMIT = (2, 60)
    for _ in range(2):
        services.note_create(author=user, passage=passage, body="x")
    with pytest.raises(services.RateLimited, match="2 notes in the last 60 seconds"):
        services.note_create(author=user, passage=passage, body="x")
    with pytest.raises(services.RateLimited):
        services.note_reply(
            author=user, parent=NoteFactory(passage=passage, visibility="public"), body="x"
        )
    services.note_create(author=other_user, passage=passage, body="Someone else")
    assert Note.objects.filter(author=user).count() == 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="parallel writers need PostgreSQL")
def test_parallel_notes_never_overshoot_the_rate_limit(transactional_db, settings):
    settings.NOTE_RATE_LIMIT = (3, 3600)
    author = UserFactory()
    passage = ArticleFactory().passages.first()
    barrier = threading.Barrier(8)
    refused = []

    def write():
        try:
            barrier.wait()
            services.note_create(author=author, passage=passage, body="In a hurry")
        except services.RateLimited:
            refused.append(True)
        finally:
            connection.close()

    threads = [threading.Thread(target=write) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Note.objects.filter(author=author).count() == 3 and len(refused) == 5


def test_the_rate_limit_is_counted_in_one_shared_counter(passage, user, settings):
    # Counted in the database (accounts.throttle), not by reading back the author's notes:
    # deleting notes does not give their allowance back.
    settings.NOTE_RATE_LIMIT = (2, 3600)
    for _ in range(2):
        services.note_delete(
            note=services.note_create(author=user, passage=passage, body="x"), editor=user
        )
    with pytest.raises(services.RateLimited) as refusal:
        services.note_create(author=user, passage=passage, body="x")
    assert 1 <= refusal.value.retry_after <= 3600
