import json
import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from mediacompare.notes import services
from mediacompare.notes.models import Note
from tests.factories import ArticleFactory, NoteFactory, UserFactory

CREATE = reverse("notes:create")


@pytest.fixture
def passage(db):
    return ArticleFactory().passages.get(index=1)


@pytest.fixture
def reader(client, db):
    user = UserFactory()
    client.force_login(user)
    return user


def edit_url(note):
    return reverse("notes:edit", args=[note.pk])


def delete_url(note):
    return reverse("notes:delete", args=[note.pk])


def test_create_without_javascript_redirects_back(client, reader, passage):
    back = passage.article.get_absolute_url() + "#p-2"
    response = client.post(
        CREATE, {"passage": passage.pk, "body": "First!", "visibility": "public", "next": back}
    )
    assert response.status_code == 302
    assert response["Location"] == back
    note = Note.objects.get()
    assert (note.author, note.passage, note.body, note.visibility) == (
        reader,
        passage,
        "First!",
        "public",
    )


def test_create_with_htmx_returns_the_panel(client, reader, passage):
    response = client.post(
        CREATE,
        {"passage": passage.pk, "body": "Via htmx", "visibility": "private"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert response.text.strip().startswith(f'<div class="notes-panel" id="notes-{passage.pk}">')
    assert "Via htmx" in response.text


def test_create_ignores_offsite_next(client, reader, passage):
    response = client.post(
        CREATE, {"passage": passage.pk, "body": "x", "next": "https://evil.example/"}
    )
    assert response["Location"] == passage.get_absolute_url()


@pytest.mark.parametrize("next_url", ["abc", "0", "notes:mine", "coverage:passage_detail"])
def test_a_next_that_is_no_path_goes_back_to_the_passage(client, reader, passage, next_url):
    """``next=abc`` (no slash) passed the same-site check, and redirect() read it as a
    view name: NoReverseMatch, a 500 after the note was written (create, edit, reply,
    delete, hide, unhide, keep)."""
    response = client.post(CREATE, {"passage": passage.pk, "body": "x", "next": next_url})
    assert response.status_code == 302
    assert response["Location"] == passage.get_absolute_url()
    note = Note.objects.get()
    edited = client.post(edit_url(note), {"body": "y", "next": next_url})
    assert (edited.status_code, edited["Location"]) == (302, passage.get_absolute_url())
    deleted = client.post(delete_url(note), {"next": next_url})
    assert (deleted.status_code, deleted["Location"]) == (302, passage.get_absolute_url())


@pytest.mark.parametrize(
    ("data", "status"),
    [
        ({"body": "x"}, 400),
        ({"passage": "abc", "body": "x"}, 400),
        ({"passage": "99999", "body": "x"}, 404),
        ({"passage": "\x00", "body": "x"}, 400),
    ],
)
def test_create_with_unknown_passages_is_4xx(client, reader, passage, data, status):
    response = client.post(CREATE, data)
    assert response.status_code == status
    assert not Note.objects.exists()


@pytest.mark.parametrize("htmx", [True, False])
@pytest.mark.parametrize(
    ("body", "message"),
    [("", "Write something"), ("x" * 10_001, "10,000"), ("a\x00b", "Null characters")],
)
def test_create_with_a_bad_body_is_422_with_the_form(client, reader, passage, htmx, body, message):
    headers = {"HX-Request": "true"} if htmx else {}
    response = client.post(
        CREATE, {"passage": passage.pk, "body": body, "visibility": "public"}, headers=headers
    )
    assert response.status_code == 422
    assert message in response.text
    assert 'aria-invalid="true"' in response.text
    assert not Note.objects.exists()


def test_create_with_a_bad_span_is_422(client, reader, passage):
    response = client.post(CREATE, {"passage": passage.pk, "body": "x", "start": 0, "end": 99999})
    assert response.status_code == 422
    assert "inside the passage" in response.text
    assert not Note.objects.exists()


def test_anonymous_create_goes_to_login_and_writes_nothing(client, passage):
    response = client.post(CREATE, {"passage": passage.pk, "body": "x"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    htmx = client.post(CREATE, {"passage": passage.pk, "body": "x"}, headers={"HX-Request": "true"})
    assert htmx["HX-Redirect"].startswith(reverse("login"))
    assert not Note.objects.exists()


def test_author_edits_with_and_without_htmx(client, reader, passage):
    note = NoteFactory(author=reader, passage=passage, body="Old")
    form = client.get(edit_url(note), headers={"HX-Request": "true"})
    assert form.status_code == 200
    assert form.text.strip().startswith('<li class="note note-editing"') and "Old" in form.text
    assert 'hx-target="closest .note"' in form.text
    page = client.get(edit_url(note))
    assert "<html" in page.text
    response = client.post(
        edit_url(note), {"body": "New", "visibility": "private"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200 and "New" in response.text
    response = client.post(edit_url(note), {"body": "Newer", "visibility": "public"})
    assert response.status_code == 302
    note.refresh_from_db()
    assert (note.body, note.visibility) == ("Newer", "public")


@pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "page"])
def test_edit_form_offers_the_tags_in_use_without_a_request_of_its_own(
    client, reader, passage, htmx
):
    services.note_create(author=reader, passage=passage, body="x", tags="framing")
    services.note_create(author=UserFactory(), passage=passage, body="y", tags="secret")
    note = NoteFactory(author=reader, passage=passage, body="Mine")
    headers = {"HX-Request": "true"} if htmx else {}
    form = client.get(edit_url(note), headers=headers).text
    datalist = re.search(rf'<datalist id="note-edit-tag-options-{note.pk}">(.*?)</datalist>', form)
    assert datalist and '<option value="framing">' in datalist.group(1)
    assert "secret" not in form  # another user's private tag
    assert "hx-trigger" not in re.search(r'<input[^>]*name="tags"[^>]*>', form).group(0)


def test_edit_with_an_empty_body_is_422_and_keeps_the_note(client, reader, passage):
    note = NoteFactory(author=reader, passage=passage, body="Keep me")
    response = client.post(
        edit_url(note), {"body": " ", "visibility": "public"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 422
    note.refresh_from_db()
    assert note.body == "Keep me"


def test_author_deletes_with_and_without_htmx(client, reader, passage):
    first, second = NoteFactory.create_batch(2, author=reader, passage=passage)
    assert client.get(delete_url(first)).status_code == 200
    response = client.post(delete_url(first), headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert f'id="note-{first.pk}"' not in response.text
    assert client.post(delete_url(second)).status_code == 302
    assert not Note.objects.exists()


# Who may do what: (viewer, visibility) -> status of the author-only URLs.
@pytest.mark.parametrize("visibility", ["private", "public"])
@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("url", [edit_url, delete_url])
def test_other_users_cannot_edit_or_delete(client, passage, visibility, method, url):
    note = NoteFactory(passage=passage, visibility=visibility, body="Theirs")
    client.force_login(UserFactory())
    response = getattr(client, method)(url(note), {"body": "Mine now", "visibility": "public"})
    # Another user's private note does not exist for them; a public one is not theirs.
    assert response.status_code == (404 if visibility == "private" else 403)
    note.refresh_from_db()
    assert note.body == "Theirs"


@pytest.mark.parametrize("visibility", ["private", "public"])
@pytest.mark.parametrize("url", [edit_url, delete_url])
def test_anonymous_users_cannot_edit_or_delete(client, passage, visibility, url):
    note = NoteFactory(passage=passage, visibility=visibility)
    response = client.post(url(note), {"body": "x", "visibility": "public"})
    assert response.status_code == (404 if visibility == "private" else 302)
    assert Note.objects.filter(pk=note.pk, body=note.body).exists()


def test_private_notes_are_hidden_from_others_on_every_page(client, passage):
    author = UserFactory()
    NoteFactory(passage=passage, author=author, visibility="private", body="Secret remark")
    NoteFactory(passage=passage, author=author, visibility="public", body="Open remark")
    article = passage.article
    urls = [article.get_absolute_url(), passage.get_absolute_url()]
    # The comparison shows counts; each passage's panel loads from its passage page.
    compare = (
        reverse("coverage:compare", args=[article.event.slug])
        + f"?a={article.pk}&b={ArticleFactory(event=article.event).pk}&row=a{passage.number}"
    )
    count = f'<span class="count" data-note-count="{passage.pk}">'
    for viewer in [None, UserFactory(), author]:
        if viewer:
            client.force_login(viewer)
        for url in urls:
            for headers in ({}, {"HX-Request": "true"}):
                text = client.get(url, headers=headers).text
                assert "Open remark" in text
                assert ("Secret remark" in text) == (viewer == author), (viewer, url)
        text = client.get(compare).text
        assert count + ("(2)" if viewer == author else "(1)") in text


@pytest.mark.parametrize("pk", ["0", "abc"])
def test_malformed_note_ids_are_404(client, reader, pk):
    assert client.get(f"/notes/{pk}/edit/").status_code == 404


# Span, link, thread, hiding, limits


@pytest.fixture
def editor(db):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="hide_note"))
    return user


def span_of(passage, words):
    start = passage.article.body.index(words)
    return start, start + len(words)


def test_span_note_is_highlighted_and_escaped(client, reader, passage):
    start, end = span_of(passage, passage.text.split()[2])
    response = client.post(
        CREATE,
        {
            "passage": passage.pk,
            "body": "<b>bold?</b> *yes*",
            "start": start,
            "end": end,
            "quote": passage.article.body[start:end],
            "visibility": "public",
        },
    )
    assert response.status_code == 302
    note = Note.objects.get()
    assert note.quote == passage.article.body[start:end]
    page = client.get(passage.article.get_absolute_url())
    assert f'<mark class="note-span" data-notes="{note.pk}">{note.quote}</mark>' in page.text
    assert f'data-passage-id="{passage.pk}" data-start="{passage.start}"' in page.text
    assert "<b>bold?</b>" not in page.text and "<em>yes</em>" in page.text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"start": 0, "end": 99999}, "inside the passage"),
        ({"quote": "not the text"}, "does not match"),
        ({"start": "-1"}, "whole number written with the digits 0 to 9"),
        ({"linked_passage": 999999}, "Unknown passage to link to"),
    ],
)
def test_bad_spans_and_targets_are_422_and_write_nothing(client, reader, passage, extra, message):
    start, end = span_of(passage, passage.text.split()[1])
    data = {"passage": passage.pk, "body": "x", "start": start, "end": end, **extra}
    for headers in ({}, {"HX-Request": "true"}):
        response = client.post(CREATE, data, headers=headers)
        assert response.status_code == 422
        assert message in response.text
    assert not Note.objects.exists()


def test_a_link_to_a_foreign_event_is_422(client, reader, passage):
    foreign = ArticleFactory().passages.first()
    data = {"passage": passage.pk, "body": "x", "linked_passage": foreign.pk}
    response = client.post(CREATE, data, headers={"HX-Request": "true"})
    assert response.status_code == 422 and "same event" in response.text
    assert not Note.objects.exists()


def test_link_notes_from_the_passage_page_and_in_the_comparison(client, reader, passage):
    other_article = ArticleFactory(event=passage.article.event)
    other = other_article.passages.get(index=passage.index)
    page = client.get(passage.get_absolute_url())
    assert f'<option value="{other.pk}"' in page.text
    response = client.post(
        CREATE,
        {
            "passage": passage.pk,
            "linked_passage": other.pk,
            "body": "Softens it",
            "visibility": "public",
        },
    )
    assert response.status_code == 302
    note = Note.objects.get()
    assert note.linked_passage == other
    # Shown beside both passages, in the comparison too.
    assert "Softens it" in client.get(other.get_absolute_url()).text
    compare = client.get(
        reverse("coverage:compare", args=[passage.article.event.slug])
        + f"?a={passage.article_id}&b={other_article.pk}&row=a{passage.number}"
    )
    # The comparison counts it beside both passages; their panels load on demand and
    # name the passage each is compared with, so a note can go on their link.
    for shown in (passage, other):
        assert f'data-note-count="{shown.pk}">(1)</span>' in compare.text
    assert f"{passage.get_absolute_url()}?partner={other.pk}" in compare.text
    panel = client.get(
        f"{passage.get_absolute_url()}?partner={other.pk}", headers={"HX-Request": "true"}
    )
    assert "Softens it" in panel.text and 'name="linked_passage"' in panel.text


def test_a_comparisons_panel_keeps_its_link_choice_after_a_note_or_a_refusal(
    client, reader, passage
):
    """The panel a comparison loads offers a note on the link with the passage shown
    beside it (one checkbox); the panel htmx swaps in after a note, or after a refused
    one, offers the same, still checked, not every passage linked to this one."""
    other = ArticleFactory(event=passage.article.event).passages.get(index=passage.index)
    third = ArticleFactory(event=passage.article.event).passages.get(index=passage.index)
    panel = client.get(
        f"{passage.get_absolute_url()}?partner={other.pk}", headers={"HX-Request": "true"}
    )
    checkbox = f'<input type="checkbox" name="linked_passage" value="{other.pk}"'
    assert checkbox in panel.text and "<select" not in panel.text
    posted = {"passage": passage.pk, "linked_passage": other.pk, "partner": other.pk}
    refused = client.post(CREATE, {**posted, "body": "  "}, headers={"HX-Request": "true"})
    assert refused.status_code == 422
    assert f"{checkbox} checked>" in refused.text
    assert "<select" not in refused.text and f'value="{third.pk}"' not in refused.text
    added = client.post(CREATE, {**posted, "body": "On the link"}, headers={"HX-Request": "true"})
    assert added.status_code == 200 and Note.objects.get().linked_passage == other
    assert f"{checkbox}>" in added.text and "<select" not in added.text


def test_htmx_changes_tell_the_page_which_counts_and_highlights_changed(client, reader, passage):
    other = ArticleFactory(event=passage.article.event).passages.get(index=passage.index)
    response = client.post(
        CREATE,
        {"passage": passage.pk, "linked_passage": other.pk, "body": "One"},
        headers={"HX-Request": "true"},
    )
    changed = json.loads(response["HX-Trigger"])["notes-changed"]
    # Both ends of a link note count it (the comparison shows both).
    assert changed == {"counts": {str(passage.pk): 1, str(other.pk): 1}, "highlights": []}
    start, end = span_of(passage, passage.text.split()[2])
    span = client.post(
        CREATE,
        {"passage": passage.pk, "body": "Two", "start": start, "end": end},
        headers={"HX-Request": "true"},
    )
    changed = json.loads(span["HX-Trigger"])["notes-changed"]
    assert changed == {"counts": {str(passage.pk): 2}, "highlights": [passage.pk]}
    note = Note.objects.get(body="Two")
    gone = client.post(delete_url(note), headers={"HX-Request": "true"})
    assert json.loads(gone["HX-Trigger"])["notes-changed"]["counts"] == {str(passage.pk): 1}
    assert gone.text.strip() == (
        '<li class="note note-gone" role="status" tabindex="-1" autofocus>Note deleted.</li>'
    )


def test_rate_limited_creation_is_429_with_a_message(client, reader, passage, settings):
    settings.NOTE_RATE_LIMIT = (1, 60)
    assert client.post(CREATE, {"passage": passage.pk, "body": "One"}).status_code == 302
    plain = client.post(CREATE, {"passage": passage.pk, "body": "Two"})
    assert plain.status_code == 429 and "before writing more" in plain.text
    # The seconds until the minute's window (counted in the database) ends.
    assert 1 <= int(plain["Retry-After"]) <= 60
    htmx = client.post(
        CREATE, {"passage": passage.pk, "body": "Two"}, headers={"HX-Request": "true"}
    )
    assert htmx.status_code == 429 and htmx["Content-Type"].startswith("text/plain")
    assert 1 <= int(htmx["Retry-After"]) <= 60
    assert Note.objects.count() == 1


def test_replies_thread_and_survive_deletion_of_the_note(client, reader, passage):
    note = NoteFactory(passage=passage, visibility="public", body="Top")
    response = client.post(
        reverse("notes:reply", args=[note.pk]), {"body": "My reply"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200 and "My reply" in response.text
    empty = client.post(
        reverse("notes:reply", args=[note.pk]), {"body": " "}, headers={"HX-Request": "true"}
    )
    assert empty.status_code == 422 and "Write something" in empty.text
    client.force_login(note.author)
    client.post(delete_url(note))
    page = client.get(passage.get_absolute_url()).text
    assert "Deleted by its author" in page and "My reply" in page and "Top" not in page


def test_a_deleted_notes_page_does_not_name_its_author(client, passage):
    """Its replies keep a deleted note, shown as "Deleted by its author": its own page
    names nobody either, in its title or its heading."""
    author = UserFactory(username="ghostwriter")
    note = services.note_create(author=author, passage=passage, body="Top", visibility="public")
    services.note_reply(author=UserFactory(), parent=note, body="A reply")
    services.note_delete(note=note, editor=author)
    page = client.get(reverse("notes:detail", args=[note.pk])).text
    assert "ghostwriter" not in page
    assert "<title>Note deleted by its author" in page
    assert "<h1>Note deleted by its author</h1>" in page and "A reply" in page


def test_the_reply_and_hide_pages_of_a_deleted_note_do_not_name_its_author(client, passage, editor):
    author = UserFactory(username="ghostwriter")
    note = services.note_create(author=author, passage=passage, body="Top", visibility="public")
    services.note_reply(author=UserFactory(), parent=note, body="A reply")
    services.note_delete(note=note, editor=author)
    client.force_login(editor)
    for name in ("notes:reply", "notes:hide"):
        response = client.get(reverse(name, args=[note.pk]))
        assert response.status_code == 200
        assert "ghostwriter" not in response.text, name
        assert "a deleted note</h1>" in response.text, name


def test_hidden_notes_show_their_reason_to_the_author_only(client, passage, editor):
    note = NoteFactory(passage=passage, visibility="public", body="Borderline")
    client.force_login(editor)
    form = client.get(reverse("notes:hide", args=[note.pk]))
    assert form.status_code == 200
    empty = client.post(reverse("notes:hide", args=[note.pk]), {"reason": ""})
    assert empty.status_code == 422
    hidden = client.post(
        reverse("notes:hide", args=[note.pk]),
        {"reason": "Insulting"},
        headers={"HX-Request": "true"},
    )
    assert hidden.status_code == 200 and "Show again" in hidden.text
    client.force_login(note.author)
    assert "Insulting" in client.get(passage.get_absolute_url()).text
    client.force_login(UserFactory())
    assert "Borderline" not in client.get(passage.get_absolute_url()).text
    client.logout()
    assert "Borderline" not in client.get(passage.article.get_absolute_url()).text
    client.force_login(editor)
    assert client.post(reverse("notes:unhide", args=[note.pk])).status_code == 302
    note.refresh_from_db()
    assert not note.is_hidden


def test_anonymous_readers_get_a_login_link_back_to_the_passage(client, passage):
    NoteFactory(passage=passage, visibility="public", body="Visible")
    page = client.get(passage.article.get_absolute_url()).text
    assert "Visible" in page
    # Back to the passage, its notes open to write one.
    back = f"{passage.article.get_absolute_url()}%3Fnotes%3D{passage.number}%23{passage.anchor}"
    assert f'href="/accounts/login/?next={back}">Log in</a> to add a note.' in page


OTHERS_PRIVATE_URLS = [
    ("get", "notes:detail"),
    ("get", "notes:edit"),
    ("get", "notes:delete"),
    ("get", "notes:reply"),
    ("get", "notes:hide"),
    ("post", "notes:unhide"),
]


@pytest.mark.parametrize("viewer", ["anonymous", "other", "editor"])
@pytest.mark.parametrize(("method", "name"), OTHERS_PRIVATE_URLS)
@pytest.mark.parametrize("htmx", [False, True])
def test_another_users_private_note_is_404_everywhere(
    client, passage, editor, viewer, method, name, htmx
):
    note = NoteFactory(passage=passage, visibility="private", body="Secret")
    if viewer == "other":
        client.force_login(UserFactory())
    elif viewer == "editor":
        client.force_login(editor)
    headers = {"HX-Request": "true"} if htmx else {}
    response = getattr(client, method)(reverse(name, args=[note.pk]), headers=headers)
    assert response.status_code == 404
    assert "Secret" not in response.text


def hx_targets(html: str) -> list[str]:
    return re.findall(r'hx-target="([^"]+)"', html)


@pytest.mark.parametrize(
    "page", ["passage", "passage panel", "article", "note", "note fragment", "mine", "event"]
)
def test_every_htmx_control_on_note_pages_targets_relative_to_itself(client, page, editor):
    """The same partials appear on many pages: a target that is an id would exist on some
    of them only (#notes-120 on a note's own page was the bug)."""
    passage = ArticleFactory().passages.get(index=1)
    note = services.note_create(author=editor, passage=passage, body="x", visibility="public")
    services.note_reply(author=UserFactory(), parent=note, body="y")
    client.force_login(editor)
    url, headers = {
        "passage": (passage.get_absolute_url(), {}),
        "passage panel": (passage.get_absolute_url(), {"HX-Request": "true"}),
        "article": (passage.article.get_absolute_url(), {}),
        "note": (reverse("notes:detail", args=[note.pk]), {}),
        "note fragment": (reverse("notes:detail", args=[note.pk]), {"HX-Request": "true"}),
        "mine": (reverse("notes:mine"), {}),
        "event": (reverse("notes:event", args=[passage.article.event.slug]), {}),
    }[page]
    html = client.get(url, headers=headers).text
    targets = hx_targets(html)
    assert {"closest .note"} <= set(targets)
    assert all(re.match(r"^(closest|next|find|this)\b", target) for target in targets), targets


def test_the_words_a_note_quotes_carry_their_articles_language_and_direction(client, reader):
    """A span note on Arabic words showed them as English, left to right, on every page."""
    article = ArticleFactory(
        language="ar", body="قال السفيران إن القمة ستثير المواجهة.\nوترفض الصين وروسيا هذه الخطوة."
    )
    passage = article.passages.get(index=1)
    words = "الصين وروسيا"
    start = article.body.index(words)
    span = services.note_create(
        author=reader,
        passage=passage,
        body="On a span.",
        visibility="public",
        start=start,
        end=start + len(words),
        quote=words,
    )
    whole = services.note_create(author=reader, passage=passage, body="On it all.")
    pages = [
        article.get_absolute_url(),
        passage.get_absolute_url(),
        reverse("notes:detail", args=[span.pk]),
        reverse("notes:detail", args=[whole.pk]),
        reverse("notes:mine"),
        reverse("notes:event", args=[article.event.slug]),
        edit_url(span),
        delete_url(span),
        reverse("notes:reply", args=[span.pk]),
    ]
    for url in pages:
        text = client.get(url).text
        quoted = re.findall(r"<(?:blockquote|q)[^>]*>\s*(?:<[^>]*>)?[^<]*(?:الصين|السفيران)", text)
        assert quoted, url
        for tag in quoted:
            assert 'lang="ar" dir="rtl"' in tag.split(">")[0], (url, tag)
