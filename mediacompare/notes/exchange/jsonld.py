"""Notes as W3C Web Annotations (JSON-LD).

An annotation's target is the article's page on this site (``source``), with a
``TextQuoteSelector`` (exact, prefix, suffix) and a ``TextPositionSelector``
(start, end in the article body). A note on a whole passage adds a
``FragmentSelector`` naming the passage (``p-3``) and selects the passage's text; a
note on a link has two such targets and the motivation ``linking``; a reply targets
the note it answers, with the motivation ``replying``. Tags are bodies with the
purpose ``tagging``; the note's Markdown is the ``TextualBody`` with ``commenting``.
"""

from collections.abc import Callable, Iterable

from django.urls import reverse

from mediacompare.coverage.models import Passage
from mediacompare.notes.limits import CONTEXT_LENGTH
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


def annotation(note: Note, absolute: Absolute) -> dict:
    """One note as a W3C Web Annotation."""
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
        "@context": CONTEXT,
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


def to_jsonld(notes: Iterable[Note], absolute: Absolute) -> list[dict]:
    return [annotation(note, absolute) for note in notes]
