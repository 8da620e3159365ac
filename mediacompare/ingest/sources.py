"""What an import file holds, row by row: JSON Lines, or a ZIP of corpus-format files or
HTML pages. Every row comes out as ``(where, fields)``, the fields in the JSON Lines
schema (:mod:`mediacompare.ingest.rows`), so that one validator checks them all;
``where`` names the line or the file for the report.

Files are read as a stream, twice if need be (validation, then import), never whole
into memory; a ZIP is checked against count and size limits before anything is read.
"""

import io
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import BinaryIO

from django.utils.text import slugify

from mediacompare.alignment import corpus
from mediacompare.ingest import extract

# Limits on a ZIP: members, uncompressed size of one and of all, and the compression
# ratio above which a member is a zip bomb rather than text.
MAX_MEMBERS = 200_000
MAX_MEMBER_BYTES = extract.MAX_HTML_BYTES
MAX_TOTAL_BYTES = 4 * 1024**3
MAX_RATIO = 200
# A JSON Lines row longer than this is refused unread.
MAX_LINE_BYTES = 2 * 1024 * 1024

CORPUS_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
_DAY = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


class SourceError(ValueError):
    """The file as a whole cannot be read (not JSON Lines, a broken or oversized ZIP)."""


@dataclass(frozen=True)
class Defaults:
    """What files without those facts get: a ZIP's corpus files and pages name no event."""

    event: str = ""
    event_title: str = ""
    event_date: str = ""


NO_DEFAULTS = Defaults()


def is_zip(stream: BinaryIO) -> bool:
    stream.seek(0)
    magic = stream.read(4)
    stream.seek(0)
    return magic == b"PK\x03\x04"


def read(stream: BinaryIO, *, defaults: Defaults | None = None) -> Iterator[tuple[str, object]]:
    """Rows of a JSON Lines or ZIP stream; a row that is not JSON yields an error string
    in place of its fields."""
    defaults = defaults or NO_DEFAULTS
    if is_zip(stream):
        yield from _zip_rows(stream, defaults)
    else:
        yield from _jsonl_rows(stream, defaults)


def count(stream: BinaryIO) -> int:
    """How many rows a stream holds (for the progress bar), without parsing them."""
    if is_zip(stream):
        with _open_zip(stream) as archive:
            return sum(1 for info in archive.infolist() if _kind(info) is not None)
    stream.seek(0)
    total = sum(1 for line in stream if line.strip())
    stream.seek(0)
    return total


def _jsonl_rows(stream: BinaryIO, defaults: Defaults):
    stream.seek(0)
    for number, raw in enumerate(stream, start=1):
        where = f"line {number}"
        if not raw.strip():
            continue
        if len(raw) > MAX_LINE_BYTES:
            yield where, f"longer than {MAX_LINE_BYTES // 2**20} MB"
            continue
        try:
            data = json.loads(raw)
        except UnicodeDecodeError:
            yield where, "not UTF-8 text"
            continue
        except json.JSONDecodeError as exc:
            if number == 1 and raw.lstrip()[:1] not in (b"{", b"["):
                raise SourceError(
                    "The file is neither JSON Lines (one JSON object per line) nor a ZIP."
                ) from None
            yield where, f"not JSON: {exc.msg} at column {exc.colno}"
            continue
        # Not JSONDecodeError, so not caught above: a line the json module gives up on.
        except RecursionError:
            yield where, "not JSON this site reads: it nests too deeply"
            continue
        except ValueError:
            # int() refuses more than 4,300 digits (sys.get_int_max_str_digits()).
            yield where, "not JSON this site reads: a number has more than 4,300 digits"
            continue
        if isinstance(data, dict) and defaults.event and not data.get("event"):
            data["event"] = defaults.event
        yield where, data


def _kind(info: zipfile.ZipInfo) -> str | None:
    path = PurePosixPath(info.filename)
    if info.is_dir() or any(part.startswith((".", "__MACOSX")) for part in path.parts):
        return None
    suffix = path.suffix.lower()
    if suffix in CORPUS_SUFFIXES:
        return "corpus"
    if suffix in HTML_SUFFIXES:
        return "html"
    return None


def _open_zip(stream: BinaryIO) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(stream)
    except zipfile.BadZipFile as exc:
        raise SourceError(f"The ZIP file cannot be read: {exc}.") from None


def _zip_rows(stream: BinaryIO, defaults: Defaults):
    with _open_zip(stream) as archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise SourceError(f"The ZIP holds more than {MAX_MEMBERS:,} files.")
        if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
            raise SourceError(f"The ZIP unpacks to more than {MAX_TOTAL_BYTES // 2**30} GB.")
        for info in sorted(infos, key=lambda i: i.filename):
            kind = _kind(info)
            where = info.filename
            if kind is None:
                continue
            if info.file_size > MAX_MEMBER_BYTES:
                yield where, f"larger than {MAX_MEMBER_BYTES // 2**20} MB"
                continue
            if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
                yield where, "compressed suspiciously well (a zip bomb?)"
                continue
            with archive.open(info) as member:
                # Read no more than declared: the header may lie.
                data = member.read(MAX_MEMBER_BYTES + 1)
            if len(data) > MAX_MEMBER_BYTES:
                yield where, f"larger than {MAX_MEMBER_BYTES // 2**20} MB"
                continue
            if kind == "corpus":
                yield where, _corpus_fields(data, defaults)
            else:
                yield where, _html_fields(data, defaults)


def _base(defaults: Defaults) -> dict:
    fields = {"event": defaults.event}
    if defaults.event_title:
        fields["event_title"] = defaults.event_title
    if defaults.event_date:
        fields["event_date"] = defaults.event_date
    return fields


def _corpus_fields(data: bytes, defaults: Defaults) -> dict | str:
    """A corpus file as a row: its ``outlet`` header is the outlet's name (slugified for
    its slug); a ``url`` that is not an address (a note) and a ``date`` without a day
    are left out; ``completeness`` other than complete makes it an excerpt."""
    try:
        text = corpus.parse(data.decode("utf-8"))
    except UnicodeDecodeError:
        return "not UTF-8 text"
    except corpus.CorpusFormatError as exc:
        return str(exc)
    header = text.header
    fields = _base(defaults)
    for name in ("event", "event_title", "event_date", "outlet_country", "byline"):
        if header.get(name):
            fields[name] = header[name]
    name = header.get("outlet", "")
    fields["outlet"] = header.get("outlet_slug") or slugify(name)[:100].strip("-")
    fields["outlet_name"] = name[:200]
    fields["title"] = header.get("title", "")
    fields["language"] = text.language
    fields["body"] = text.body
    fields["is_excerpt"] = text.is_excerpt
    url = header.get("url", "")
    if url.startswith(("http://", "https://")) and " " not in url:
        fields["url"] = url
    if day := _DAY.search(header.get("date", "")):
        fields["published_at"] = day.group(1)
    return fields


def _html_fields(data: bytes, defaults: Defaults) -> dict | str:
    try:
        page = extract.extract(data)
    except extract.ExtractionError as exc:
        return str(exc)
    fields = _base(defaults)
    site = page.site_name or (page.url.split("/")[2] if page.url.count("/") >= 2 else "")
    fields.update(
        outlet=slugify(site)[:100].strip("-"),
        outlet_name=site,
        title=page.title,
        body=page.body,
        language=page.language,
        byline=page.byline,
    )
    if page.url.startswith(("http://", "https://")):
        fields["url"] = page.url
    if page.published_on:
        fields["published_at"] = page.published_on.isoformat()
    return fields


def open_bytes(data: bytes) -> BinaryIO:
    return io.BytesIO(data)
