"""Notes out and in: W3C Web Annotation JSON-LD (:mod:`.jsonld`, :mod:`.importing`),
CSV and Markdown (:mod:`.flat`)."""

from mediacompare.notes.exchange.flat import spreadsheet_cell, to_csv, to_markdown
from mediacompare.notes.exchange.importing import (
    ImportResult,
    check_annotation,
    import_annotations,
    notes_import,
    parse_file,
    prepare_import,
)
from mediacompare.notes.exchange.jsonld import (
    JSONLD_CONTENT_TYPE,
    annotation,
    collection,
    collection_page,
    page_count,
)

__all__ = [
    "JSONLD_CONTENT_TYPE",
    "ImportResult",
    "annotation",
    "check_annotation",
    "import_annotations",
    "prepare_import",
    "notes_import",
    "to_csv",
    "collection",
    "collection_page",
    "page_count",
    "parse_file",
    "spreadsheet_cell",
    "to_markdown",
]
