"""Exports (W3C Web Annotation JSON-LD, CSV, Markdown) and the JSON-LD import."""

import csv
import io
import json

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from mediacompare.notes import exchange, limits, services
from mediacompare.notes.models import Note
from tests.factories import ArticleFactory, UserFactory

ANNO = "http://www.w3.org/ns/anno.jsonld"
# Terms the W3C context (anno.jsonld) defines that these annotations use, and the
# motivations of the model's vocabulary.
ANNOTATION_KEYS = {"@context", "id", "type", "motivation", "created", "modified", "creator"}
ANNOTATION_KEYS |= {"body", "target", "visibility"}
MOTIVATIONS = {
    "assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
    "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging",
}  # fmt: skip
SELECTOR_SHAPES = {
    "TextQuoteSelector": ({"exact"}, {"prefix", "suffix"}, str),
    "TextPositionSelector": ({"start", "end"}, set(), int),
    "FragmentSelector": ({"value"}, {"conformsTo"}, str),
}


def assert_w3c_context(context) -> None:
    assert context == ANNO or (isinstance(context, list) and context[0] == ANNO)


def assert_w3c_annotation(item: dict) -> None:
    """The shape the Web Annotation Data Model requires (sections 3.1 to 4.2); inside a
    page, an annotation has the page's @context."""
    if "@context" in item:
        assert_w3c_context(item["@context"])
    assert set(item) <= ANNOTATION_KEYS, set(item) - ANNOTATION_KEYS
    assert item["type"] == "Annotation"
    assert item["id"].startswith("http://")
    assert item["motivation"] in MOTIVATIONS
    for body in item["body"]:
        assert body["type"] == "TextualBody" and isinstance(body["value"], str)
        assert body.get("purpose", "commenting") in MOTIVATIONS
    targets = item["target"] if isinstance(item["target"], list) else [item["target"]]
    assert targets
    for target in targets:
        if isinstance(target, str):
            assert item["motivation"] == "replying" and target.startswith("http://")
            continue
        assert target["source"].startswith("http://")
        kinds = [selector["type"] for selector in target["selector"]]
        assert {"TextQuoteSelector", "TextPositionSelector"} <= set(kinds)
        for selector in target["selector"]:
            required, optional, value_type = SELECTOR_SHAPES[selector["type"]]
            assert required <= set(selector) <= required | optional | {"type"}
            assert all(isinstance(selector[key], value_type) for key in required)
        position = next(s for s in target["selector"] if s["type"] == "TextPositionSelector")
        assert 0 <= position["start"] < position["end"]


@pytest.fixture
def setting(db):
    article = ArticleFactory()
    other_article = ArticleFactory(event=article.event)
    author, other = UserFactory(), UserFactory()
    start = article.body.index("democracy")
    passage = article.passages.get(start__lte=start, end__gt=start)
    notes = {
        "span": services.note_create(
            author=author,
            passage=passage,
            body="**Span** note, with\na second line",
            start=start,
            end=start + len("democracy is not"),
            visibility="public",
            tags="attribution, tone",
        ),
        "passage": services.note_create(author=author, passage=passage, body="Private note"),
        "link": services.note_create(
            author=author,
            passage=passage,
            linked_passage=other_article.passages.get(index=passage.index),
            body="Softens the original",
            visibility="public",
        ),
    }
    notes["reply"] = services.note_reply(author=other, parent=notes["span"], body="A reply")
    return {"article": article, "author": author, "other": other, "notes": notes}


def export(client, url_name, *args):
    return client.get(reverse(url_name, args=args))


def items_of(response) -> list[dict]:
    """The annotations of an exported W3C AnnotationCollection (one page of them)."""
    collection = response.json()
    assert_w3c_context(collection["@context"])
    assert collection["type"] == "AnnotationCollection"
    assert collection["id"] == response.wsgi_request.build_absolute_uri(response.wsgi_request.path)
    page = collection["first"]
    assert page["type"] == "AnnotationPage" and page["partOf"] == collection["id"]
    assert page["startIndex"] == 0 and "next" not in page
    assert collection["total"] == len(page["items"])
    assert collection["last"] == collection["id"] + "?page=1"
    return page["items"]


def test_my_jsonld_export_has_the_w3c_shape(client, setting):
    client.force_login(setting["author"])
    response = export(client, "notes:my_export", "jsonld")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    items = items_of(response)
    assert len(items) == 3
    for item in items:
        assert_w3c_annotation(item)
    by_motivation = {item["motivation"]: item for item in items if item["visibility"] == "public"}
    span = by_motivation["commenting"]
    quote, position = span["target"]["selector"]
    article = setting["article"]
    assert quote["exact"] == "democracy is not"
    assert article.body[position["start"] : position["end"]] == quote["exact"]
    assert quote["prefix"] == article.body[position["start"] - 32 : position["start"]]
    assert span["target"]["source"] == "http://testserver" + article.get_absolute_url()
    assert [b["value"] for b in span["body"] if b["purpose"] == "tagging"] == [
        "attribution",
        "tone",
    ]
    link = by_motivation["linking"]
    assert len(link["target"]) == 2
    assert {t["selector"][0]["type"] for t in link["target"]} == {"FragmentSelector"}


