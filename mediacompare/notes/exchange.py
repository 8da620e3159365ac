"""Notes out and in: W3C Web Annotation JSON-LD, CSV and Markdown.

An annotation's target is the article's page on this site (``source``), with a
``TextQuoteSelector`` (exact, prefix, suffix) and a ``TextPositionSelector``
(start, end in the article body). A note on a whole passage adds a
``FragmentSelector`` naming the passage (``p-3``) and selects the passage's text; a
note on a link has two such targets and the motivation ``linking``; a reply targets
the note it answers, with the motivation ``replying``. Tags are bodies with the
purpose ``tagging``; the note's Markdown is the ``TextualBody`` with ``commenting``.
"""

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import Resolver404, resolve, reverse

from mediacompare.coverage.models import Article, Passage
from mediacompare.notes import services
from mediacompare.notes.anchoring import match_quote
from mediacompare.notes.limits import CONTEXT_LENGTH, IMPORT_MAX_ANNOTATIONS
from mediacompare.notes.models import Note

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# The one term the W3C context lacks: who may read the note.
CONTEXT = [ANNO_CONTEXT, {"visibility": "urn:mediacompare:visibility"}]
JSONLD_CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'
FRAGMENT_SPEC = "http://tools.ietf.org/rfc/rfc3986"

Absolute = Callable[[str], str]


def _iso(value) -> str:
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
        "created": _iso(note.created_at),
        "modified": _iso(note.updated_at),
        "creator": {"type": "Person", "nickname": note.author.get_username()},
        "visibility": note.visibility,
        "body": bodies,
        "target": target,
    }


def export_queryset(notes):
    """The notes with what their exports read, in a fixed number of queries."""
    return (
        notes.filter(deleted_at=None)
        .select_related(
            "author",
            "parent",
            "passage__article__event",
            "passage__article__outlet",
            "linked_passage__article__event",
            "linked_passage__article__outlet",
        )
        .prefetch_related("tags")
        .order_by("created_at", "id")
    )


def to_jsonld(notes: Iterable[Note], absolute: Absolute) -> list[dict]:
    return [annotation(note, absolute) for note in notes]


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


def to_csv(notes: Iterable[Note], absolute: Absolute) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for note in notes:
        linked = note.linked_passage
        writer.writerow(
            [
                note_url(note, absolute),
                _iso(note.created_at),
                _iso(note.updated_at),
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
        )
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
        meta = f"*{note.author.get_username()}, {note.visibility}, {_iso(note.created_at)}*"
        if tags:
            meta += f" · tags: {tags}"
        if note.is_orphaned:
            meta += " · orphaned: the quoted text is no longer in the article"
        lines += [meta, f"<{note_url(note, absolute)}>", ""]
    return "\n".join(lines).rstrip() + "\n"


# Import


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def _annotations(data) -> list:
    """A list of annotations from a list, one annotation, or an AnnotationCollection/Page."""
    if isinstance(data, dict) and data.get("type") in ("AnnotationCollection", "AnnotationPage"):
        page = data.get("first", data)
        data = page.get("items", []) if isinstance(page, dict) else []
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise ValidationError("The file holds no W3C Web Annotations.")
    if len(data) > IMPORT_MAX_ANNOTATIONS:
        raise ValidationError(f"At most {IMPORT_MAX_ANNOTATIONS} annotations at a time.")
    return data


def _local_path(url, host: str, what: str) -> str:
    if not isinstance(url, str):
        raise ValidationError(f"The {what} must be a URL.")
    parts = urlsplit(url)
    if parts.netloc and parts.netloc != host:
        raise ValidationError(f"The {what} {url} is not on this site.")
    return parts.path


def _resolve(url, host: str, name: str, what: str):
    try:
        match = resolve(_local_path(url, host, what))
    except Resolver404:
        match = None
    if match is None or match.view_name != name:
        raise ValidationError(f"The {what} {url} is not a known {what} of this site.")
    return match.kwargs


def _selectors(target: dict) -> dict[str, dict]:
    selectors = target.get("selector", [])
    if isinstance(selectors, dict):
        selectors = [selectors]
    if not isinstance(selectors, list):
        raise ValidationError("A target's selector must be a list.")
    return {s.get("type"): s for s in selectors if isinstance(s, dict)}


def _target(target, host: str) -> tuple[Passage, int | None, int | None, bool]:
    """(passage, start, end, whole passage?) that a target selects."""
    if not isinstance(target, dict):
        raise ValidationError("A target must be an object with a source and selectors.")
    kwargs = _resolve(target.get("source"), host, "coverage:article_detail", "article")
    article = Article.objects.filter(pk=kwargs["pk"], event__slug=kwargs["slug"]).first()
    if article is None:
        raise ValidationError(f"The article {target.get('source')} does not exist.")
    selectors = _selectors(target)
    position, quote = selectors.get("TextPositionSelector"), selectors.get("TextQuoteSelector")
    fragment = selectors.get("FragmentSelector")
    if fragment is not None:
        value = str(fragment.get("value", ""))
        number = value.removeprefix("p-")
        passage = (
            article.passages.filter(index=int(number) - 1).first()
            if number.isdigit() and int(number) > 0
            else None
        )
        if passage is None:
            raise ValidationError(f"The article has no passage {value}.")
        return passage, None, None, True
    if position is None or quote is None:
        raise ValidationError("A target needs a TextQuoteSelector and a TextPositionSelector.")
    start, end, exact = position.get("start"), position.get("end"), quote.get("exact")
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(exact, str)):
        raise ValidationError("Selector offsets must be integers and the quote a string.")
    if article.body[start:end] != exact or not 0 <= start < end:
        # The article changed since the export: anchor the quote as an edit would.
        found = match_quote(
            article.body,
            exact,
            prefix=str(quote.get("prefix", "")),
            suffix=str(quote.get("suffix", "")),
            hint=max(start, 0),
        )
        if found is None:
            raise ValidationError(f"The quote “{exact[:60]}” is not in the article.")
        start, end = found.start, found.end
    passage = article.passages.filter(start__lte=start, end__gt=start).first()
    if passage is None or end > passage.end:
        raise ValidationError("A span must lie inside one passage.")
    return passage, start, end, False


