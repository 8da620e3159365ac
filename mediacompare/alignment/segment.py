"""Sentence segmentation with exact character offsets.

Why a hand-written splitter rather than pysbd
---------------------------------------------
pysbd 0.3.4 was measured against this splitter on the event-1 corpus
(``benchmarks/segment_compare.py``).  pysbd is an order of magnitude slower
(it runs dozens of regex passes per text), its ``char_span=True`` mode finds
spans by re-searching the sentence text, which drifts when a sentence repeats
or when it rewrites whitespace, it has no idea of newswire datelines
("WASHINGTON, November 27. /TASS/."), and it needs a language code per text
(no Cyrillic initials, no CJK without ``language="zh"``).  The rules a news
aligner needs are few and are written out below, so the engine keeps its own
splitter and has no runtime dependency.

Rules
-----
* Any newline is a paragraph break (the corpus puts one paragraph per line);
  ``paragraph`` counts non-empty lines from 0.
* A sentence ends after ``. ! ? …`` (plus any closing quotes/brackets) when
  whitespace follows and the next word does not start in lower case; after
  ``。！？`` (CJK) it ends even without whitespace.
* No split after titles and common abbreviations (Mr., Dr., Gen., No. 5,
  Dec. 9, etc.), after single-letter initials (``A. Antonov``, ``А. Антонов``),
  after list markers (``1.``) or after dotted acronyms such as ``U.S.``
  unless a typical sentence opener ("The", "It", ...) follows.
* Datelines: a recognised dateline at the start of a paragraph
  ("WASHINGTON, November 27. /TASS/.", "MOSCOW (Sputnik - 27th November,
  2021)", "Washington (AFP)", "WASHINGTON:", "ООН, 28 ноя – РИА Новости.")
  becomes its own passage.  :func:`is_boilerplate` flags it, so it is never
  linked and the lead sentence after it aligns on its own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mediacompare.alignment.normalise import content_stems, word_tokens
from mediacompare.alignment.scripts import (
    SENTENCE_END_NO_SPACE,
    SENTENCE_END_SPACED,
    has_cjk,
)

__all__ = ["Passage", "is_boilerplate", "segment"]


@dataclass(frozen=True, slots=True)
class Passage:
    """One sentence-like unit of an article.

    ``start``/``end`` are character offsets into the original text, so that
    ``text == original[start:end]``; ``paragraph`` is the 0-based paragraph
    number; ``index`` is the passage's position in the article.
    """

    index: int
    start: int
    end: int
    paragraph: int
    text: str

    @property
    def is_boilerplate(self) -> bool:
        """True for datelines, bylines, credits, markers: never linked."""
        return is_boilerplate(self.text)


# --------------------------------------------------------------------------
# Abbreviations.  Lower-cased, without the final dot.
_TITLES = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col",
    "capt", "cmdr", "sgt", "maj", "adm", "pres", "rev", "hon", "st", "messrs",
    "mme", "mlle", "supt", "insp", "amb",
    # Russian titles / words commonly abbreviated before a name or number
    "г", "гг", "им", "тов", "ул", "д", "т", "см", "стр", "рис",
}  # fmt: skip
_BEFORE_NUMBER = {
    "no", "nos", "art", "vol", "p", "pp", "fig", "ch", "sec", "para", "op",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "ca", "approx", "nr", "№",
}  # fmt: skip
_ALWAYS = {
    "e.g", "i.e", "etc", "vs", "cf", "viz", "al", "approx", "inc", "corp",
    "ltd", "co", "jr", "sr", "dept", "est", "govt", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "wed", "thu", "fri", "sat", "sun",
}  # fmt: skip
# After a dotted acronym (U.S., U.K.) a split is only accepted when one of
# these typical sentence openers follows, because "the U.S. State Department"
# is far more common than a sentence ending in "U.S.".
_OPENERS = {
    "the", "it", "he", "she", "they", "we", "i", "this", "that", "these",
    "those", "but", "and", "in", "on", "at", "a", "an", "there", "his", "her",
    "their", "its", "however", "meanwhile", "earlier", "according", "as",
    "if", "when", "while", "after", "before", "so", "yet",
}  # fmt: skip

_CLOSERS = "\"'”’»)]」』）〕】"
_OPENERS_PUNCT = "\"'“‘«([「『（〔【-–—•*"
# Candidate boundary: terminal punctuation, closing quotes/brackets, then
# whitespace (Western; also the Arabic "؟") -- or CJK terminal punctuation with
# no space needed.  The closers are taken possessively, so a closing quote after
# "。" stays with its sentence rather than becoming a passage of its own.
_BOUNDARY = re.compile(
    rf"(?:[{re.escape(SENTENCE_END_SPACED)}]+[{re.escape(_CLOSERS)}]*+(?=\s)"
    rf"|[{SENTENCE_END_NO_SPACE}!?]+[{re.escape(_CLOSERS)}]*+(?=\S))"
)
_WORD_BEFORE = re.compile(r"([\w.№'’-]+)$")
_DOTTED_ACRONYM = re.compile(r"^(?:\w\.){1,}\w$")
_LIST_MARKER = re.compile(r"^\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]$")

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|"
    r"янв\w*|фев\w*|мар\w*|апр\w*|ма[йя]\w*|июн\w*|июл\w*|авг\w*|сен\w*|"
    r"окт\w*|ноя\w*|дек\w*)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = rf"(?:{_MONTHS}\s+{_DAY}(?:,?\s+\d{{4}})?|{_DAY}\s+{_MONTHS}(?:,?\s+\d{{4}})?)"
_CAPS_PLACE = r"[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ.'’-]+(?:[ -][A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ.'’-]+){0,3}"
_TITLE_PLACE = r"[A-ZА-Я][a-zа-яё'’-]+(?:[ -][A-ZА-Я][a-zа-яё'’-]+){0,2}"
_PAREN = r"\([^()\n]{1,60}\)"
_AGENCY_SLASH = r"/[^/\n]{1,30}/\.?"
_AGENCY_DASH = r"[-–—]{1,2}\s*[A-ZА-Я][\w .]{1,30}?\."
# A dateline at the start of a paragraph.  Two shapes:
#  ALL-CAPS place [, date] [(...)] [/AGENCY/] then ':' '.' or a dash, or
#  Title-case place [, date] (...) -- parentheses required, to avoid
#  mistaking "Washington, he said." for a dateline.
_DATELINE = re.compile(
    rf"""^(?:
        {_CAPS_PLACE}(?:,\s*{_DATE})?\.?(?:\s*{_PAREN})?(?:\s*{_AGENCY_SLASH})?
            (?:\s*{_AGENCY_DASH}|\s*[:.](?!\w)|\s*[-–—]{{1,2}}(?=\s)|(?<=\)))
      | {_TITLE_PLACE}(?:,\s*{_DATE})?\s*{_PAREN}(?:\s*[:.,–—-]{{1,2}}(?=\s))?
    )(?=\s+\S)""",
    re.VERBOSE,
)


def _dateline_end(line: str) -> int:
    """Length of a dateline prefix of ``line`` (0 if none)."""
    m = _DATELINE.match(line)
    if not m:
        return 0
    head = m.group(0)
    # An all-caps "place" must be a place, not a shouted headline word
    # followed by a sentence; require a date, an agency or a ':' / dash /
    # parenthesis marker to be present.
    if not re.search(rf"{_DATE}|/|\(|:|[-–—]\s*$|[-–—]", head):
        return 0
    return m.end()


def _should_split(para: str, start: int, cut: int, nxt: int) -> bool:
    """Decide whether a candidate boundary ``para[:cut]`` ends a sentence.

    ``start`` is where the current sentence began, ``nxt`` where the next
    non-space character is.
    """
    if nxt >= len(para):
        return False
    punct_zone = para[start:cut].rstrip(_CLOSERS)
    if para[cut - 1] in SENTENCE_END_NO_SPACE or punct_zone.endswith(tuple(SENTENCE_END_NO_SPACE)):
        return True
    nxt_char = para[nxt]
    if nxt_char.islower():
        return False
    # Must look like the start of a sentence: a capital, a digit, an opening
    # quote/bracket/dash, or a script without case (CJK etc).
    if not (
        nxt_char.isupper()
        or nxt_char.isdigit()
        or nxt_char in _OPENERS_PUNCT
        or (nxt_char.isalpha() and not nxt_char.islower() and not nxt_char.isupper())
    ):
        return False
    sentence = para[start:cut].strip()
    if not any(ch.isalnum() for ch in sentence):
        return False  # "..." or a stray quote: keep with what follows
    if not punct_zone.endswith("."):
        return True  # ! ? … are unambiguous enough
    m = _WORD_BEFORE.search(punct_zone[:-1])
    if not m:
        return True
    word = m.group(1).lstrip("'’-")
    low = word.lower()
    next_word = re.match(r"[\w'’-]*", para[nxt:]).group(0)
    if _LIST_MARKER.match(sentence):
        return False
    if low in _TITLES:
        # "Main St. The ..." ends a sentence; "Mr. A. Smith" does not.
        return next_word.lower() in _OPENERS - {"a", "an", "i"}
    if low in _BEFORE_NUMBER and nxt_char.isdigit():
        return False
    if low in _ALWAYS:
        # "etc." can end a sentence; accept a split only before an opener.
        return next_word.lower() in _OPENERS
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # initial: "A. Antonov"
    if _DOTTED_ACRONYM.match(word):
        return next_word.lower() in _OPENERS
    return True


def _split_paragraph(para: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) within one stripped paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    head = _dateline_end(para)
    if head:
        spans.append((0, head))
        start = head
        while start < len(para) and para[start].isspace():
            start += 1
    for m in _BOUNDARY.finditer(para, start):
        cut = m.end()
        if cut <= start:
            continue
        nxt = cut
        while nxt < len(para) and para[nxt].isspace():
            nxt += 1
        if _should_split(para, start, cut, nxt):
            spans.append((start, cut))
            start = nxt
    if start < len(para):
        spans.append((start, len(para)))
    # Trim whitespace inside each span (CJK splits may leave none; be safe).
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and para[s].isspace():
            s += 1
        while e > s and para[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def segment(text: str, language: str = "") -> list[Passage]:
    """Split ``text`` into sentence passages with exact character offsets.

    ``text[p.start:p.end] == p.text`` holds for every passage; passages never
    cross a newline.  ``language`` is accepted for API stability; the rules
    are script-aware (Latin, Cyrillic, CJK) rather than language-specific.
    """
    del language  # rules are script-based; kept for a stable signature
    passages: list[Passage] = []
    paragraph = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            offset = pos + (len(body) - len(body.lstrip()))
            for s, e in _split_paragraph(stripped):
                passages.append(
                    Passage(
                        index=len(passages),
                        start=offset + s,
                        end=offset + e,
                        paragraph=paragraph,
                        text=stripped[s:e],
                    )
                )
            paragraph += 1
        pos += len(line)
    return passages


# --------------------------------------------------------------------------
# Boilerplate: text that is not content and must never be linked.
_MARKER = re.compile(
    r"^[\(\[]?\s*(?:over|end|ends|more|continued|完|-?30-|###|source link|read more|"
    r"also read|advertisement|share|related|photo|file photo)\s*[\)\]]?\s*[.:]?$",
    re.IGNORECASE,
)
# Navigation left in by the archive: "Read more: <another headline>", "Читать на
# iz.ru", "点击阅读全文", "Leave a Reply" -- the whole line is not the article.
_NAVIGATION = re.compile(
    r"^[\(\[]?\s*(?:read (?:more|also|the full|full)|also read|see also"
    r"|related(?: articles?| stories)?\s*:"
    r"|more on this|source link|leave a (?:reply|comment)|share this|click here|subscribe\b"
    r"|zur startseite|mehr zum thema|leggi anche|lire aussi|lea también"
    r"|читать (?:на|также|далее|полностью)|читайте (?:также|нас)|подробнее|смотрите также"
    r"|اقرأ (?:أيضا|أيضاً|المزيد)|شاهد أيضا"
    r"|点击阅读全文|阅读全文|閱讀全文|相关文章|相關文章|延伸阅读|延伸閱讀|相关阅读|相關閱讀)",
    re.IGNORECASE,
)
_PAREN_ONLY = re.compile(r"^(?:[\(][^()]{1,60}[\)]|\[[^\[\]]{1,300}\])\.?$")
_BYLINE = re.compile(
    r"^(?i:by|reporter|reported by|written by|author|editor|edited by|source|"
    r"text|story)\s*:?\s+[A-Z\u00c0-\u024fА-Я][\w.'’-]*(?:\s+[A-Z\u00c0-\u024fА-Я][\w.'’-]*){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*\.?$",
)
# Credits of the people and agencies behind a story, in the corpus's languages:
# "Reporting by ...; Editing by ...", "Through AFP", "撰文: ...", "责任编辑:...".
_CREDIT_LEAD = re.compile(
    r"^(?:(?:additional )?reporting by|writing by|editing by|compiled by|written by|reported by"
    r"|edited by|with (?:inputs|reporting) from|through|via|courtesy of"
    r"|автор|источник|фото|редактор|المصدر|تحرير|إعداد"
    r"|撰文|撰稿|记者|記者|责任编辑|責任編輯|编辑|編輯|来源|來源|作者|图|圖|摄影|攝影)"
    r"(?:\s*[:：]|\s+[\w(])",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^(?:photo|image|picture|pic|credit|file photo|photograph|video|graphic)s?\s*(?::|/|by\b|$)"
    r"|\b(?:photo|image|picture|credit)s?\s*(?::|/|by\b)|(?:Getty Images|/ ?AFP|via Reuters)"
    r"|\((?:photo|file photo|image|screenshot)\b|\b(?:AFP|Reuters|Xinhua|TASS|Sputnik|AP|EPA)\s*/"
    r"|截图|截圖|图为|圖為|资料图|資料圖|图片来源|圖片來源",
    re.IGNORECASE,
)
_STAMP = re.compile(
    r"^(?:published|updated|posted|last updated|date|time)(?:\s+by\b|\s+on\b|\s*:)"
    r"|^\S{1,12}\s*(?:发布于|發佈於|发表于|發表於)",
    re.IGNORECASE,
)
_DATEISH = re.compile(
    rf"{_MONTHS}|\b\d{{1,4}}(?:st|nd|rd|th)?\b|\b(?:am|pm|gmt|utc|mon|tue|wed|thu|fri|sat|sun)\w*\b|[,:/.\-–—()]",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?!\d)"
)
_ADDRESS = re.compile(r"^(?:https?://\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?)$")
_ENDS_SENTENCE = re.compile(
    rf"[{re.escape(SENTENCE_END_SPACED + SENTENCE_END_NO_SPACE)}:;][{re.escape(_CLOSERS)}]*$"
)


@lru_cache(maxsize=200_000)
def is_boilerplate(text: str) -> bool:
    """Whether a passage is a dateline, byline, credit, caption, stamp, marker,
    navigation line or a fragment with no word of content.

    Such passages carry no claim of their own (e.g. "(over)",
    "WASHINGTON, November 27. /TASS/.", "By Jane Doe", "Photo: AFP",
    "Reporting by Jane Doe; Editing by John Smith", "Read more: ...",
    "20:21, 27 November 2021", "CHINA / DIPLOMACY", "责任编辑:东方", or the "After
    the" an excerpt was cut at); the aligner never links them, and reports them as
    neither omissions nor additions.
    """
    t = text.strip()
    if not t or not any(ch.isalpha() for ch in t):
        return True
    words = t.split()
    if _MARKER.match(t) or _PAREN_ONLY.match(t) or _STAMP.match(t) or _ADDRESS.match(t):
        return True
    if _NAVIGATION.match(t) and len(words) <= 25:
        return True
    if len(words) <= 12 and (_BYLINE.match(t) or _CREDIT.search(t)):
        return True
    if len(words) <= 20 and _CREDIT_LEAD.match(t):
        return True
    head = _dateline_end(t + " x")
    if head and head >= len(t) - 1:
        return True
    cjk = has_cjk(t)
    # Only dates/times/weekdays left once those are removed.
    if not cjk and not re.search(r"[^\W\d_]", _DATEISH.sub(" ", t)):
        return True
    ends_sentence = bool(_ENDS_SENTENCE.search(t))
    # A short line around a numeric date: "RIA Novosti, 11/27/2021", "cri2021-11-28 15:33:09".
    if len(words) <= 6 and _NUMERIC_DATE.search(t) and not ends_sentence:
        return True
    # A fragment without one word of content, where an excerpt was cut ("After the").
    if not ends_sentence and not any(
        len(w) > 2 or not w.isascii() for w in content_stems(word_tokens(t))
    ):
        return True
    if cjk:
        # A few characters with no punctuation: an outlet's or section's name ("澎湃新闻").
        return not ends_sentence and len(t) <= 6 and not any(ch.isdigit() for ch in t)
    alpha = [w for w in words if any(ch.isalpha() for ch in w)]
    # Section labels: "CHINA / DIPLOMACY" (only in scripts with case).
    if (
        len(words) <= 5
        and any(ch.isupper() for ch in t)
        and all(w.upper() == w for w in alpha)
        and ("/" in t or len(alpha) <= 3)
    ):
        return True
    # Agency-first datelines: "China News Agency, Washington, November 27th."
    # -- short, every word capitalised, and containing a date.
    return bool(
        len(words) <= 10
        and (re.search(_DATE, t) or _NUMERIC_DATE.search(t))
        and all(w.lstrip("\"'“(")[:1].isupper() or _DATEISH.fullmatch(w.strip(",.")) for w in alpha)
    )
