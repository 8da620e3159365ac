"""How long and how many: every limit a note, its tags and its selectors have.

The forms, the services, the model fields and the templates read them from here.
"""

# A note's Markdown body and a reply's.
BODY_MAX_LENGTH = 10_000
# Characters of context stored before and after a quoted span (the W3C quote selector's
# prefix and suffix).
CONTEXT_LENGTH = 32
# A quote, as a reader selects it in one passage.
QUOTE_MAX_LENGTH = 20_000
MAX_TAGS = 10
TAG_MAX_LENGTH = 50
# The comma-separated tags field: room for MAX_TAGS tags, their commas and spaces.
TAGS_FIELD_MAX_LENGTH = 600
HIDE_REASON_MAX_LENGTH = 500
# Notes (and replies) per author per period in seconds, unless settings.NOTE_RATE_LIMIT says.
DEFAULT_RATE_LIMIT = (30, 60)
# A JSON-LD import: annotations per file and the file's size.
IMPORT_MAX_ANNOTATIONS = 1000
IMPORT_MAX_BYTES = 5 * 1024 * 1024
# A file with more annotations than this is imported by a background task (the page
# shows its progress); smaller ones at once.
IMPORT_INLINE_MAX = 50
# Annotations imported per author per period in seconds, unless
# settings.NOTE_IMPORT_RATE_LIMIT says.
DEFAULT_IMPORT_RATE_LIMIT = (IMPORT_MAX_ANNOTATIONS, 3600)
# Annotations per page of a JSON-LD export: a page can be imported whole.
EXPORT_PAGE_SIZE = IMPORT_MAX_ANNOTATIONS
