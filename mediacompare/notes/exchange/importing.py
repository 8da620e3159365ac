"""Importing W3C Web Annotations (JSON-LD) as a user's notes: all or nothing.

The file is untrusted: :func:`parse_file` reads it with limits (size, nesting, valid
Unicode), every value is checked for its JSON type before use, and a refusal is a
``ValidationError`` naming the annotation, with nothing written.
"""

import json
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import Resolver404, resolve

from mediacompare import parameters
from mediacompare.accounts import throttle
from mediacompare.coverage.models import Article, Passage
from mediacompare.notes import limits, services
from mediacompare.notes.anchoring import match_quote
from mediacompare.notes.models import Note
from mediacompare.notes.selectors import notes_visible_to


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def parse_file(raw: bytes):
    """The JSON an uploaded file holds, or ValidationError saying why it cannot be read."""
    if len(raw) > limits.IMPORT_MAX_BYTES:
        raise ValidationError(f"The file is larger than {limits.IMPORT_MAX_BYTES // 2**20} MB.")
    try:
        data = json.loads(raw.decode("utf-8"))
    # ValueError: also a number of more than 4,300 digits; RecursionError: nesting.
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise ValidationError(f"The file is not JSON: {error}") from error
    try:
        # JSON may escape half a surrogate pair ("\ud800"): no database or sanitiser takes it.
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValidationError(
            "The file is not valid Unicode: it holds half of a surrogate pair."
        ) from error
    except RecursionError as error:
        raise ValidationError(
            "The file is not JSON this site reads: it nests too deeply."
        ) from error
    return data


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
    if len(data) > limits.IMPORT_MAX_ANNOTATIONS:
        raise ValidationError(
            f"At most {limits.IMPORT_MAX_ANNOTATIONS:,} annotations at a time;"
            f" this file holds {len(data):,}."
        )
    return data


def _local_path(url, host: str, what: str) -> str:
    if not isinstance(url, str):
        raise ValidationError(f"The {what} must be a URL.")
    try:
        parts = urlsplit(url)
    except ValueError:
        # "http://[x": an unclosed or invalid IPv6 address.
        raise ValidationError(f"The {what} {url} is not a known {what} of this site.") from None
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
    return {
        s["type"]: s for s in selectors if isinstance(s, dict) and isinstance(s.get("type"), str)
    }


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
    prefix, suffix = quote.get("prefix", ""), quote.get("suffix", "")
    # bool is an int in Python; JSON's true is no offset.
    if not all(
        type(offset) is int and 0 <= offset <= parameters.LARGEST for offset in (start, end)
    ):
        raise ValidationError(
            f"Selector offsets must be integers from 0 to {parameters.LARGEST:,}."
        )
    if not all(isinstance(text, str) for text in (exact, prefix, suffix)):
        raise ValidationError("The quote, its prefix and its suffix must be strings.")
    if len(exact) > limits.QUOTE_MAX_LENGTH:
        raise ValidationError(f"A quote is at most {limits.QUOTE_MAX_LENGTH:,} characters long.")
    if article.body[start:end] != exact or not start < end:
        # The article changed since the export: anchor the quote as an edit would.
        found = match_quote(article.body, exact, prefix=prefix, suffix=suffix, hint=start)
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


def _charge(author, annotations: int) -> None:
    """Count the file's annotations against the author's import allowance
    (``NOTE_IMPORT_RATE_LIMIT``, counted whatever becomes of the import); RateLimited past it."""
    count, seconds = getattr(settings, "NOTE_IMPORT_RATE_LIMIT", limits.DEFAULT_IMPORT_RATE_LIMIT)
    retry_after = throttle.hit(
        key=f"note-imports:{author.pk}",
        limit=count,
        period=timedelta(seconds=seconds),
        cost=annotations,
    )
    if retry_after:
        raise services.RateLimited(
            f"You may import {count:,} notes every {seconds // 60:,} minutes and this file"
            f" would pass that: wait {retry_after:,} seconds before importing it.",
            retry_after=retry_after,
        )


def prepare_import(*, author, data) -> list:
    """The annotations ``data`` holds, counted against the author's import allowance:
    ValidationError for a file that holds none or too many, RateLimited past the
    allowance. Nothing is written yet."""
    if not getattr(author, "is_authenticated", False):
        raise PermissionDenied("Log in to import notes.")
    items = _annotations(data)
    _charge(author, len(items))
    return items


class _DryRun(Exception):
    """Rolls back one annotation's trial import."""


def check_annotation(item, *, author, host: str) -> None:
    """Import one annotation and roll it back: ValidationError if it cannot be imported."""
    try:
        with transaction.atomic():
            _import_one(item, author=author, host=host, result=ImportResult())
            raise _DryRun
    except _DryRun:
        pass


def import_annotations(*, author, items: list, host: str) -> ImportResult:
    """Import the annotations (from :func:`prepare_import`) in one transaction: all or
    nothing; ValidationError names the first annotation that cannot be imported."""
    result = ImportResult()
    with transaction.atomic():
        for number, item in enumerate(items, start=1):
            try:
                _import_one(item, author=author, host=host, result=result)
            except ValidationError as error:
                raise ValidationError(
                    f"Annotation {number}: {'; '.join(error.messages)}"
                ) from error
        # The notes it created count against writing by hand; the window's allowance is
        # not enforced on an import (NOTE_IMPORT_RATE_LIMIT is), so hit()'s answer is not read.
        if result.created:
            services.count_notes(author, result.created)
    return result


def notes_import(*, author, data, host: str) -> ImportResult:
    """Import W3C Web Annotations as ``author``'s notes; all or nothing.

    An annotation whose ``id`` is one of the author's notes updates it (or leaves it be
    when nothing differs), so importing one's own export changes nothing. Each annotation
    counts against the author's import allowance, and the notes it creates against the
    note rate limit as notes written by hand do (:class:`services.RateLimited`).
    """
    items = prepare_import(author=author, data=data)
    return import_annotations(author=author, items=items, host=host)
