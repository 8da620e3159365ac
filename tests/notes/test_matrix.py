"""Who may do what to which note: every cell of the rules is a test, run twice: against
the permission map (``notes.rules.check``) and against the URLs that ask it.

Roles: anonymous, the note's author, another user, an editor (``notes.hide_note``).
States: a private note, a public note, a public note an editor hid.
Actions: view, create, reply, edit, delete, hide.
"""

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.urls import reverse

from mediacompare.notes import rules, services
from mediacompare.notes.models import Note
from tests.factories import ArticleFactory, UserFactory

ROLES = ["anonymous", "author", "other", "editor"]
STATES = ["private", "public", "hidden"]
ACTIONS = ["view", "create", "reply", "edit", "delete", "hide"]

LOGIN = "login"  # a redirect to the login page, nothing written
DONE = "done"  # a redirect back after the change was made
# (role, state) -> {action: expected outcome or HTTP status}
RULES = {
    ("anonymous", "private"): dict(
        view=404, create=LOGIN, reply=404, edit=404, delete=404, hide=404
    ),
    ("anonymous", "public"): dict(
        view=200, create=LOGIN, reply=LOGIN, edit=LOGIN, delete=LOGIN, hide=LOGIN
    ),
    ("anonymous", "hidden"): dict(
        view=404, create=LOGIN, reply=404, edit=404, delete=404, hide=404
    ),
    ("author", "private"): dict(view=200, create=DONE, reply=422, edit=DONE, delete=DONE, hide=403),
    ("author", "public"): dict(view=200, create=DONE, reply=DONE, edit=DONE, delete=DONE, hide=403),
    ("author", "hidden"): dict(view=200, create=422, reply=422, edit=DONE, delete=DONE, hide=403),
    ("other", "private"): dict(view=404, create=DONE, reply=404, edit=404, delete=404, hide=404),
    ("other", "public"): dict(view=200, create=DONE, reply=DONE, edit=403, delete=403, hide=403),
    ("other", "hidden"): dict(view=404, create=422, reply=404, edit=404, delete=404, hide=404),
    ("editor", "private"): dict(view=404, create=DONE, reply=404, edit=404, delete=404, hide=404),
    ("editor", "public"): dict(view=200, create=DONE, reply=DONE, edit=403, delete=403, hide=DONE),
    ("editor", "hidden"): dict(view=200, create=422, reply=422, edit=403, delete=403, hide=DONE),
}
CELLS = [
    pytest.param(role, state, action, id=f"{role}-{state}-{action}")
    for role in ROLES
    for state in STATES
    for action in ACTIONS
]


def test_the_matrix_is_complete():
    assert len(CELLS) == len(ROLES) * len(STATES) * len(ACTIONS) == 72
    assert set(RULES) == {(role, state) for role in ROLES for state in STATES}
    assert all(set(actions) == set(ACTIONS) for actions in RULES.values())


@pytest.fixture
def world(db):
    passage = ArticleFactory().passages.get(index=1)
    author = UserFactory()
    editor = UserFactory(is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="hide_note"))
    return {"passage": passage, "author": author, "other": UserFactory(), "editor": editor}


def make_note(world, state):
    note = services.note_create(
        author=world["author"],
        passage=world["passage"],
        body="The original body",
        visibility="private" if state == "private" else "public",
    )
    if state == "hidden":
        services.note_hide(note=note, editor=world["editor"], reason="Off topic")
    return note


def request(client, action, note, passage, state):
    back = passage.get_absolute_url()
    if action == "view":
        return client.get(reverse("notes:detail", args=[note.pk]))
    if action == "create":
        return client.post(
            reverse("notes:create"),
            {"passage": passage.pk, "body": "A new note", "visibility": state, "next": back},
        )
    url = reverse(f"notes:{action}", args=[note.pk])
    data = {
        "reply": {"body": "A reply"},
        "edit": {"body": "Changed", "visibility": "private" if state == "private" else "public"},
        "delete": {},
        "hide": {"reason": "Matrix reason"},
    }[action]
    return client.post(url, {**data, "next": back})


def changed(action, note, actor) -> bool:
    if action == "create":
        return Note.objects.filter(author=actor, body="A new note").exists()
    if action == "reply":
        return Note.objects.filter(parent=note).exists()
    if action == "delete":
        return not Note.objects.filter(pk=note.pk).exists()
    current = Note.objects.get(pk=note.pk)
    if action == "edit":
        return current.body == "Changed"
    if action == "hide":
        return current.hidden_reason == "Matrix reason"
    return False


@pytest.mark.parametrize(("role", "state", "action"), CELLS)
def test_rule(client, world, role, state, action):
    note = make_note(world, state)
    actor = None if role == "anonymous" else world[role]
    if actor is not None:
        client.force_login(actor)
    expected = RULES[(role, state)][action]
    response = request(client, action, note, world["passage"], state)
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    elif expected == DONE:
        assert response.status_code == 302
        assert response["Location"] == world["passage"].get_absolute_url()
    else:
        assert response.status_code == expected, response.text[:300]
    assert changed(action, note, actor) == (expected == DONE)
    if action == "view":
        # What the note page says, the passage page says too (htmx fragment included).
        for headers in ({}, {"HX-Request": "true"}):
            page = client.get(world["passage"].get_absolute_url(), headers=headers)
            assert ("The original body" in page.text) == (expected == 200)
        if expected == 200 and state == "hidden":
            assert "Off topic" in response.text


# What the permission map answers for each expected outcome of a URL.
VERDICTS = {
    200: rules.Verdict.ALLOWED,
    DONE: rules.Verdict.ALLOWED,
    LOGIN: rules.Verdict.LOGIN,
    403: rules.Verdict.FORBIDDEN,
    404: rules.Verdict.NOT_FOUND,
    422: rules.Verdict.INVALID,
}


@pytest.mark.parametrize(("role", "state", "action"), CELLS)
def test_rule_in_the_permission_map(world, role, state, action):
    note = make_note(world, state)
    actor = AnonymousUser() if role == "anonymous" else world[role]
    expected = RULES[(role, state)][action]
    if action == "create":
        # A new note asks about no note; "hidden" is refused by the form as a visibility.
        decision = rules.check(actor, action)
        expected = LOGIN if role == "anonymous" else DONE
    else:
        decision = rules.check(actor, action, note)
    assert decision.verdict is VERDICTS[expected], decision
    assert (rules.verdicts(actor, note)[action] == "allowed") == (expected in (200, DONE))