def test_event_export_has_public_notes_only(client, setting):
    response = export(client, "notes:event_export", setting["article"].event.slug, "jsonld")
    items = items_of(response)
    for item in items:
        assert_w3c_annotation(item)
    assert {item["motivation"] for item in items} == {"commenting", "linking", "replying"}
    assert "Private note" not in response.text
    reply = next(item for item in items if item["motivation"] == "replying")
    assert reply["target"] == f"http://testserver/notes/{setting['notes']['span'].pk}/"


def test_hidden_notes_leave_the_event_export(client, setting):
    editor = UserFactory(is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="hide_note"))
    services.note_hide(note=setting["notes"]["link"], editor=editor, reason="Spam")
    text = export(client, "notes:event_export", setting["article"].event.slug, "jsonld").text
    assert "Softens the original" not in text


def test_csv_and_markdown_exports(client, setting):
    client.force_login(setting["author"])
    rows = list(csv.DictReader(io.StringIO(export(client, "notes:my_export", "csv").text)))
    assert [row["motivation"] for row in rows] == ["commenting", "commenting", "linking"]
    assert rows[0]["quote"] == "democracy is not" and rows[0]["tags"] == "attribution, tone"
    assert rows[0]["body"] == "**Span** note, with\na second line"
    markdown = export(client, "notes:my_export", "md").text
    assert markdown.startswith(f"# Notes by {setting['author'].username}")
    assert "> democracy is not" in markdown and "**Span** note" in markdown
    assert "↔" in markdown and "`attribution`" in markdown
    assert export(client, "notes:my_export", "xml").status_code == 404


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_export_neutralises_cells_a_spreadsheet_would_run(client, setting, start):
    # OWASP's CSV injection rule: a cell starting with one of these is a formula.
    note = setting["notes"]["passage"]
    formula = f'{start}HYPERLINK("http://evil.example","x")'
    services.note_update(
        note=note, editor=setting["author"], body=formula, visibility="private", tags=[formula]
    )
    client.force_login(setting["author"])
    rows = list(csv.DictReader(io.StringIO(export(client, "notes:my_export", "csv").text)))
    row = next(row for row in rows if row["id"].endswith(f"/notes/{note.pk}/"))
    stored = Note.objects.get(pk=note.pk)
    assert row["body"] == "'" + stored.body
    assert row["tags"] == "'" + stored.tags.get().name
    cells = [cell for r in rows for cell in r.values()]
    assert not any(cell.startswith(FORMULA_STARTS) for cell in cells)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_a_cell_starting_like_a_formula_is_quoted(start):
    assert exchange.spreadsheet_cell(f"{start}1+1") == f"'{start}1+1"


@pytest.mark.parametrize("value", ["A note", "", " =1", "'quoted", 12, None])
def test_other_cells_are_kept(value):
    assert exchange.spreadsheet_cell(value) == value


def test_exports_never_reveal_another_users_private_notes(client, setting):
    client.force_login(setting["other"])
    for response in [
        export(client, "notes:my_export", "jsonld"),
        export(client, "notes:my_export", "csv"),
        export(client, "notes:my_export", "md"),
        export(client, "notes:event_export", setting["article"].event.slug, "csv"),
    ]:
        assert "Private note" not in response.text
    client.logout()
    assert export(client, "notes:my_export", "jsonld").status_code == 302


def snapshot(user):
    return sorted(
        [
            (
                n.passage_id,
                n.linked_passage_id,
                n.parent_id,
                n.start,
                n.end,
                n.quote,
                n.prefix,
                n.suffix,
                n.body,
                n.body_html,
                n.visibility,
                tuple(n.tags.values_list("name", flat=True)),
            )
            for n in Note.objects.filter(author=user)
        ],
        key=repr,
    )


def upload(client, data):
    file = SimpleUploadedFile("notes.jsonld", json.dumps(data).encode(), "application/ld+json")
    return client.post(reverse("notes:import"), {"file": file})


def test_importing_ones_own_export_changes_nothing(client, setting):
    client.force_login(setting["author"])
    exported = export(client, "notes:my_export", "jsonld").json()
    before, count = snapshot(setting["author"]), Note.objects.count()
    response = upload(client, exported)
    assert response.status_code == 302
    assert snapshot(setting["author"]) == before and Note.objects.count() == count
    again = export(client, "notes:my_export", "jsonld").json()
    assert again == exported


