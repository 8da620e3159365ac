"""The comparison's columns: the query keys that name them, their labels, their count.

The first column is the pivot; a row's anchor is its column key and passage number
(``a12``), so deep links name rows the same way the query string names columns.
"""

import re

KEYS = ("a", "b", "c", "d")
PIVOT = KEYS[0]
MIN_COLUMNS = 2
MAX_COLUMNS = len(KEYS)
LABELS = {"a": "Pivot", "b": "Compare with", "c": "and with", "d": "and with"}
# A row's anchor: a column key and a passage number from 1 (at most six digits).
ROW_ANCHOR = re.compile(rf"^[{''.join(KEYS)}][1-9][0-9]{{0,5}}$", re.ASCII)


def row_anchor(column: int, number: int) -> str:
    """The anchor of the row that a passage numbered ``number`` of ``column`` starts."""
    return f"{KEYS[column]}{number}"


def query(article_ids) -> str:
    """The query string naming these articles' columns, pivot first: ``a=1&b=2``."""
    return "&".join(f"{key}={pk}" for key, pk in zip(KEYS, article_ids, strict=False))
