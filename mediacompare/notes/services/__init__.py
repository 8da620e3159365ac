"""Writes to notes, by concern; every check a note must pass is in them, whatever the
way in: :mod:`.writing` (create, reply, edit, delete), :mod:`.moderation` (hide, show),
:mod:`.bodies` (Markdown and tags), :mod:`.anchors` (notes follow edits of the text).
"""

from mediacompare.notes.services.anchors import note_keep_here, notes_move, notes_reanchor
from mediacompare.notes.services.bodies import normalise_tags, render_body
from mediacompare.notes.services.moderation import note_hide, note_unhide
from mediacompare.notes.services.writing import (
    RateLimited,
    count_notes,
    note_create,
    note_delete,
    note_reply,
    note_update,
)

__all__ = [
    "RateLimited",
    "count_notes",
    "normalise_tags",
    "note_create",
    "note_delete",
    "note_hide",
    "note_keep_here",
    "note_reply",
    "note_unhide",
    "note_update",
    "notes_move",
    "notes_reanchor",
    "render_body",
]
