"""Text normalisation: word tokens, content stems, comparison keys.

Everything the scorer compares goes through here, so that case, curly vs
straight quotes, dash variants and spacing never count as differences.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from mediacompare.alignment.scripts import CJK_CLASS, has_cjk, is_cjk

__all__ = [
    "STOPWORDS",
    "clause_breaks",
    "content_stems",
    "is_cjk",
    "normalise",
    "stem",
    "word_tokens",
]

_QUOTES = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "`": "'",
        "´": "'",
        "–": "-",
        "—": "-",
        "−": "-",
        "‐": "-",
        "\u00a0": " ",
        "\u200b": "",
    }
)
_CJK_SPLIT = re.compile(rf"[{CJK_CLASS}]|[^\W_]+")
_WORD = re.compile(r"\w+(?:'\w+)*")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower-case, unify quotes and dashes, collapse whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    return _SPACES.sub(" ", text).strip()


def word_tokens(text: str) -> list[str]:
    """Normalised word tokens; CJK runs become single characters.

    Punctuation is dropped, so "lines.'”" and "lines" compare equal.
    """
    return list(_tokens_and_breaks(text)[0])


def clause_breaks(text: str) -> tuple[bool, ...]:
    """For each of :func:`word_tokens`, whether clause punctuation (a comma, colon,
    semicolon, quotation mark, bracket, dash between spaces, sentence end; Latin,
    CJK or Arabic) stands between it and the token before (True for the first)."""
    return _tokens_and_breaks(text)[1]


# Between two tokens: punctuation that ends or opens a clause or a quotation.  A
# hyphen inside a word ("one-party") and an apostrophe closing a possessive
# ("countries' leaders") are not breaks; an apostrophe opening a quote is.
_BREAK = re.compile(r"""[,;:!?"()\[\]{}…、，；：。！？《》「」『』〈〉【】؟،؛]|\s-|-\s|\.\s|\s'""")


# Passages repeat across an event's articles (wire copies): tokenise each text once.
@lru_cache(maxsize=200_000)
def _tokens_and_breaks(text: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    tokens: list[str] = []
    breaks: list[bool] = []
    norm = normalise(text)
    end = 0
    for m in _WORD.finditer(norm):
        w = m.group(0)
        brk = not tokens or _BREAK.search(norm, end, m.start()) is not None
        end = m.end()
        # CJK has no spaces: one token per character, Latin/digit runs kept.
        parts = _CJK_SPLIT.findall(w) if has_cjk(w) else [w.replace("_", "")]
        for part in parts:
            if part:
                tokens.append(part)
                breaks.append(brk)
                brk = False
    return tuple(tokens), tuple(breaks)


# Function words never count as shared content; the lists are data files
# (one word a line, "#" comments), applied together whatever the language.
_STOPWORD_DIR = Path(__file__).resolve().parent / "data" / "stopwords"


def _load_stopwords() -> frozenset[str]:
    words: set[str] = set()
    for path in sorted(_STOPWORD_DIR.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.split("#", 1)[0].strip()
            if word:
                words.add(normalise(word))
    return frozenset(words)


STOPWORDS: frozenset[str] = _load_stopwords()

_EN_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ities",
    "ity",
    "ingly",
    "edly",
    "ings",
    "ing",
    "ies",
    "ied",
    "ers",
    "er",
    "ed",
    "es",
    "ly",
    "s",
)
_RU_SUFFIXES = (
    "ами",
    "ями",
    "ого",
    "его",
    "ому",
    "ему",
    "ыми",
    "ими",
    "ая",
    "яя",
    "ое",
    "ее",
    "ые",
    "ие",
    "ый",
    "ий",
    "ой",
    "ов",
    "ев",
    "ам",
    "ям",
    "ах",
    "ях",
    "ом",
    "ем",
    "ию",
    "ия",
    "а",
    "я",
    "ы",
    "и",
    "у",
    "ю",
    "е",
    "о",
)


# Arabic attaches the article and some conjunctions and prepositions to the word
# ("والديمقراطية" = "and the democracy"); light stemming strips them.
_AR_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال", "و")
_AR_SUFFIXES = ("ات", "ون", "ين", "ية", "ها", "ة")


def _stem_arabic(token: str) -> str:
    for pre in _AR_PREFIXES:
        if token.startswith(pre) and len(token) - len(pre) >= 3:
            token = token[len(pre) :]
            break
    for suf in _AR_SUFFIXES:
        if token.endswith(suf) and len(token) - len(suf) >= 3:
            return token[: -len(suf)]
    return token


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """Very light suffix stripping (English, Russian, Arabic), enough to match
    "countries"/"country", "criticized"/"criticizing", "ambassadors"/"ambassador".

    Deliberately crude: a mis-stem only costs a little recall, and a real
    stemmer would be a dependency.
    """
    token = token.removesuffix("'s")
    if len(token) <= 4 or is_cjk(token):
        return token
    if "\u0600" <= token[0] <= "\u06ff":
        return _stem_arabic(token)
    if "а" <= token[0] <= "я" or token[0] == "ё":
        for suf in _RU_SUFFIXES:
            if token.endswith(suf) and len(token) - len(suf) >= 4:
                return token[: -len(suf)]
        return token
    for suf in _EN_SUFFIXES:
        if token.endswith(suf) and len(token) - len(suf) >= 4:
            base = token[: -len(suf)]
            if suf in ("ies", "ied", "ities", "ity"):
                base += "i"  # countries -> countri, country -> countri
            if base.endswith("y"):
                base = base[:-1] + "i"
            # doubled consonant: "stopped" -> "stop"
            if suf in ("ed", "ing", "er", "ers") and len(base) > 4 and base[-1] == base[-2]:
                base = base[:-1]
            return base.removesuffix("e")
    if token.endswith("y"):
        return token[:-1] + "i"
    return token.removesuffix("e")


def content_stems(tokens: list[str]) -> list[str]:
    """Stems of the content tokens (stopwords and 1-char tokens dropped).

    For CJK (one token per character) content features are character
    bigrams, since single characters are about as generic as stopwords.
    """
    out: list[str] = []
    prev_cjk = ""
    for t in tokens:
        if is_cjk(t):
            if prev_cjk:
                out.append(prev_cjk + t)
            prev_cjk = t
            continue
        prev_cjk = ""
        if t in STOPWORDS or (len(t) < 2 and not t.isdigit()):
            continue
        out.append(stem(t))
    return out
