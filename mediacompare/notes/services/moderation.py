"""Editors' moderation of public notes: hiding with a reason, showing again."""

import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from mediacompare.notes.limits import HIDE_REASON_MAX_LENGTH
from mediacompare.notes.models import Note
from mediacompare.notes.rules import Action, check


@transaction.atomic
def note_hide(*, note: Note, editor, reason: str) -> Note:
    """Hide a public note from everyone but its author and editors, with a reason."""
    check(editor, Action.HIDE, note).enforce()
    reason = re.sub(r"\s+", " ", reason or "").strip()
    if not reason or "\x00" in reason:
        raise ValidationError({"reason": "Say why the note is hidden."})
    if len(reason) > HIDE_REASON_MAX_LENGTH:
        raise ValidationError(
            {"reason": f"A reason is at most {HIDE_REASON_MAX_LENGTH} characters long."}
        )
    note.hidden_at = timezone.now()
    note.hidden_by = editor
    note.hidden_reason = reason
    note.full_clean()
    note.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
    return note


@transaction.atomic
def note_unhide(*, note: Note, editor) -> Note:
    """Show a hidden note again."""
    check(editor, Action.UNHIDE, note).enforce()
    note.hidden_at, note.hidden_by, note.hidden_reason = None, None, ""
    note.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
    return note