def test_a_round_trip_through_another_account_recreates_the_same_notes(client, setting):
    author = setting["author"]
    client.force_login(author)
    exported = export(client, "notes:my_export", "jsonld").json()
    newcomer = UserFactory()
    client.force_login(newcomer)
    assert upload(client, exported).status_code == 302
    assert snapshot(newcomer) == snapshot(author)


def test_import_creates_replies_and_counts(client, setting):
    client.force_login(setting["other"])
    exported = export(client, "notes:my_export", "jsonld").json()
    Note.objects.filter(author=setting["other"]).delete()
    result = exchange.notes_import(author=setting["other"], data=exported, host="testserver")
    # A bare list, one annotation, and a page on its own are read too.
    Note.objects.filter(author=setting["other"]).delete()
    items = exported["first"]["items"]
    for data in (items, items[0], {"@context": ANNO, **exported["first"]}):
        result = exchange.notes_import(author=setting["other"], data=data, host="testserver")
        assert Note.objects.filter(author=setting["other"]).count() == 1
        Note.objects.filter(author=setting["other"]).delete()
    result = exchange.notes_import(author=setting["other"], data=exported, host="testserver")
    assert (result.created, result.updated, result.unchanged) == (1, 0, 0)
    assert Note.objects.get(author=setting["other"]).parent == setting["notes"]["span"]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda a: a.update(type="Note"), "type must be"),
        (lambda a: a["target"].update(source="https://elsewhere.example/x/"), "not on this site"),
        (
            lambda a: a["target"].update(source="http://testserver/events/x/articles/999/"),
            "does not exist",
        ),
        (lambda a: a["target"]["selector"][1].update(start="0"), "must be integers"),
        (
            lambda a: a["target"]["selector"][0].update(
                exact="zzzz qqqq xxxx wwww", prefix="kkkk ", suffix=" jjjj"
            ),
            "not in the article",
        ),
        (lambda a: a["body"][0].update(value=""), "Write something"),
        (lambda a: a["body"][0].update(value="x" * 10_001), "10,000"),
        (lambda a: a["body"][0].update(value="a\x00b"), "NUL"),
        (lambda a: a.update(visibility="friends"), "not a valid choice"),
    ],
)
def test_bad_imports_are_400_and_write_nothing(client, setting, mutate, message):
    client.force_login(setting["author"])
    item = next(
        a
        for a in items_of(export(client, "notes:my_export", "jsonld"))
        if a["motivation"] == "commenting" and a["visibility"] == "public"
    )
    item.pop("id")
    mutate(item)
    count = Note.objects.count()
    response = upload(client, [item])
    assert response.status_code == 400
    assert message in response.text
    assert Note.objects.count() == count


def test_import_of_non_json_is_400(client, setting):
    client.force_login(setting["author"])
    file = SimpleUploadedFile("notes.jsonld", b"\xff not json", "application/ld+json")
    response = client.post(reverse("notes:import"), {"file": file})
    assert response.status_code == 400 and "not JSON" in response.text


def test_a_long_export_comes_in_pages_each_importable(client, setting, monkeypatch):
    monkeypatch.setattr(limits, "EXPORT_PAGE_SIZE", 2)
    client.force_login(setting["author"])
    url = reverse("notes:my_export", args=["jsonld"])
    collection = client.get(url).json()
    assert collection["total"] == 3 and collection["last"].endswith(f"{url}?page=2")
    first = collection["first"]
    assert len(first["items"]) == 2 and first["next"].endswith(f"{url}?page=2")
    second = client.get(url + "?page=2").json()
    assert second["type"] == "AnnotationPage" and second["startIndex"] == 2
    assert second["prev"].endswith(f"{url}?page=1") and "next" not in second
    assert second["partOf"]["total"] == 3
    assert_w3c_context(second["@context"])
    assert [item["id"] for item in [*first["items"], *second["items"]]] == [
        item["id"] for item in items_of_all(client, url)
    ]
    assert client.get(url + "?page=3").status_code == 404
    assert client.get(url + "?page=²").status_code == 400
    # A file holding only the first of several pages says so rather than half-importing.
    count = Note.objects.count()
    response = upload(client, collection)
    assert response.status_code == 400 and "import each page" in response.text
    assert Note.objects.count() == count
    assert upload(client, second).status_code == 302


def items_of_all(client, url) -> list[dict]:
    items, page = [], client.get(url).json()["first"]
    while True:
        items += page["items"]
        if "next" not in page:
            return items
        page = client.get(page["next"]).json()
