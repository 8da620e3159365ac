"""Passages and link kinds in templates: a passage's marked words, a kind's label and
letter from the vocabulary."""

from urllib.parse import quote

from django import template
from django.utils.safestring import SafeString

from mediacompare.coverage.models import PassageLink
from mediacompare.coverage.rendering import passage_html

register = template.Library()


@register.simple_tag
def passage_text(view, column: int | None = None) -> SafeString:
    """The passage's words as :func:`mediacompare.coverage.rendering.passage_html` marks them."""
    return passage_html(view, column)


@register.filter
def with_next(url: str, next_url: str) -> str:
    """``url`` asking to come back to ``next_url`` (a page's own address) after a form."""
    if not next_url:
        return url
    return f"{url}{'&' if '?' in url else '?'}next={quote(next_url, safe='/')}"


def kind_label(kind: str) -> str:
    """A link kind's label from the vocabulary; a kind it does not know yet still reads."""
    try:
        return PassageLink.Kind(kind).label
    except ValueError:
        return str(kind).replace("_", " ").capitalize()


register.filter("kind_label", kind_label)


# The letter a matrix square shows beside its colour (colour is never the only signal).
KIND_LETTERS = {
    PassageLink.Kind.VERBATIM: "V",
    PassageLink.Kind.EDITED: "E",
    PassageLink.Kind.PARTIAL: "Q",
    PassageLink.Kind.PARAPHRASE: "P",
}


@register.filter
def kind_letter(kind: str | None) -> str:
    if not kind:
        return "–"
    return KIND_LETTERS.get(kind) or kind_label(kind)[:1].upper()


@register.simple_tag
def link_kinds() -> list[tuple[str, str, str]]:
    """Every link kind of the vocabulary, strongest first: (value, label, letter)."""
    return [(kind.value, kind.label, kind_letter(kind.value)) for kind in PassageLink.Kind]
