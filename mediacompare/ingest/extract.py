"""An article's text and facts from a saved web page, with trafilatura.

Used by the web import (a page fetched or uploaded) and by the bulk import (a ZIP of
HTML pages). Raises :class:`ExtractionError` with a message for the editor when the
page has no article text, or so little that it is a paywall or a teaser.
"""

import datetime
import re
from dataclasses import dataclass

import lxml.html
import trafilatura

from mediacompare.coverage.bylines import normalise_byline
from mediacompare.coverage.languages import code_for

# Less article text than this is a paywalled stub, a teaser or an index page.
MIN_WORDS = 80
# CJK text has no spaces: count characters, this many for one word.
_CJK_CHARS_PER_WORD = 2
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Pages larger than this are refused before parsing.
MAX_HTML_BYTES = 5 * 1024 * 1024


class ExtractionError(ValueError):
    """No usable article in the page; the message says why, for an editor."""


@dataclass(frozen=True)
class Extracted:
    title: str
    body: str
    byline: str
    # The day the page gives, if any (trafilatura/htmldate find the day, not the time).
    published_on: datetime.date | None
    # A listed language code from the page's markup, or "" when it says none we list.
    language: str
    site_name: str
    url: str

    @property
    def word_count(self) -> int:
        return count_words(self.body)


def count_words(text: str) -> int:
    cjk = len(_CJK.findall(text))
    return len(_CJK.sub(" ", text).split()) + cjk // _CJK_CHARS_PER_WORD


def extract(html: str | bytes, *, url: str = "") -> Extracted:
    """The article in ``html``: body text (paragraphs on their own lines), title, byline,
    day of publication, language and site name."""
    if isinstance(html, bytes):
        if len(html) > MAX_HTML_BYTES:
            raise ExtractionError(f"The page is larger than {MAX_HTML_BYTES // 2**20} MB.")
    elif len(html.encode("utf-8", "replace")) > MAX_HTML_BYTES:
        raise ExtractionError(f"The page is larger than {MAX_HTML_BYTES // 2**20} MB.")
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    except Exception as exc:  # trafilatura raises lxml's and its own errors alike
        raise ExtractionError(
            f"The page could not be read as HTML ({type(exc).__name__})."
        ) from exc
    if document is None or not (document.text or "").strip():
        raise ExtractionError(
            "No article text was found in this page: it may be an index page, need "
            "JavaScript to show its text, or not be an article."
        )
    title = (document.title or "").strip()
    body = _without_title(document.text, title)
    words = count_words(body)
    if words < MIN_WORDS:
        raise ExtractionError(
            f"Only {words} words of article text were found (at least {MIN_WORDS} are "
            "needed): the page looks like a paywalled stub or a teaser. Paste the full "
            "text into the form instead, or upload the page as saved from a browser that "
            "shows the whole article."
        )
    return Extracted(
        title=title[:500],
        body=body,
        byline=normalise_byline(document.author or "")[:300],
        published_on=_day(document.date),
        language=_language(html),
        site_name=(document.sitename or "").strip()[:200],
        url=(document.url or url or "").strip(),
    )


def _without_title(text: str, title: str) -> str:
    """Paragraphs one per line, without the headline trafilatura keeps as the first line."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    return "\n".join(lines)


def _day(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _language(html: str | bytes) -> str:
    """The language the page declares (``<html lang>``, then Content-Language, then
    og:locale), as a listed code; "" when it declares none we list."""
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    candidates = [
        root.get("lang", ""),
        *root.xpath(
            "//meta[translate(@http-equiv, 'CONTENT-LANGUAGE', 'content-language')"
            "='content-language']/@content"
        ),
        *root.xpath("//meta[@property='og:locale']/@content"),
    ]
    for candidate in candidates:
        if candidate and (code := code_for(candidate.split(",")[0].strip())):
            return code
    return ""
