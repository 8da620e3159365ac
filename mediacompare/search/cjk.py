"""Chinese, Japanese and Korean text for full-text search.

Neither database can cut CJK text into words here (PostgreSQL has no zhparser, FTS5's
unicode61 keeps a run of ideographs as one token), so both index overlapping character
pairs instead, as Lucene's CJK analyser does: a run ``民主国家`` is indexed as
``民主 主国 国家 家`` (pairs, then the run's last character alone, so a single-character
search finds it at the end of a run too). A search for ``主国家`` is then the phrase
``主国 国家``; for one character ``国``, a prefix search ``国*`` (every pair starting with
it, and the character alone).

The index side is written in SQL by each backend (triggers must work whoever writes);
:func:`index_text` is its Python twin, which the tests hold both to.
"""

import re
import unicodedata

# Kana, CJK ideographs (with the iteration marks 々〆〇), Hangul syllables and jamo,
# halfwidth katakana, and the supplementary ideograph planes.
RANGES: tuple[tuple[int, int], ...] = (
    (0x1100, 0x11FF),
    (0x3005, 0x3007),
    (0x3040, 0x30FF),
    (0x3130, 0x318F),
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7AF),
    (0xF900, 0xFAFF),
    (0xFF66, 0xFF9F),
    (0x20000, 0x2FA1F),
    (0x30000, 0x3134F),
)

_CLASS = "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in RANGES)
RUN = re.compile(f"[{_CLASS}]+")
_RUN_OR_OTHER = re.compile(f"[{_CLASS}]+|[^{_CLASS}]+")


def is_cjk(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in RANGES)


def has_cjk(text: str) -> bool:
    return RUN.search(text) is not None


def pairs(run: str) -> list[str]:
    """Overlapping character pairs of a run, then its last character alone."""
    return [run[i : i + 2] for i in range(len(run))]


def index_text(text: str) -> str:
    """The text with each CJK run replaced by its pairs (what the index triggers do)."""
    if not has_cjk(text):
        return text
    parts = []
    for match in _RUN_OR_OTHER.finditer(text):
        part = match.group()
        parts.append(" ".join(pairs(part)) if is_cjk(part[0]) else part)
    return " ".join(parts)


def has_word(text: str) -> bool:
    """Whether the text holds a letter or a digit: something an index can find."""
    return any(unicodedata.category(char)[0] in "LN" for char in text)


def query_text(text: str) -> tuple[str, str | None]:
    """A search term as the phrase of index tokens that finds it, and the character to
    match as a prefix at its end, if any.

    Pairs stand for a run; the run's last character follows them only when more words
    follow in the phrase (the indexed run then ends there). A one-character run is that
    character when more follow, else a prefix (it may start a longer indexed run).
    """
    parts = [match.group() for match in _RUN_OR_OTHER.finditer(text)]
    tokens: list[str] = []
    prefix = None
    for position, part in enumerate(parts):
        if not is_cjk(part[0]):
            tokens.append(part)
            continue
        followed = any(has_word(later) for later in parts[position + 1 :])
        if len(part) == 1:
            if followed:
                tokens.append(part)
            else:
                prefix = part
        else:
            tokens.extend(pairs(part) if followed else pairs(part)[:-1])
    return " ".join(" ".join(tokens).split()), prefix
