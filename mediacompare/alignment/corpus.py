"""The corpus file format: one home for reading it.

A corpus file is header lines ``key: value`` (``outlet``, ``url``, ``title``,
``date``, ``language``, ``completeness``, ``note``), a line ``---``, then the
article's text.  The demo loader, the engine's command line, the evaluation and
the tests read files through :func:`read` / :func:`parse`; a bulk importer will too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["FIELDS", "CorpusFormatError", "CorpusText", "parse", "read", "read_body"]

FIELDS = ("outlet", "url", "title", "date", "language", "completeness", "note")
SEPARATOR = "---"
# A header ends within this many lines, or the file has none.
_MAX_HEADER_LINES = 40
_HEADER_LINE = re.compile(r"^([A-Za-z_][\w -]{0,30}):\s?(.*)$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


class CorpusFormatError(ValueError):
    """A file that should have a corpus header has none, or a malformed one."""


@dataclass(frozen=True, slots=True)
class CorpusText:
    """A corpus file: its header fields (keys lower-cased) and its body."""

    header: dict[str, str] = field(default_factory=dict)
    body: str = ""

    @property
    def language(self) -> str:
        """The BCP 47 code at the start of the ``language`` field ("zh" of
        "zh (Traditional)", "en" of "en (machine translation from zh)"); "" if none."""
        m = _LANGUAGE.match(self.header.get("language", "").strip())
        return m.group(0) if m else ""

    @property
    def completeness(self) -> str:
        return self.header.get("completeness", "")

    @property
    def is_excerpt(self) -> bool:
        """Whether the ``completeness`` field says the text is not the whole article."""
        return not self.completeness.upper().startswith(("COMPLETE", "APPEARS COMPLETE"))


def parse(text: str, *, require_header: bool = True) -> CorpusText:
    """Split a corpus file's text into header and body.

    With ``require_header=False`` a text without a header is returned whole as the
    body (the command line accepts plain text files); otherwise it is an error.
    """
    lines = text.split("\n")
    sep = next(
        (k for k, line in enumerate(lines[:_MAX_HEADER_LINES]) if line.strip() == SEPARATOR),
        None,
    )
    header: dict[str, str] = {}
    if sep is not None:
        for line in lines[:sep]:
            if not line.strip():
                continue
            m = _HEADER_LINE.match(line)
            if m is None:
                header = {}
                sep = None
                break
            header[m.group(1).strip().lower()] = m.group(2).strip()
    if sep is None or not header:
        if require_header:
            raise CorpusFormatError("no header: expected 'key: value' lines, then a '---' line")
        return CorpusText({}, text)
    return CorpusText(header, "\n".join(lines[sep + 1 :]))


def read(path: str | Path, *, require_header: bool = True) -> CorpusText:
    """Read and :func:`parse` a corpus file (UTF-8)."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        return parse(text, require_header=require_header)
    except CorpusFormatError as exc:
        raise CorpusFormatError(f"{Path(path).name}: {exc}") from None


def read_body(path: str | Path) -> str:
    """The body of a file, with its corpus header removed if it has one."""
    return read(path, require_header=False).body
