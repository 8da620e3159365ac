"""Private notes and their tags are their author's alone: on every page, in suggestions,
and in the admin (editors and superusers included)."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from mediacompare.notes import services
from mediacompare.notes.models import Note
from tests.factories import ArticleFactory, UserFactory


@pytest.fixture
def secret(db):
    passage = ArticleFactory().passages.first()
    author = UserFactory()
    note = services.note_create(
        author=author, passage=passage, body="Private thoughts", tags="confidential-source"
    )
    services.note_create(
        author=UserFactory(), passage=passage, body="Open", visibility="public", tags="shared"
    )
    return {"note": note, "author": author, "event": passage.article.event}


def pages(secret) -> list[tuple[str, dict]]:
    event = secret["event"]
    return [
        (reverse("notes:tags"), {}),
        (reverse("notes:tags") + "?q=conf", {"HX-Request": "true"}),
        (reverse("notes:event", args=[event.slug]), {}),
        (reverse("notes:mine"), {}),
    ]


@pytest.mark.parametrize("viewer", ["anonymous", "other", "editor"])
def test_tags_of_private_notes_are_never_shown_to_others(client, secret, viewer):
    if viewer != "anonymous":
        user = UserFactory()
        if viewer == "editor":
            user.user_permissions.add(Permission.objects.get(codename="hide_note"))
        client.force_login(user)
    for url, headers in pages(secret):
        response = client.get(url, headers=headers)
        assert "confidential-source" not in response.text, url
    assert "shared" in client.get(reverse("notes:tags")).text


def test_their_author_is_offered_their_own_tags(client, secret):
    client.force_login(secret["author"])
    for url, headers in pages(secret):
        assert "confidential-source" in client.get(url, headers=headers).text, url


@pytest.fixture
def editor(db):
    """An editor who may browse notes in the admin and delete there: the rules still
    keep other users' private notes from them."""
    user = UserFactory(is_staff=True)
    codenames = ["view_note", "delete_note", "hide_note", "view_tag"]
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return user


def test_editors_do_not_see_or_delete_others_private_notes_in_the_admin(client, secret, editor):
    note = secret["note"]
    public = Note.objects.get(body="Open")
    client.force_login(editor)
    listing = client.get(reverse("admin:notes_note_changelist"))
    assert listing.status_code == 200
    assert f"Note {public.pk} by" in listing.text
    assert f"Note {note.pk} by" not in listing.text
    change = client.get(reverse("admin:notes_note_change", args=[note.pk]))
    assert change.status_code != 200 and "Private thoughts" not in change.text
    client.post(reverse("admin:notes_note_delete", args=[note.pk]), {"post": "yes"})
    client.post(
        reverse("admin:notes_note_changelist"),
        {"action": "delete_selected", "_selected_action": [note.pk, public.pk], "post": "yes"},
    )
    assert Note.objects.filter(pk__in=[note.pk, public.pk]).count() == 2
    tags = client.get(reverse("admin:notes_tag_changelist"))
    assert "shared" in tags.text and "confidential-source" not in tags.text


def test_superusers_are_no_exception(client, secret):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    listing = client.get(reverse("admin:notes_note_changelist"))
    assert f"Note {secret['note'].pk} by" not in listing.text


def test_authors_delete_their_notes_in_the_admin_through_the_service(client, secret):
    author = secret["author"]
    author.is_staff = True
    author.save()
    author.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_note", "delete_note"])
    )
    client.force_login(author)
    note = secret["note"]
    assert "Private thoughts" in client.get(reverse("admin:notes_note_change", args=[note.pk])).text
    client.post(reverse("admin:notes_note_delete", args=[note.pk]), {"post": "yes"})
    assert not Note.objects.filter(pk=note.pk).exists()


def test_personal_pages_and_exports_are_private_to_caches(client, secret):
    client.force_login(secret["author"])
    for url in [
        reverse("notes:mine"),
        reverse("notes:orphaned"),
        reverse("notes:my_export", args=["jsonld"]),
        reverse("notes:my_export", args=["csv"]),
    ]:
        assert "private" in client.get(url)["Cache-Control"], url
