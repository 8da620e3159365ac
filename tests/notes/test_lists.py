"""My notes, an event's notes, one note's page, orphaned notes and tags."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from mediacompare.notes import services
from tests.factories import ArticleFactory, UserFactory


@pytest.fixture
def scene(db):
    article = ArticleFactory()
    second = ArticleFactory(event=article.event)
    me, them = UserFactory(), UserFactory()
    passages = list(article.passages.order_by("index"))
    for number in range(25):
        services.note_create(
            author=me,
            passage=passages[number % len(passages)],
            body=f"Mine {number}",
            visibility="public" if number % 2 else "private",
            tags="even" if number % 2 == 0 else "odd",
            rate_limit=False,
        )
    services.note_create(
        author=them,
        passage=second.passages.first(),
        body="Theirs public",
        visibility="public",
        tags="odd",
    )
    services.note_create(author=them, passage=second.passages.first(), body="Theirs private")
    return {"article": article, "second": second, "me": me, "them": them}


def test_my_notes_needs_a_login(client, db):
    response = client.get(reverse("notes:mine"))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_my_notes_are_paginated_and_filtered(client, scene):
    client.force_login(scene["me"])
    first = client.get(reverse("notes:mine"))
    assert first.status_code == 200
    assert first.text.count('class="note ') == 20
    assert "Mine 24" in first.text and "Theirs" not in first.text
    second = client.get(reverse("notes:mine") + "?page=2")
    assert second.text.count('class="note ') == 5
    even = client.get(reverse("notes:mine") + "?tag=even")
    assert even.text.count('class="note ') == 13 and "Mine 1<" not in even.text
    by_article = client.get(reverse("notes:mine") + f"?article={scene['article'].pk}&page=2")
    assert by_article.text.count('class="note ') == 5


def test_event_notes_show_what_the_user_may_see_with_filters(client, scene):
    url = reverse("notes:event", args=[scene["article"].event.slug])
    anonymous = client.get(url + "?page=1")
    assert "Theirs public" in anonymous.text and "Theirs private" not in anonymous.text
    assert anonymous.text.count('class="note ') == 13
    client.force_login(scene["them"])
    theirs = client.get(url + f"?author={scene['them'].pk}")
    assert "Theirs private" in theirs.text and "Mine" not in theirs.text
    odd = client.get(url + "?tag=odd&author=")
    assert "Theirs public" in odd.text and "Mine 2<" not in odd.text
    # Unknown filter values show everything rather than an error.
    assert client.get(url + "?article=abc&author=999999").status_code == 200


@pytest.mark.parametrize("url_name", ["notes:mine", "notes:event"])
def test_lists_take_a_fixed_number_of_queries(client, scene, url_name):
    client.force_login(scene["me"])
    args = [scene["article"].event.slug] if url_name == "notes:event" else []
    url = reverse(url_name, args=args)
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url + "?tag=odd")
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few) <= 14


def test_note_page_and_fragment(client, scene):
    note = services.note_create(
        author=scene["them"],
        passage=scene["article"].passages.first(),
        body="Open",
        visibility="public",
    )
    url = reverse("notes:detail", args=[note.pk])
    page = client.get(url)
    assert page.status_code == 200 and "<html" in page.text and "Open" in page.text
    fragment = client.get(url, headers={"HX-Request": "true"})
    assert fragment.text.strip().startswith("<li") and f'id="note-{note.pk}"' in fragment.text


def test_orphaned_notes_for_authors_and_editors(client, scene):
    from django.contrib.auth.models import Permission

    from mediacompare.notes.models import Note

    note = Note.objects.filter(author=scene["me"], visibility="public").first()
    Note.objects.filter(pk=note.pk).update(is_orphaned=True)
    client.force_login(scene["me"])
    assert note.body in client.get(reverse("notes:orphaned")).text
    client.force_login(scene["them"])
    assert note.body not in client.get(reverse("notes:orphaned")).text
    editor = UserFactory(is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="hide_note"))
    client.force_login(editor)
    assert note.body in client.get(reverse("notes:orphaned")).text


def test_tags_autocomplete_as_options(client, scene):
    response = client.get(reverse("notes:tags") + "?q=o", headers={"HX-Request": "true"})
    assert response.text.strip() == '<option value="odd"></option>'
    # "even" is only on private notes: their author's alone.
    assert "#odd" in client.get(reverse("notes:tags")).text
    assert "#even" not in client.get(reverse("notes:tags")).text
    client.force_login(scene["me"])
    assert "#even" in client.get(reverse("notes:tags")).text
