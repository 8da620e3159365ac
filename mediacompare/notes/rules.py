"""Who may do what to which note: the one permission map of the notes app.

In the spirit of hypothesis/h's ``permission_map``: :func:`check` answers "may this
user do this to this note?" and says why not; :func:`visible` is the same rule for
``view`` written as a query. Everything that decides about a note asks one of them:
views (404, log in, 403 or 422), services (before they write), selectors and the
admin (their querysets), templates (which actions to offer).

Principals: anyone (anonymous readers included), the note's author, editors (users
with ``notes.hide_note``). Who sees what:

- public notes nobody hid: everyone;
- a user's own notes, private or hidden (with the reason): their author;
- hidden public notes: also editors, to review them;
- replies: whoever may see both the reply and the note it answers.

Private notes, their tags and their text are their author's alone: nobody else,
editors and superusers included, ever sees them.
"""

from dataclasses import dataclass
from enum import StrEnum

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q

from mediacompare.notes.models import Note

HIDE_PERMISSION = "notes.hide_note"


class Action(StrEnum):
    VIEW = "view"
    # A new note on a passage: asked without a note.
    CREATE = "create"
    REPLY = "reply"
    EDIT = "edit"
    DELETE = "delete"
    HIDE = "hide"
    UNHIDE = "unhide"


class Verdict(StrEnum):
    ALLOWED = "allowed"
    # The note does not exist for this user: never say why.
    NOT_FOUND = "not found"
    # An anonymous reader who could do it once logged in.
    LOGIN = "login"
    # The note is theirs to see, not to change.
    FORBIDDEN = "forbidden"
    # They may, but not in the note's state (private, hidden, deleted).
    INVALID = "invalid"


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    reason: str = ""
    # The form field a refusal of the INVALID kind concerns.
    field: str | None = None

    @property
    def allowed(self) -> bool:
        return self.verdict is Verdict.ALLOWED

    def enforce(self) -> None:
        """Raise what a service raises when the answer is no."""
        if self.verdict is Verdict.INVALID:
            raise ValidationError({self.field: self.reason} if self.field else self.reason)
        if not self.allowed:
            raise PermissionDenied(self.reason or "You may not do that to this note.")


ALLOWED = Decision(Verdict.ALLOWED)


def is_authenticated(user) -> bool:
    return bool(getattr(user, "is_authenticated", False))


def is_editor(user) -> bool:
    """Editors review public notes: they see hidden ones and hide or show them."""
    return is_authenticated(user) and user.has_perm(HIDE_PERMISSION)


def _sees(user, note: Note) -> bool:
    """The rule of :func:`visible`, for one note already in memory (without its parent)."""
    if note.visibility == Note.Visibility.PUBLIC and note.hidden_at is None:
        return True
    if not is_authenticated(user):
        return False
    if note.author_id == user.pk:
        return True
    return note.visibility == Note.Visibility.PUBLIC and is_editor(user)


def can_view(user, note: Note) -> bool:
    return _sees(user, note) and (note.parent_id is None or _sees(user, note.parent))


def check(user, action: Action | str, note: Note | None = None) -> Decision:
    """May ``user`` do ``action`` to ``note``? The decision, with the reason if not."""
    action = Action(action)
    if action is Action.CREATE:
        if not is_authenticated(user):
            return Decision(Verdict.LOGIN, "Log in to write notes.")
        return ALLOWED
    if note is None or not can_view(user, note):
        return Decision(Verdict.NOT_FOUND, "No such note.")
    if action is Action.VIEW:
        return ALLOWED
    if action is Action.REPLY:
        # The note's state first: a note that takes no replies says so to anyone.
        root = note.parent if note.parent_id else note
        if not root.is_public:
            return Decision(Verdict.INVALID, "Only public notes take replies.", "body")
        if root.is_hidden or note.is_hidden:
            return Decision(Verdict.INVALID, "A hidden note takes no replies.", "body")
        if root.is_deleted:
            return Decision(
                Verdict.INVALID, "This note was deleted; it takes no more replies.", "body"
            )
    if not is_authenticated(user):
        return Decision(Verdict.LOGIN, "Log in first.")
    if action is Action.REPLY:
        return ALLOWED
    if action in (Action.EDIT, Action.DELETE):
        if note.author_id != user.pk:
            return Decision(Verdict.FORBIDDEN, f"Only the author can {action} this note.")
        if note.is_deleted:
            return Decision(Verdict.INVALID, "This note was deleted.", "body")
        return ALLOWED
    # Hiding and showing again.
    if not is_editor(user):
        return Decision(Verdict.FORBIDDEN, "Only editors can hide or show notes.")
    if not note.is_public:
        return Decision(Verdict.INVALID, "Only public notes can be hidden.", "reason")
    if action is Action.HIDE and note.is_deleted:
        return Decision(Verdict.INVALID, "This note was deleted.", "reason")
    return ALLOWED


def may(user, action: Action | str, note: Note | None = None) -> bool:
    return check(user, action, note).allowed


def verdicts(user, note: Note) -> dict[str, str]:
    """Each action's verdict on ``note`` for ``user``: what a page offers (for templates:
    ``can.edit == "allowed"``, ``can.reply == "login"``)."""
    return {action.value: check(user, action, note).verdict.value for action in Action}


def _visible_one(user, prefix: str = "") -> Q:
    public = Note.Visibility.PUBLIC
    visible = Q(**{f"{prefix}visibility": public, f"{prefix}hidden_at": None})
    if is_authenticated(user):
        visible |= Q(**{f"{prefix}author": user})
        if is_editor(user):
            visible |= Q(**{f"{prefix}visibility": public})
    return visible


def visible(user, prefix: str = "") -> Q:
    """The notes ``user`` may see, as a filter; ``prefix`` reaches them through a relation
    (``"notes__"`` from a tag)."""
    return _visible_one(user, prefix) & (
        Q(**{f"{prefix}parent": None}) | _visible_one(user, f"{prefix}parent__")
    )
