"""Bylines as stored: the names only, as pasted bylines rarely are."""

import re

# "By ", "BY:", "by -" at the start, or "By" alone; "Byron" is a name, so a space, colon
# or dash must follow.
_BY_PREFIX = re.compile(r"^by(?:\s*[:\-–—]\s*|\s+|$)", re.IGNORECASE)
# Punctuation a byline ends with when copied from a page ("AFP.", "Jane Doe,", "TASS |").
_TRAILING = re.compile(r"[\s.,;:|/\\\-–—·•]+$")
# Abbreviations whose full stop belongs to the name.
_KEEP_FULL_STOP = re.compile(r"\b(?:Jr|Sr|Inc|Ltd|Co|Corp)\.$", re.IGNORECASE)


def normalise_byline(byline: str) -> str:
    """The byline without a "By " prefix, surrounding space or trailing punctuation.

    >>> normalise_byline("  By Jane Doe, ")
    'Jane Doe'
    >>> normalise_byline("by: AFP.")
    'AFP'
    >>> normalise_byline("Martin Luther King Jr.")
    'Martin Luther King Jr.'
    """
    text = " ".join(byline.split())
    text = _BY_PREFIX.sub("", text)
    if _KEEP_FULL_STOP.search(text):
        return text
    return _TRAILING.sub("", text)
