"""Notes through the API follow the notes app's one permission map: public notes for
everyone, private ones for their author alone (by token or session), never for others."""

import pytest
from django.contrib.auth.models import Permission

from tests.api.conftest import API, bearer
from tests.factories import UserFactory


def note_ids(response) -> set[str]:
    assert response.status_code == 200, response.text
    return {item["id"] for item in response.json()["items"]}


def url(note) -> str:
    return f"http://testserver/notes/{note.pk}/"


def test_anonymous_callers_read_public_notes_as_w3c_annotations(client, notes):
    response = client.get(f"{API}/notes")
    assert note_ids(response) == {url(notes["public"])}
    annotation = response.json()["items"][0]
    assert annotation["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert annotation["type"] == "Annotation"
    assert annotation["motivation"] == "commenting"
    assert annotation["body"][0] == {
        "type": "TextualBody",
        "value": "Shared remark",
        "format": "text/markdown",
        "purpose": "commenting",
    }
    selectors = {s["type"] for s in annotation["target"]["selector"]}
    assert selectors == {"FragmentSelector", "TextQuoteSelector", "TextPositionSelector"}


@pytest.mark.parametrize("viewer", ["other", "editor", "superuser"])
def test_private_notes_are_never_shown_to_others(client, notes, token_of, viewer):
    user = UserFactory(is_superuser=viewer == "superuser", is_staff=viewer != "other")
    if viewer == "editor":
        user.user_permissions.add(Permission.objects.get(codename="hide_note"))
    private = notes["private"]
    headers = bearer(token_of(user))
    assert url(private) not in note_ids(client.get(f"{API}/notes", headers=headers))
    assert client.get(f"{API}/notes/{private.pk}", headers=headers).status_code == 404
    client.force_login(user)
    assert url(private) not in note_ids(client.get(f"{API}/notes"))
    assert "confidential" not in client.get(f"{API}/notes").text


def test_their_author_reads_them_with_a_token(client, notes, token_of):
    headers = bearer(token_of(notes["private_author"]))
    response = client.get(f"{API}/notes", headers=headers)
    assert note_ids(response) == {url(notes["public"]), url(notes["private"])}
    mine = client.get(f"{API}/notes?mine=true", headers=headers)
    assert note_ids(mine) == {url(notes["private"])}
    private = client.get(f"{API}/notes/{notes['private'].pk}", headers=headers).json()
    assert private["visibility"] == "private"
    assert {"type": "TextualBody", "value": "confidential", "purpose": "tagging"} in private["body"]


def test_their_author_reads_them_with_the_session(client, notes):
    client.force_login(notes["private_author"])
    assert url(notes["private"]) in note_ids(client.get(f"{API}/notes"))


def test_private_answers_are_private_to_caches(client, notes, token_of):
    response = client.get(f"{API}/notes", headers=bearer(token_of(notes["private_author"])))
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    assert "Authorization" in response["Vary"]


def test_mine_for_anonymous_is_empty(client, notes):
    assert note_ids(client.get(f"{API}/notes?mine=true")) == set()


def test_notes_filtered_by_event_and_article(client, notes, coverage):
    first, second, _ = coverage["articles"]
    public = url(notes["public"])
    assert note_ids(client.get(f"{API}/notes?event={coverage['event'].pk}")) == {public}
    assert note_ids(client.get(f"{API}/notes?article={first.pk}")) == {public}
    assert note_ids(client.get(f"{API}/notes?article={second.pk}")) == set()


def test_hidden_notes_are_not_public(client, notes):
    from mediacompare.notes import services

    editor = UserFactory()
    editor.user_permissions.add(Permission.objects.get(codename="hide_note"))
    services.note_hide(note=notes["public"], editor=editor, reason="Off topic")
    assert note_ids(client.get(f"{API}/notes")) == set()
    assert client.get(f"{API}/notes/{notes['public'].pk}").status_code == 404
