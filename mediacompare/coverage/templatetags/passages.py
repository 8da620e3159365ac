"""A passage's words in Python: they are rendered for every passage of up to four long
articles, where template loops would dominate the page's cost."""

from django import template
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString

register = template.Library()


@register.simple_tag
def passage_text(view, column: int | None = None) -> SafeString:
    """The passage's words, escaped, with its word diff or its span-note highlights.

    In a comparison (``column`` given), words only this side has are ``<del>`` in the
    pivot column and ``<ins>`` in the others; without a diff, text under visible span
    notes is ``<mark>``-ed (``view.notes`` are what the notes app gives a page).
    """
    passage = view.passage
    if view.chunks:
        own = "<del>{}</del>" if column == 0 else "<ins>{}</ins>"
        parts = [
            format_html(own, text) if op == "own" else conditional_escape(text)
            for op, text in view.chunks
        ]
    else:
        marks = view.notes.marks(passage) if view.notes else ()
        parts = [
            format_html(
                '<mark class="note-span" data-notes="{}">{}</mark>',
                " ".join(map(str, mark.notes)),
                mark.text,
            )
            if mark.notes
            else conditional_escape(mark.text)
            for mark in marks
        ] or [conditional_escape(passage.text)]
    return format_html(
        '<span class="passage-text"{}{} data-passage-id="{}" data-start="{}" data-length="{}">'
        "{}</span>",
        # Pages that show a passage once give its text an id (compare pages do not need one).
        format_html(' id="text-{}"', passage.pk) if column is None else "",
        # Highlights follow notes added or deleted (static/js/notes.js); diffs stay as they are.
        format_html(' data-refresh="{}?fragment=text"', view.url)
        if view.url and not view.chunks
        else "",
        passage.pk,
        passage.start,
        len(passage.text),
        # Every part is already escaped or built by format_html.
        format_html_join("", "{}", ((part,) for part in parts)),
    )
