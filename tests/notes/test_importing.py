"""The JSON-LD import refuses hostile files with a 400 (or 429) and a message, writing
nothing (issue 12: lone surrogates, deep nesting, selectors of the wrong type, too many
annotations, imports past the note rate limit)."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from mediacompare.accounts.models import AttemptWindow
from mediacompare.notes import limits
from mediacompare.notes.models import Note, Tag
from tests.factories import UserFactory
from tests.notes.test_exchange import export, items_of, setting, upload

__all__ = ["setting"]


@pytest.fixture
def item(client, setting):
    """One of the author's public span notes, as exported, without its id (a new note)."""
    client.force_login(setting["author"])
    found = next(
        a
        for a in items_of(export(client, "notes:my_export", "jsonld"))
        if a["motivation"] == "commenting" and a["visibility"] == "public"
    )
    found.pop("id")
    return found


def upload_text(client, text: str):
    file = SimpleUploadedFile("notes.jsonld", text.encode(), "application/ld+json")
    return client.post(reverse("notes:import"), {"file": file})


def refused(response, message: str, counts: tuple[int, int], status: int = 400) -> None:
    assert response.status_code == status, response.status_code
    assert message in response.text
    assert (Note.objects.count(), Tag.objects.count()) == counts


def counts():
    return Note.objects.count(), Tag.objects.count()


@pytest.mark.parametrize(
    "place",
    [
        lambda a: a["body"][0].update(value="A \ud800 note"),
        lambda a: a["body"].append(
            {"type": "TextualBody", "value": "\udfff", "purpose": "tagging"}
        ),
        lambda a: a["target"]["selector"][0].update(exact="\ud800"),
        lambda a: a["target"]["selector"][0].update(prefix="\ud83d"),
        lambda a: a.update(visibility="\ud800"),
    ],
    ids=["body", "tag", "exact", "prefix", "visibility"],
)
def test_a_lone_surrogate_anywhere_is_400(client, item, place):
    place(item)
    before = counts()
    refused(upload_text(client, json.dumps([item])), "not valid Unicode", before)


def test_deep_nesting_is_400(client, item):
    before = counts()
    refused(upload_text(client, "[" * 100_000 + "]" * 100_000), "not JSON", before)
    # Just under what the parser takes: a deeply nested body value.
    item["body"][0]["value"] = json.loads("[" * 500 + "]" * 500)
    refused(upload_text(client, json.dumps([item])), "TextualBody", before)


@pytest.mark.parametrize(
    "selector",
    [5, "TextQuoteSelector", None, True, {"type": ["TextQuoteSelector"]}, [{"type": {"a": 1}}]],
    ids=["number", "string", "null", "bool", "list-type", "dict-type"],
)
def test_a_selector_of_the_wrong_type_is_400(client, item, selector):
    item["target"]["selector"] = selector
    before = counts()
    refused(upload_text(client, json.dumps([item])), "Annotation 1:", before)


@pytest.mark.parametrize(
    "change",
    [
        lambda s: s[0].update(exact=["democracy"]),
        lambda s: s[0].update(prefix={"a": 1}),
        lambda s: s[1].update(start=True),
        lambda s: s[1].update(start=10**40, end=10**40 + 5),
        lambda s: s[1].update(start=-5),
        lambda s: s[1].update(start=1.5),
        lambda s: s.insert(0, {"type": "FragmentSelector", "value": ["p-1"]}),
        lambda s: s.insert(0, {"type": "FragmentSelector", "value": "p-" + "9" * 5000}),
        lambda s: s.insert(0, {"type": "FragmentSelector", "value": "p-²"}),
    ],
    ids=["exact-list", "prefix-dict", "bool", "huge", "negative", "float", "fragment-list"]
    + ["fragment-5000-digits", "fragment-superscript"],
)
def test_selector_values_of_the_wrong_type_are_400(client, item, change):
    change(item["target"]["selector"])
    before = counts()
    response = upload_text(client, json.dumps([item]))
    assert response.status_code == 400 and "Annotation 1:" in response.text
    assert counts() == before


def test_a_quote_longer_than_a_note_takes_is_400(client, item):
    item["target"]["selector"][0]["exact"] = "x" * (limits.QUOTE_MAX_LENGTH + 1)
    before = counts()
    refused(upload_text(client, json.dumps([item])), "20,000", before)


def test_more_annotations_than_an_import_takes_is_400_and_writes_nothing(client, item, monkeypatch):
    monkeypatch.setattr(limits, "IMPORT_MAX_ANNOTATIONS", 3)
    before = counts()
    refused(upload(client, [item] * 4), "At most 3 annotations", before)
    assert upload(client, [item] * 3).status_code == 302
    assert Note.objects.count() == before[0] + 3


def test_an_import_counts_against_the_note_rate_limit(client, item, setting, settings):
    settings.NOTE_IMPORT_RATE_LIMIT = (3, 3600)
    before = counts()
    assert upload(client, [item] * 2).status_code == 302
    # What the allowance counted (this failed once in CI, unexplained: say what it saw).
    charged = AttemptWindow.objects.filter(key=f"note-imports:{setting['author'].pk}")
    assert [w.count for w in charged] == [2], list(charged)
    response = upload(client, [item] * 2)
    assert response.status_code == 429, list(charged)
    refused(response, "import", (before[0] + 2, before[1]), status=429)
    assert 1 <= int(response["Retry-After"]) <= 3600
    # Imported notes count against writing by hand too.
    settings.NOTE_RATE_LIMIT = (2, 60)
    passage = Note.objects.filter(quote__gt="").first().passage
    written = client.post(reverse("notes:create"), {"passage": passage.pk, "body": "By hand"})
    assert written.status_code == 429


def test_the_import_page_opens_on_its_own(client, db):
    """A refused import leaves the reader on /notes/import/: opened again from the
    address bar or the history, it was a blank 405 page."""
    url = reverse("notes:import")
    assert client.get(url)["Location"].startswith(reverse("login"))
    client.force_login(UserFactory())
    page = client.get(url)
    assert page.status_code == 200
    assert f'action="{url}" enctype="multipart/form-data"' in page.text
    assert "This field is required" not in page.text


@pytest.mark.parametrize(
    "change",
    [
        lambda a: a["target"].update(source="http://[::1"),
        lambda a: a["target"].update(source="https://[zz]/events/x/articles/1/"),
        lambda a: a.update(motivation="replying", target="http://[x/notes/1/"),
    ],
    ids=["source-unclosed", "source-not-an-address", "reply-target"],
)
def test_a_url_python_cannot_split_is_400(client, item, change):
    """A target such as "http://[" (urlsplit raises ValueError: an invalid IPv6 address)
    was a 500, and a background job failed with "an unexpected error"."""
    change(item)
    before = counts()
    response = upload_text(client, json.dumps([item]))
    refused(response, "Annotation 1:", before)
    assert "is not a known" in response.text


def test_an_id_python_cannot_split_is_a_new_note(client, item):
    """Like any id that is not one of the author's notes: the annotation is a new note
    (it was a 500)."""
    item["id"] = "http://[/notes/1/"
    before = counts()
    assert upload_text(client, json.dumps([item])).status_code == 302
    assert Note.objects.count() == before[0] + 1
