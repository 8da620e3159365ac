"""A passage's words as pages show them, in Python: rendered for every passage of up to
four long articles, where template loops would dominate the page's cost (and kept in
the cache by the comparison, since without highlights they are pure)."""

from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString

from mediacompare.coverage import diffs

# How each run of a word diff is marked; "own" depends on the column (see passage_html).
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


def passage_html(view, column: int | None = None) -> SafeString:
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
        '<span class="passage-text"{}{} dir="{}" lang="{}" data-passage-id="{}"'
        ' data-start="{}" data-length="{}">{}</span>',
        # Pages that show a passage once give its text an id (compare pages do not need one).
        format_html(' id="text-{}"', passage.pk) if column is None else "",
        # Highlights follow notes added or deleted (static/js/notes.js); diffs stay as they are.
        format_html(' data-refresh="{}?fragment=text"', view.url)
        if view.url and not view.chunks
        else "",
        passage.article.direction,
        passage.article.language,
        passage.pk,
        passage.start,
        len(passage.text),
        # Every part is already escaped or built by format_html.
        format_html_join("", "{}", ((part,) for part in parts)),
    )
