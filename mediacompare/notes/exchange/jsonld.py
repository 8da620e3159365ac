"""Notes as W3C Web Annotations (JSON-LD): an ``AnnotationCollection`` whose pages
(``AnnotationPage``, ``EXPORT_PAGE_SIZE`` annotations each) hold the annotations; the
collection embeds its first page and names the others (``?page=2``), as the W3C Web
Annotation Protocol pages a container.

An annotation's target is the article's page on this site (``source``), with a
``TextQuoteSelector`` (exact, prefix, suffix) and a ``TextPositionSelector``
(start, end in the article body). A note on a whole passage adds a
``FragmentSelector`` naming the passage (``p-3``) and selects the passage's text; a
note on a link has two such targets and the motivation ``linking``; a reply targets
the note it answers, with the motivation ``replying``. Tags are bodies with the
purpose ``tagging``; the note's Markdown is the ``TextualBody`` with ``commenting``.
"""

from collections.abc import Callable

from django.db.models import QuerySet
from django.urls import reverse

from mediacompare.coverage.models import Passage
from mediacompare.notes.limits import CONTEXT_LENGTH, EXPORT_PAGE_SIZE
from mediacompare.notes.models import Note

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# The one term the W3C context lacks: who may read the note.
CONTEXT = [ANNO_CONTEXT, {"visibility": "urn:mediacompare:visibility"}]
JSONLD_CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'
FRAGMENT_SPEC = "http://tools.ietf.org/rfc/rfc3986"

Absolute = Callable[[str], str]


def iso(value) -> str:
    return value.isoformat().replace("+00:00", "Z")


def _passage_target(passage: Passage, absolute: Absolute, note: Note | None = None) -> dict:
    """A target on the article page: the note's span, or the whole passage."""
    body = passage.article.body
    if note is not None and note.start is not None:
        start, end, exact = note.start, note.end, note.quote
        prefix, suffix = note.prefix, note.suffix
        selectors = []
    else:
        start, end, exact = passage.start, passage.end, passage.text
        prefix = body[max(0, start - CONTEXT_LENGTH) : start]
        suffix = body[end : end + CONTEXT_LENGTH]
        selectors = [
            {"type": "FragmentSelector", "conformsTo": FRAGMENT_SPEC, "value": passage.anchor}
        ]
    return {
        "source": absolute(passage.article.get_absolute_url()),
        "selector": [
            *selectors,
            {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix},
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
    }


def note_url(note: Note, absolute: Absolute) -> str:
    return absolute(reverse("notes:detail", args=[note.pk]))


def annotation(note: Note, absolute: Absolute, *, context: bool = True) -> dict:
    """One note as a W3C Web Annotation (without ``@context`` inside a page that has it)."""
    bodies = [
        {
            "type": "TextualBody",
            "value": note.body,
            "format": "text/markdown",
            "purpose": "replying" if note.is_reply else "commenting",
        }
    ]
    bodies += [
        {"type": "TextualBody", "value": tag.name, "purpose": "tagging"} for tag in note.tags.all()
    ]
    if note.is_reply:
        motivation, target = "replying", note_url(note.parent, absolute)
    elif note.is_link_note:
        motivation = "linking"
        target = [
            _passage_target(note.passage, absolute),
            _passage_target(note.linked_passage, absolute),
        ]
    else:
        motivation, target = "commenting", _passage_target(note.passage, absolute, note)
    return {
        **({"@context": CONTEXT} if context else {}),
        "id": note_url(note, absolute),
        "type": "Annotation",
        "motivation": motivation,
        "created": iso(note.created_at),
        "modified": iso(note.updated_at),
        "creator": {"type": "Person", "nickname": note.author.get_username()},
        "visibility": note.visibility,
        "body": bodies,
        "target": target,
    }


def _page_url(url: str, number: int) -> str:
    return f"{url}?page={number}"


def _page(notes, absolute: Absolute, *, url: str, number: int, size: int, total: int) -> dict:
    """Page ``number`` (from 1) of the collection at ``url``, without its ``@context``."""
    start = (number - 1) * size
    page = {
        "id": _page_url(url, number),
        "type": "AnnotationPage",
        "partOf": url,
        "startIndex": start,
        "items": [
            annotation(note, absolute, context=False) for note in notes[start : start + size]
        ],
    }
    if number > 1:
        page["prev"] = _page_url(url, number - 1)
    if start + size < total:
        page["next"] = _page_url(url, number + 1)
    return page


def page_count(total: int, size: int = EXPORT_PAGE_SIZE) -> int:
    return max(1, -(-total // size))


def collection(
    notes: QuerySet[Note], absolute: Absolute, *, url: str, label: str, size: int = EXPORT_PAGE_SIZE
) -> dict:
    """The notes as an ``AnnotationCollection`` at ``url``, its first page embedded."""
    total = notes.count()
    first = _page(notes, absolute, url=url, number=1, size=size, total=total)
    return {
        "@context": CONTEXT,
        "id": url,
        "type": "AnnotationCollection",
        "label": label,
        "total": total,
        "first": first,
        "last": _page_url(url, page_count(total, size)),
    }


def collection_page(
    notes: QuerySet[Note],
    absolute: Absolute,
    *,
    url: str,
    label: str,
    number: int,
    size: int = EXPORT_PAGE_SIZE,
) -> dict:
    """Page ``number`` of the collection at ``url``, on its own (with ``@context``)."""
    total = notes.count()
    page = _page(notes, absolute, url=url, number=number, size=size, total=total)
    page["partOf"] = {"id": url, "label": label, "total": total}
    return {"@context": CONTEXT, **page}
