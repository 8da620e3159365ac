"""Importing W3C Web Annotations (JSON-LD) as a user's notes: all or nothing."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import Resolver404, resolve

from mediacompare import parameters
from mediacompare.coverage.models import Article, Passage
from mediacompare.notes import services
from mediacompare.notes.anchoring import match_quote
from mediacompare.notes.limits import IMPORT_MAX_ANNOTATIONS
from mediacompare.notes.models import Note
from mediacompare.notes.selectors import notes_visible_to


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def _annotations(data) -> list:
    """The annotations of an AnnotationCollection (its embedded first page), of an
    AnnotationPage, of a list, or one annotation."""
    if isinstance(data, dict) and data.get("type") in ("AnnotationCollection", "AnnotationPage"):
        page = data.get("first", data)
        if not isinstance(page, dict):
            raise ValidationError(
                "The collection names its pages without holding them: import each page."
            )
        if page.get("next"):
            raise ValidationError(
                f"The file holds one page of a collection of {data.get('total', 'many')}"
                f" annotations: import each page ({page['next']} next)."
            )
        data = page.get("items", [])
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
        try:
            number = parameters.number(value.removeprefix("p-"), name="passage", minimum=1)
        except parameters.BadParameter:
            number = None
        passage = article.passages.filter(index=number - 1).first() if number else None
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