def _body(item: dict) -> tuple[str, list[str]]:
    bodies = item.get("body", [])
    if isinstance(bodies, dict):
        bodies = [bodies]
    if not isinstance(bodies, list):
        raise ValidationError("The body must be a list of TextualBody.")
    text, tags = "", []
    for body in bodies:
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            raise ValidationError("Each body must be a TextualBody with a value.")
        if body.get("purpose") == "tagging":
            tags.append(body["value"])
        elif not text:
            text = body["value"]
    return text, tags


def _existing(item: dict, host: str, author) -> Note | None:
    try:
        kwargs = _resolve(item.get("id"), host, "notes:detail", "note")
    except ValidationError:
        return None
    return Note.objects.filter(pk=kwargs["pk"], author=author, deleted_at=None).first()


def _import_one(item, *, author, host: str, result: ImportResult) -> None:
    if not isinstance(item, dict) or item.get("type") != "Annotation":
        raise ValidationError("Not a W3C Web Annotation (type must be “Annotation”).")
    text, tags = _body(item)
    visibility = item.get("visibility", Note.Visibility.PRIVATE)
    existing = _existing(item, host, author)
    if existing is not None:
        same = (
            existing.body == text.replace("\r\n", "\n").strip()
            and existing.visibility == visibility
            and sorted(t.name for t in existing.tags.all()) == sorted(services.normalise_tags(tags))
        )
        if same:
            result.unchanged += 1
        else:
            services.note_update(
                note=existing, editor=author, body=text, visibility=visibility, tags=tags
            )
            result.updated += 1
        return
    motivation = item.get("motivation", "commenting")
    target = item.get("target")
    if motivation == "replying":
        kwargs = _resolve(target, host, "notes:detail", "note")
        from mediacompare.notes.selectors import notes_visible_to

        parent = notes_visible_to(author).filter(pk=kwargs["pk"]).first()
        if parent is None:
            raise ValidationError(f"The note {target} does not exist.")
        services.note_reply(author=author, parent=parent, body=text, rate_limit=False)
    elif motivation == "linking":
        if not isinstance(target, list) or len(target) != 2:
            raise ValidationError("A linking annotation has two targets.")
        (first, *_), (second, *_) = _target(target[0], host), _target(target[1], host)
        services.note_create(
            author=author,
            passage=first,
            linked_passage=second,
            body=text,
            visibility=visibility,
            tags=tags,
            rate_limit=False,
        )
    else:
        passage, start, end, _whole = _target(target, host)
        services.note_create(
            author=author,
            passage=passage,
            start=start,
            end=end,
            body=text,
            visibility=visibility,
            tags=tags,
            rate_limit=False,
        )
    result.created += 1


@transaction.atomic
def notes_import(*, author, data, host: str) -> ImportResult:
    """Import W3C Web Annotations as ``author``'s notes; all or nothing.

    An annotation whose ``id`` is one of the author's notes updates it (or leaves it be
    when nothing differs), so importing one's own export changes nothing.
    """
    if not getattr(author, "is_authenticated", False):
        raise PermissionDenied("Log in to import notes.")
    result = ImportResult()
    for number, item in enumerate(_annotations(data), start=1):
        try:
            _import_one(item, author=author, host=host, result=result)
        except ValidationError as error:
            raise ValidationError(f"Annotation {number}: {'; '.join(error.messages)}") from error
    return result
