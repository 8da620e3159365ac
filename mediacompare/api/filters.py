"""The query parameters of the lists, validated strictly: a bad one is a 422 that names
it and says why, never a 500 (numbers bounded for the database, no control characters,
languages and kinds from their vocabularies)."""

import datetime
import re
from typing import Annotated, Self

from ninja import Field, Schema
from pydantic import AfterValidator, StringConstraints, field_validator, model_validator

from mediacompare.api.schemas import LinkKind, LinkOrigin
from mediacompare.coverage import languages
from mediacompare.parameters import LARGEST

# An id as the database can hold it (a larger one would overflow SQLite's integer).
Id = Annotated[int, Field(ge=1, le=LARGEST)]
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def _printable(value: str) -> str:
    if CONTROL_CHARACTERS.search(value):
        raise ValueError("control characters (NUL, line breaks, tabs…) are not searched for")
    return value


# Search words: printable text only (PostgreSQL refuses NUL in a string).
SearchText = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=200), AfterValidator(_printable)
]
# A calendar day, YYYY-MM-DD (pydantic refuses impossible ones: 2021-02-30, year 10000).
Day = datetime.date


def _ordered(start, end, names: str) -> None:
    if start is not None and end is not None and start > end:
        raise ValueError(f"{names}: the first date is after the second.")


class EventFilter(Schema):
    q: SearchText = Field("", description="Words in the title or summary.")
    date_from: Day | None = Field(None, description="Events still running on or after this day.")
    date_to: Day | None = Field(None, description="Events that started on or before this day.")

    @model_validator(mode="after")
    def _range(self) -> Self:
        _ordered(self.date_from, self.date_to, "date_from and date_to")
        return self


class ArticleFilter(Schema):
    event: Id | None = Field(None, description="An event's id.")
    outlet: Id | None = Field(None, description="An outlet's id.")
    language: str = Field("", max_length=35, description="A BCP 47 code, as listed: en, zh-Hans…")
    published_from: Day | None = Field(None, description="Published on or after this UTC day.")
    published_to: Day | None = Field(None, description="Published on or before this UTC day.")

    @field_validator("language")
    @classmethod
    def _listed_language(cls, value: str) -> str:
        if value and (problem := languages.language_problem(value)):
            raise ValueError(problem)
        return value

    @model_validator(mode="after")
    def _range(self) -> Self:
        _ordered(self.published_from, self.published_to, "published_from and published_to")
        return self


class LinkFilter(Schema):
    event: Id | None = Field(None, description="An event's id.")
    article: Id | None = Field(None, description="Links with this article on either side.")
    article_a: Id | None = Field(None, description="With article_b: links between the two.")
    article_b: Id | None = None
    kind: LinkKind | None = None
    origin: LinkOrigin | None = None

    @model_validator(mode="after")
    def _pair(self) -> Self:
        if (self.article_a is None) != (self.article_b is None):
            raise ValueError("article_a and article_b go together: give both or neither.")
        if self.article_a is not None and self.article_a == self.article_b:
            raise ValueError("article_a and article_b must be two different articles.")
        return self

    @property
    def pair(self) -> tuple[int, int] | None:
        return None if self.article_a is None else (self.article_a, self.article_b)


class ComparisonFilter(Schema):
    event: Id | None = Field(None, description="An event's id.")
    article: Id | None = Field(None, description="Pairs with this article on either side.")
    compared: bool | None = Field(None, description="false: the pairs that were not compared.")


class AnnotationFilter(Schema):
    event: Id | None = Field(None, description="Notes on this event's articles.")
    article: Id | None = Field(None, description="Notes on this article (or linking to it).")
    mine: bool = Field(False, description="Only the caller's own notes (needs a token or login).")
