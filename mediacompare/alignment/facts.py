"""Facts a claim is made of, in any script: numbers, dates and names.

Within one event every sentence is about the same thing; what tells a
restatement from a different claim is often who, when and how many.  These
extractors are deliberately simple and script-neutral:

* numbers: digit runs of any script (Arabic-Indic, full-width ...) as ASCII,
  plus month names of the corpus's languages as month numbers, so that
  "December 9-10", "9-10 декабря" and "12月9日至10日" all give {9, 10, 12};
* names: capitalised words that are not function words (Latin and Cyrillic;
  a sentence's first word counts too: noise shared by both sides), reduced to
  a consonant skeleton after transliterating Cyrillic, so that "Antonov" and
  "Антонов" agree; scripts without case (CJK, Arabic) have no name evidence
  beyond the Latin words they quote ("National Interest").
"""

from __future__ import annotations

import re
from functools import lru_cache

from mediacompare.alignment.normalise import STOPWORDS
from mediacompare.alignment.scripts import CJK_RE, ascii_digits

__all__ = ["Facts", "facts", "size"]

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_MONTHS = {
    # en, de, fr, it, es: the first letters are enough and unambiguous here
    "jan": 1, "janv": 1, "gen": 1, "ene": 1, "feb": 2, "févr": 2, "fév": 2, "febb": 2,
    "mar": 3, "mär": 3, "apr": 4, "avr": 4, "abr": 4, "may": 5, "mai": 5, "mag": 5,
    "jun": 6, "juin": 6, "giu": 6, "jul": 7, "juil": 7, "lug": 7, "aug": 8, "août": 8,
    "ago": 8, "sep": 9, "set": 9, "oct": 10, "okt": 10, "ott": 10, "nov": 11,
    "dec": 12, "dez": 12, "déc": 12, "dic": 12,
    # ru (stems of the genitive forms used in dates)
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7,
    "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}  # fmt: skip
_MONTH_WORD = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|"
    r"juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|marzo|aprile|"
    r"maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|enero|febrero|abril|mayo|junio|"
    r"julio|septiembre|octubre|noviembre|diciembre|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|"
    r"dec|январ\w*|феврал\w*|март\w*|апрел\w*|мая|май|июн\w*|июл\w*|август\w*|сентябр\w*|"
    r"октябр\w*|ноябр\w*|декабр\w*)\b",
    re.IGNORECASE,
)
_AR_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
}  # fmt: skip
_CJK_MONTH = re.compile(r"(\d{1,2})\s*月")

_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
    }
)  # fmt: skip
_CAPITALISED = re.compile(r"(?<![\w'’])([A-ZÀ-ÞА-ЯЁ][\w'’-]+)")
_VOWELS = re.compile(r"[aeiouy]+")


class Facts:
    """Numbers and name keys of one passage."""

    __slots__ = ("names", "numbers")

    def __init__(self, numbers: frozenset[str], names: frozenset[str]) -> None:
        self.numbers = numbers
        self.names = names


def _month(word: str) -> int | None:
    w = word.lower()
    for k in (5, 4, 3):
        if w[:k] in _MONTHS:
            return _MONTHS[w[:k]]
    return None


def _skeleton(word: str) -> str:
    w = word.lower().translate(_TRANSLIT)
    w = re.sub(r"[^a-z]", "", w)
    if len(w) < 3:
        return ""
    # First letter kept, later vowels dropped, doubled letters collapsed:
    # "Antonov"/"Антонов" -> "antnv", "Qin" -> "qn".
    skel = w[0] + _VOWELS.sub("", w[1:])
    skel = re.sub(r"(.)\1+", r"\1", skel)
    return skel[:6]


@lru_cache(maxsize=100_000)
def facts(text: str) -> Facts:
    """The numbers and name keys of a passage (cached: passages repeat across pairs)."""
    plain = ascii_digits(text)
    numbers: set[str] = set()
    for m in _NUMBER.finditer(plain):
        digits = m.group(0).replace(",", "")
        # "27th" -> 27; "2,000" -> 2000; "3.5" stays; leading zeros dropped
        numbers.add(digits.lstrip("0") or "0")
    for m in _MONTH_WORD.finditer(plain):
        month = _month(m.group(0))
        if month:
            numbers.add(str(month))
    for word, month in _AR_MONTHS.items():
        if word in plain:
            numbers.add(str(month))
    numbers.update(m.group(1).lstrip("0") for m in _CJK_MONTH.finditer(plain))
    names: set[str] = set()
    for m in _CAPITALISED.finditer(plain):
        word = m.group(1)
        if word.lower() in STOPWORDS or _MONTH_WORD.fullmatch(word):
            continue
        key = _skeleton(word)
        if key:
            names.add(key)
    return Facts(frozenset(numbers), frozenset(names))


@lru_cache(maxsize=200_000)
def size(text: str) -> float:
    """A length comparable across scripts: characters, with a CJK character counted
    as three (a Chinese character carries about as much as three letters)."""
    cjk = len(CJK_RE.findall(text))
    return max(1.0, len(text) - text.count(" ") - cjk + 3.0 * cjk)
