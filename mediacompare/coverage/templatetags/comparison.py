"""Rendering a comparison's passage text in Python: it runs for every passage of
up to four long articles, where template loops would dominate the page's cost."""

from django import template
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString

from mediacompare.notes.selectors import passage_marks

register = template.Library()


@register.simple_tag
def passage_text(view, cell) -> SafeString:
    """The passage's words, escaped, with its word diff or its span-note highlights.

    Words only this side has are ``<del>`` in the pivot column and ``<ins>`` in the
    others; without a diff, text under visible span notes is ``<mark>``-ed.
    """
    passage = view.passage
    if view.chunks:
        own = "<del>{}</del>" if cell.column == 0 else "<ins>{}</ins>"
        parts = [
            format_html(own, text) if op == "own" else conditional_escape(text)
            for op, text in view.chunks
        ]
    else:
        parts = [
            format_html(
                '<mark class="note-span" data-notes="{}">{}</mark>',
                " ".join(map(str, mark.notes)),
                mark.text,
            )
            if mark.notes
            else conditional_escape(mark.text)
            for mark in passage_marks(passage, view.notes)
        ]
    return format_html(
        '<span class="passage-text" data-passage-id="{}" data-start="{}" data-length="{}">'
        "{}</span>",
        passage.pk,
        passage.start,
        len(passage.text),
        # Every part is already escaped or built by format_html.
        format_html_join("", "{}", ((part,) for part in parts)),
    )
