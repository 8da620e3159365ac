"""Notes survive real edits of the article text: re-anchored in the edit's transaction."""

import pytest
from django.urls import reverse

from mediacompare.coverage import services as coverage_services
from mediacompare.notes import services
from mediacompare.notes.anchoring import match_quote, max_errors
from mediacompare.notes.models import Note
from tests.factories import SOURCE_TEXT, ArticleFactory, UserFactory

QUOTE = "democracy is not the patent"


@pytest.fixture
def article(db):
    return ArticleFactory()


@pytest.fixture
def note(article):
    start = article.body.index(QUOTE)
    passage = article.passages.get(start__lte=start, end__gt=start)
    return services.note_create(
        author=UserFactory(),
        passage=passage,
        body="Span note",
        start=start,
        end=start + len(QUOTE),
        visibility="public",
    )


def edit(article, body):
    coverage_services.article_update(article=article, body=body)
    article.refresh_from_db()
    return article


def assert_anchored(note, article, found=QUOTE):
    """Re-found: its span is where ``found`` now stands; what the reader noted (the quote
    and its context) is never rewritten."""
    noted = (note.quote, note.prefix, note.suffix)
    note.refresh_from_db()
    assert not note.is_orphaned
    assert article.body[note.start : note.end] == found
    assert note.passage.start <= note.start < note.passage.end
    assert (note.quote, note.prefix, note.suffix) == noted


def test_words_inserted_before_the_span_in_its_sentence(article, note):
    old_start = note.start
    edit(article, SOURCE_TEXT.replace("They said that", "They said, in a joint text, that"))
    assert_anchored(note, article)
    assert note.start == old_start + len(", in a joint text,")


def test_words_inserted_in_an_earlier_paragraph(article, note):
    passage_id = note.passage_id
    edit(article, SOURCE_TEXT.replace("published a joint", "jointly wrote and published a joint"))
    assert_anchored(note, article)
    # The span's sentence did not change: its passage keeps its row.
    assert note.passage_id == passage_id


def test_words_inserted_inside_the_span(article, note):
    edit(article, SOURCE_TEXT.replace("democracy is not", "democracy, they wrote, is not"))
    assert_anchored(note, article, found="democracy, they wrote, is not the patent")
    # The note shows what the text now says where it stood.
    assert note.anchored_text == "democracy, they wrote, is not the patent"


def test_a_typo_fixed_inside_the_span(article, note):
    edit(article, SOURCE_TEXT.replace("patent", "patant"))
    assert_anchored(note, article, found="democracy is not the patant")


def test_the_spans_paragraph_moved(article, note):
    lines = SOURCE_TEXT.split("\n")
    moved = "\n".join([lines[0], lines[2], lines[3], lines[1]])
    edit(article, moved)
    assert_anchored(note, article)
    assert note.passage.text.startswith("They said")
    assert note.start > article.body.index("Both countries")


def test_the_span_deleted_orphans_the_note_and_keeps_it(article, note, client):
    edit(
        article,
        SOURCE_TEXT.replace("They said that democracy is not the patent of any one country.\n", ""),
    )
    note.refresh_from_db()
    assert note.is_orphaned
    assert note.quote == QUOTE and note.body == "Span note"
    assert Note.objects.filter(pk=note.pk).exists()
    # Listed for its author with its quote, and not highlighted anywhere.
    client.force_login(note.author)
    page = client.get(reverse("notes:orphaned"))
    assert QUOTE in page.text and "Span note" in page.text
    assert "<mark" not in client.get(article.get_absolute_url()).text


def test_an_orphan_comes_back_when_the_text_does(article, note):
    edit(
        article,
        SOURCE_TEXT.replace("They said that democracy is not the patent of any one country.\n", ""),
    )
    note.refresh_from_db()
    assert note.is_orphaned
    edit(article, SOURCE_TEXT)
    assert_anchored(note, article)


def test_the_span_reworded_beyond_tolerance_is_orphaned(article, note):
    edit(article, SOURCE_TEXT.replace(QUOTE, "no country owns freedom of the people"))
    note.refresh_from_db()
    assert note.is_orphaned


SYSTEMS = "The two countries have differing social and ideological systems, but respect each other."


