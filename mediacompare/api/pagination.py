"""Cursor pagination: pages follow a stable order (a unique key, or a date then the
key), and the cursor is the last row's key, signed so it is opaque and cannot be forged.

A page costs one query whatever its depth (no OFFSET, no COUNT): the next page starts
after the last row with ``WHERE (date, id) < (…)`` on an index.
"""

import datetime
from functools import reduce
from operator import or_
from typing import Any

from django.conf import settings
from django.core import signing
from django.db.models import Q, QuerySet
from ninja import Field, Schema
from ninja.errors import HttpError
from ninja.pagination import PaginationBase

CURSOR_MAX_LENGTH = 500


def _plain(value):
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return value


def after(ordering: tuple[str, ...], values: list) -> Q:
    """Rows strictly after ``values`` in ``ordering`` (fields, "-" for descending)."""
    clauses, equal = [], {}
    for field, value in zip(ordering, values, strict=True):
        name = field.removeprefix("-")
        lookup = "lt" if field.startswith("-") else "gt"
        clauses.append(Q(**equal, **{f"{name}__{lookup}": value}))
        equal[name] = value
    return reduce(or_, clauses)


class KeysetPagination(PaginationBase):
    class Input(Schema):
        limit: int | None = Field(
            None,
            ge=1,
            le=settings.API_PAGE_SIZE_MAX,
            description=f"Items per page, 1 to {settings.API_PAGE_SIZE_MAX} (default "
            f"{settings.API_PAGE_SIZE}; notes {settings.API_NOTES_PAGE_SIZE}).",
        )
        cursor: str | None = Field(
            None,
            max_length=CURSOR_MAX_LENGTH,
            description="Where the page starts: the `next` of the previous page (opaque).",
        )

    class Output(Schema):
        items: list[Any]
        next: str | None = Field(description="The next page's address; null on the last page.")

    def __init__(
        self, *, ordering: tuple[str, ...] = ("id",), present=None, page_size=None, **kwargs
    ):
        self.ordering = ordering
        self.page_size = page_size
        # Turns the page's rows into what the schema describes (notes into annotations).
        self.present = present
        # A cursor is valid only for the ordering it was made for.
        self.salt = "mediacompare.api.cursor:" + ",".join(ordering)
        super().__init__(**kwargs)

    def _decode(self, cursor: str) -> list:
        try:
            values = signing.loads(cursor, salt=self.salt)
        except signing.BadSignature:
            raise HttpError(400, "“cursor” is not one this list gave: use its “next”.") from None
        if not isinstance(values, list) or len(values) != len(self.ordering):
            raise HttpError(400, "“cursor” is not one this list gave: use its “next”.")
        return values

    def _encode(self, item) -> str:
        values = [_plain(getattr(item, field.removeprefix("-"))) for field in self.ordering]
        return signing.dumps(values, salt=self.salt, compress=True)

    def paginate_queryset(self, queryset: QuerySet, pagination: Input, request, **params):
        queryset = queryset.order_by(*self.ordering)
        if pagination.cursor:
            queryset = queryset.filter(after(self.ordering, self._decode(pagination.cursor)))
        limit = pagination.limit or self.page_size or settings.API_PAGE_SIZE
        rows = list(queryset[: limit + 1])
        next_url = None
        if len(rows) > limit:
            rows = rows[:limit]
            query = request.GET.copy()
            query["cursor"] = self._encode(rows[-1])
            next_url = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
        items = self.present(rows, request) if self.present else rows
        return {"items": items, "next": next_url}
