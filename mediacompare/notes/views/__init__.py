"""Notes views, by concern: writing (create, edit, delete, reply, hide), the lists, exchange."""

from mediacompare.notes.views.exchange import event_export, import_job, my_export, notes_import
from mediacompare.notes.views.lists import (
    event_notes,
    my_notes,
    note_detail,
    orphaned_notes,
    tag_list,
)
from mediacompare.notes.views.writing import (
    note_create,
    note_delete,
    note_edit,
    note_hide,
    note_keep,
    note_reply,
    note_unhide,
)

__all__ = [
    "event_export",
    "event_notes",
    "import_job",
    "my_export",
    "my_notes",
    "note_create",
    "note_delete",
    "note_detail",
    "note_edit",
    "note_hide",
    "note_keep",
    "note_reply",
    "note_unhide",
    "notes_import",
    "orphaned_notes",
    "tag_list",
]
