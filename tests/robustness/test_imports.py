"""Import files of any shape (JSON-LD, and CSV and Markdown sent in its place): a 302 or
a 4xx with a message, never a 5xx, and a refused file writes nothing."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from mediacompare.notes import exchange, services
from mediacompare.notes.models import Note, Tag
from tests.factories import ArticleFactory, UserFactory
from tests.robustness.strategies import json_text, json_values


@pytest.fixture
def exported(client, db):
    """A logged-in author and the JSON-LD, CSV and Markdown exports of their notes."""
    article = ArticleFactory()
    other = ArticleFactory(event=article.event)
    author = UserFactory()
    start = article.body.index("democracy")
    passage = article.passages.get(start__lte=start, end__gt=start)
    span = services.note_create(
        author=author,
        passage=passage,
        body="Span",
        start=start,
        end=start + 9,
        visibility="public",
        tags="tone",
    )
    services.note_create(author=author, passage=passage, body="On the passage")
    services.note_create(
        author=author,
        passage=passage,
        linked_passage=other.passages.get(index=passage.index),
        body="Link",
        visibility="public",
    )
    services.note_reply(author=author, parent=span, body="Reply")
    client.force_login(author)
    formats = {
        fmt: client.get(reverse("notes:my_export", args=[fmt])).content
        for fmt in ("jsonld", "csv", "md")
    }
    return {"author": author, **formats}


def counts():
    return Note.objects.count(), Tag.objects.count()


def upload(client, content: bytes):
    file = SimpleUploadedFile("notes.jsonld", content, "application/ld+json")
    return client.post(reverse("notes:import"), {"file": file})


def paths(value, prefix=()):
    """Every place in a JSON document, as a tuple of keys and indexes."""
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from paths(child, (*prefix, index))


def replaced(document, path, new):
    if not path:
        return new
    copy = json.loads(json.dumps(document))
    holder = copy
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = new
    return copy


def assert_answered(response, before):
    assert response.status_code in (302, 400, 429), response.status_code
    if response.status_code != 302:
        assert counts() == before
        assert (
            response.status_code == 429
            or "Annotation" in response.text
            or "file" in (response.text)
        )


@given(data=st.data())
def test_any_part_of_an_export_replaced_by_any_json(client, exported, data):
    document = json.loads(exported["jsonld"])
    items = document["first"]["items"]
    # Without ids the annotations are new notes: each accepted import writes.
    for item in items:
        item.pop("id")
    where = data.draw(st.sampled_from(list(paths(document))), label="where")
    new = data.draw(json_values, label="new")
    mutated = replaced(document, where, new)
    before = counts()
    response = upload(client, json.dumps(mutated).encode())
    assert_answered(response, before)


@given(
    content=st.one_of(
        st.binary(max_size=200),
        json_text.map(lambda text: json.dumps(text).encode()),
        st.sampled_from(["csv", "md"]).flatmap(lambda fmt: st.just(fmt)),
    )
)
def test_files_that_are_not_annotations(client, exported, content):
    if content in ("csv", "md"):
        # The other exports, sent to the JSON-LD import.
        content = exported[content]
    before = counts()
    assert_answered(upload(client, content), before)
    assert counts() == before


@given(raw=st.binary(max_size=500))
def test_parse_file_reads_or_refuses_any_bytes(raw):
    try:
        exchange.parse_file(raw)
    except ValidationError as error:
        assert error.messages
