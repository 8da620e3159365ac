"""A note's words: its Markdown body, rendered and sanitised once, and its tags."""

import re
from collections.abc import Iterable

import markdown
import nh3
from django.core.exceptions import ValidationError

from mediacompare.notes.limits import BODY_MAX_LENGTH, MAX_TAGS, TAG_MAX_LENGTH

# Light Markdown: emphasis, links, code, quotes and lists; nothing that styles or runs.
ALLOWED_HTML_TAGS = {
    "p",
    "br",
    "em",
    "strong",
    "a",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
}
ALLOWED_HTML_ATTRIBUTES = {"a": {"href", "title"}}


def render_body(body: str) -> str:
    """The body's Markdown as HTML, sanitised by nh3 (ammonia): stored, never re-rendered."""
    html = markdown.markdown(body, output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_HTML_TAGS,
        attributes=ALLOWED_HTML_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener noreferrer ugc",
    )


def has_surrogates(text: str) -> bool:
    """Half of a UTF-16 surrogate pair (JSON can escape one): no valid Unicode text holds it,
    nh3 and the database refuse it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def clean_body(body: str) -> str:
    body = (body or "").replace("\r\n", "\n").strip()
    if not body:
        raise ValidationError({"body": "Write something in the note."})
    if "\x00" in body:
        raise ValidationError({"body": "The note contains a NUL character."})
    if has_surrogates(body):
        raise ValidationError({"body": "The note is not valid Unicode (half a surrogate pair)."})
    if len(body) > BODY_MAX_LENGTH:
        raise ValidationError(
            {
                "body": f"A note is at most {BODY_MAX_LENGTH:,} characters long;"
                f" this one has {len(body):,}."
            }
        )
    return body


def normalise_tags(tags: str | Iterable[str]) -> list[str]:
    """Tags in lower case with single spaces, without a leading ``#``, deduplicated.

    A string is split on commas. Refuses more than ``MAX_TAGS``, overlong tags and NUL.
    """
    raw = tags.split(",") if isinstance(tags, str) else list(tags)
    names: list[str] = []
    for item in raw:
        if "\x00" in item:
            raise ValidationError({"tags": "A tag contains a NUL character."})
        if has_surrogates(item):
            raise ValidationError({"tags": "A tag is not valid Unicode (half a surrogate pair)."})
        name = re.sub(r"\s+", " ", item).strip().lstrip("#").strip().lower()
        if not name:
            continue
        if len(name) > TAG_MAX_LENGTH:
            raise ValidationError({"tags": f"A tag is at most {TAG_MAX_LENGTH} characters long."})
        if name not in names:
            names.append(name)
    if len(names) > MAX_TAGS:
        raise ValidationError({"tags": f"A note has at most {MAX_TAGS} tags."})
    return names
