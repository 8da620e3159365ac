"""Notes as CSV (one row each, for spreadsheets) and as Markdown (to read and quote)."""

import csv
import io
from collections.abc import Iterable

from mediacompare.notes.exchange.jsonld import Absolute, iso, note_url
from mediacompare.notes.models import Note

CSV_COLUMNS = [
    "id",
    "created",
    "modified",
    "author",
    "visibility",
    "motivation",
    "event",
    "outlet",
    "article",
    "passage",
    "linked_article",
    "linked_passage",
    "start",
    "end",
    "quote",
    "tags",
    "body",
    "reply_to",
    "orphaned",
    "hidden_reason",
]


# What a spreadsheet reads as a formula at the start of a cell (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value):
    """``value``, with a text that a spreadsheet would run as a formula quoted by ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(notes: Iterable[Note], absolute: Absolute) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for note in notes:
        linked = note.linked_passage
        row = [
            note_url(note, absolute),
            iso(note.created_at),
            iso(note.updated_at),
            note.author.get_username(),
            note.visibility,
            "replying" if note.is_reply else "linking" if linked else "commenting",
            note.passage.article.event.slug,
            note.passage.article.outlet.name,
            absolute(note.passage.article.get_absolute_url()),
            note.passage.number,
            absolute(linked.article.get_absolute_url()) if linked else "",
            linked.number if linked else "",
            "" if note.start is None else note.start,
            "" if note.end is None else note.end,
            note.quote,
            ", ".join(tag.name for tag in note.tags.all()),
            note.body,
            note_url(note.parent, absolute) if note.parent_id else "",
            "yes" if note.is_orphaned else "",
            note.hidden_reason,
        ]
        writer.writerow([spreadsheet_cell(value) for value in row])
    return out.getvalue()


def _md_quote(text: str) -> str:
    return "\n".join(f"> {line}" for line in text.splitlines() or [""])


def to_markdown(notes: Iterable[Note], absolute: Absolute, title: str) -> str:
    lines = [f"# {title}", ""]
    for note in notes:
        article = note.passage.article
        heading = f"## {article.outlet.name}: {article.title}, passage {note.passage.number}"
        if note.linked_passage_id:
            other = note.linked_passage
            heading += f" ↔ {other.article.outlet.name}, passage {other.number}"
        lines += [heading, ""]
        if note.is_reply:
            lines += [f"In reply to <{note_url(note.parent, absolute)}>", ""]
        quoted = note.quote or note.passage.text
        lines += [_md_quote(quoted), ""]
        if note.linked_passage_id:
            lines += [_md_quote(note.linked_passage.text), ""]
        lines += [note.body, ""]
        tags = ", ".join(f"`{tag.name}`" for tag in note.tags.all())
        meta = f"*{note.author.get_username()}, {note.visibility}, {iso(note.created_at)}*"
        if tags:
            meta += f" · tags: {tags}"
        if note.is_orphaned:
            meta += " · orphaned: the quoted text is no longer in the article"
        lines += [meta, f"<{note_url(note, absolute)}>", ""]
    return "\n".join(lines).rstrip() + "\n"
