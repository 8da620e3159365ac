"""A passage's words in Python: they are rendered for every passage of up to four long
articles, where template loops would dominate the page's cost."""

from django import template
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString

from mediacompare.coverage import diffs
from mediacompare.coverage.models import PassageLink

register = template.Library()

# How each run of a word diff is marked; "own" depends on the column (see passage_text).
_MARKUP = {
    diffs.OTHER: '<del class="foreign">{}</del>',
    diffs.MINOR: '<span class="diff-minor">{}</span>',
}


def _diff_parts(chunks, column: int | None) -> list[SafeString]:
    own = "<del>{}</del>" if column == 0 else "<ins>{}</ins>"
    return [
        conditional_escape(text)
        if op == diffs.SAME
        else format_html(own if op == diffs.OWN else _MARKUP[op], text)
        for op, text in chunks
    ]


def _mark_parts(view) -> list[SafeString]:
    marks = view.notes.marks(view.passage) if view.notes else ()
    return [
        format_html(
            '<mark class="note-span" data-notes="{}">{}</mark>',
            " ".join(map(str, mark.notes)),
            mark.text,
        )
        if mark.notes
        else conditional_escape(mark.text)
        for mark in marks
    ] or [conditional_escape(view.passage.text)]


@register.simple_tag
def passage_text(view, column: int | None = None) -> SafeString:
    """The passage's words, escaped, in its article's language, with its word diff or
    its span-note highlights.

    In a comparison (``column`` given), words only this side has are ``<del>`` in the
    pivot column of two and ``<ins>`` elsewhere; the pivot's words a column leaves out
    are ``<del class="foreign">`` (with more than two columns); changes of punctuation or
    capitals only are ``<span class="diff-minor">``. Without a diff, text under visible
    span notes is ``<mark>``-ed (``view.notes`` are what the notes app gives a page).
    """
    passage = view.passage
    parts = _diff_parts(view.chunks, column) if view.chunks else _mark_parts(view)
    return format_html(
        '<span class="passage-text"{}{} lang="{}" data-passage-id="{}" data-start="{}"'
        ' data-length="{}">{}</span>',
        # Pages that show a passage once give its text an id (compare pages do not need one).
        format_html(' id="text-{}"', passage.pk) if column is None else "",
        # Highlights follow notes added or deleted (static/js/notes.js); diffs stay as they are.
        format_html(' data-refresh="{}?fragment=text"', view.url)
        if view.url and not view.chunks
        else "",
        passage.article.language,
        passage.pk,
        passage.start,
        len(passage.text),
        # Every part is already escaped or built by format_html.
        format_html_join("", "{}", ((part,) for part in parts)),
    )


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