def test_an_edit_inside_the_span_never_rewrites_the_quote(article, client):
    """The matcher may settle on part of the new words ("differing social and and to
    som"): that used to become the note's quote. What the reader noted stays."""
    edit(article, SOURCE_TEXT + "\n" + SYSTEMS)
    quote = "differing social and ideological systems"
    start = article.body.index(quote)
    author = UserFactory()
    note = services.note_create(
        author=author,
        passage=article.passages.get(text=SYSTEMS),
        body="On their systems",
        start=start,
        end=start + len(quote),
        visibility="public",
    )
    noted = (note.quote, note.prefix, note.suffix)
    edit(article, article.body.replace("social and ", "social and and to some extent economic "))
    note.refresh_from_db()
    assert (note.quote, note.prefix, note.suffix) == noted
    assert note.quote == quote
    if not note.is_orphaned:
        assert note.anchored_text != quote
    client.force_login(author)
    page = client.get(note.passage.get_absolute_url()).text
    assert quote in page


def test_passage_notes_follow_a_deleted_passage_to_its_neighbour(article):
    passage = article.passages.get(text__startswith="The summit")
    plain = services.note_create(author=UserFactory(), passage=passage, body="On the passage")
    edit(
        article,
        SOURCE_TEXT.replace(
            "The summit will stoke ideological confrontation and create new dividing lines.\n", ""
        ),
    )
    plain.refresh_from_db()
    assert plain.passage.article_id == article.pk


def test_reanchoring_is_part_of_the_edit_transaction(article, note, monkeypatch):
    """If the edit fails after re-anchoring, the note's new anchor is rolled back with it."""

    def fail(**kwargs):
        raise RuntimeError("alignment failed")

    monkeypatch.setattr(coverage_services, "article_align", fail)
    with pytest.raises(RuntimeError):
        edit(article, SOURCE_TEXT.replace("They said that", "They said, in a joint text, that"))
    note.refresh_from_db()
    assert note.start == SOURCE_TEXT.index(QUOTE)


# The matcher on its own, with Hypothesis's weights and tolerance.


def test_max_errors_follows_hypothesis():
    assert max_errors("x" * 10) == 5
    assert max_errors("x" * 2000) == 256


def test_context_chooses_between_repeated_quotes():
    text = "alpha the cat sat beta. gamma the cat sat delta."
    second = text.rindex("the cat sat")
    found = match_quote(text, "the cat sat", prefix="gamma ", suffix=" delta", hint=0)
    assert (found.start, found.end) == (second, second + len("the cat sat"))


def test_position_breaks_ties_between_equal_contexts():
    text = "x the cat sat y. x the cat sat y."
    second = text.rindex("the cat sat")
    found = match_quote(text, "the cat sat", prefix="x ", suffix=" y", hint=second + 1)
    assert found.start == second


def test_nothing_close_enough_is_none():
    assert match_quote("completely different words", "democracy is not the patent") is None
    assert match_quote("", "x") is None and match_quote("text", "") is None


SUMMIT = "The summit will stoke ideological confrontation and create new dividing lines.\n"


def test_notes_moved_off_a_removed_passage_are_flagged_to_their_author(article, client):
    passage = article.passages.get(text__startswith="The summit")
    author = UserFactory()
    plain = services.note_create(
        author=author, passage=passage, body="On the passage", visibility="public"
    )
    reply = services.note_reply(author=UserFactory(), parent=plain, body="A reply")
    other = ArticleFactory(event=article.event)
    link = services.note_create(
        author=author, passage=other.passages.get(index=2), linked_passage=passage, body="Link"
    )
    edit(article, SOURCE_TEXT.replace(SUMMIT, ""))
    for note in (plain, link, reply):
        note.refresh_from_db()
    assert plain.is_moved and plain.moved_from == SUMMIT.strip()
    assert plain.passage.article_id == article.pk
    assert link.is_moved and link.linked_passage.article_id == article.pk
    # A reply follows its note, unflagged.
    assert not reply.is_moved and reply.passage_id == plain.passage_id
    # Told to its author, on the note and in the notes to check; nobody else is bothered.
    client.force_login(author)
    page = client.get(plain.passage.get_absolute_url()).text
    assert 'class="note-moved"' in page and "The summit will stoke" in page
    to_check = client.get(reverse("notes:orphaned")).text
    assert "On the passage" in to_check and "Link" in to_check
    client.force_login(UserFactory())
    assert 'class="note-moved"' not in client.get(plain.passage.get_absolute_url()).text
    # Keeping it where it is clears the flag.
    client.force_login(author)
    response = client.post(reverse("notes:keep", args=[plain.pk]), headers={"HX-Request": "true"})
    assert response.status_code == 200 and 'class="note-moved"' not in response.text
    plain.refresh_from_db()
    assert not plain.is_moved
    assert client.post(reverse("notes:keep", args=[link.pk])).status_code == 302
    client.force_login(UserFactory())
    assert client.post(reverse("notes:keep", args=[reply.pk])).status_code == 403
