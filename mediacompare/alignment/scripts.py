"""Writing systems: one home for the CJK ranges and other script facts the engine uses.

Rules of segmentation and tokenising depend on the script (spaces or not, case or
not, which punctuation ends a sentence), not on a language code.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "CJK_CLASS",
    "CJK_PUNCTUATION_CLASS",
    "CJK_RE",
    "SENTENCE_END_NO_SPACE",
    "SENTENCE_END_SPACED",
    "ascii_digits",
    "has_cjk",
    "is_cjk",
]

# Kana, CJK ideographs (extension A and the unified block), compatibility
# ideographs and Hangul syllables: scripts written without spaces between words
# (Korean has spaces, but its syllable blocks are compared like CJK characters).
CJK_CLASS = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
CJK_RE = re.compile(f"[{CJK_CLASS}]")
# CJK symbols and punctuation (。、「」…) and the full-width forms (，！？（）０-９):
# written between CJK characters, each is a character of its own.
CJK_PUNCTUATION_CLASS = r"\u3000-\u303f\uff00-\uffef"

# Sentence-final punctuation that ends a sentence even with no space after it
# (CJK full-width stops), and the kind that needs whitespace after it.  The
# Arabic question mark "؟" and the Devanagari danda "।" behave like "?" and ".".
SENTENCE_END_NO_SPACE = "。！？"
SENTENCE_END_SPACED = ".!?…؟।"


def is_cjk(token: str) -> bool:
    """Whether a token starts with a CJK character."""
    return bool(CJK_RE.match(token))


def has_cjk(text: str) -> bool:
    """Whether any CJK character occurs in ``text``."""
    return bool(CJK_RE.search(text))


def ascii_digits(text: str) -> str:
    """Decimal digits of any script (Arabic-Indic, full-width, ...) as ASCII digits."""
    if text.isascii():
        return text
    return _DIGIT.sub(_to_ascii, text)


# Non-ASCII decimal digits (\d) and the other characters with a digit value
# (superscripts, circled digits ...): what ``unicodedata.digit`` reads.
_DIGIT = re.compile(
    r"(?![\x00-\x7f])\d|[\u00b2-\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079"
    r"\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff"
    r"\u2776-\u277e\u2780-\u2788\u278a-\u2792\U00010a40-\U00010a43\U00010e60-\U00010e68"
    r"\U00011052-\U0001105a\U0001f100-\U0001f10a]"
)


def _to_ascii(match: re.Match[str]) -> str:
    return str(unicodedata.digit(match.group(0)))
