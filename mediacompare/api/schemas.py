"""What the API answers, as pydantic schemas: the OpenAPI document is made from them and
every response is validated against them on its way out."""

import datetime
from typing import Annotated, Literal

from ninja import Field, Schema
from pydantic import BaseModel

from mediacompare.coverage.models import Article, Outlet, PassageLink
from mediacompare.review.models import LinkDecision

Id = Annotated[int, Field(ge=1)]

# The vocabularies as their stored values, inlined in the OpenAPI document (two of them
# are called "Kind" in the models).
OutletKind = Literal[tuple(Outlet.Kind.values)]
StateAffiliation = Literal[tuple(Outlet.StateAffiliation.values)]
DatePrecision = Literal[tuple(Article.DatePrecision.values)]
LinkKind = Literal[tuple(PassageLink.Kind.values)]
LinkOrigin = Literal[tuple(PassageLink.Origin.values)]
LinkDecisionAction = Literal[tuple(LinkDecision.Action.values)]


class EventOut(Schema):
    id: Id
    slug: str
    title: str
    summary: str
    starts_on: datetime.date
    ends_on: datetime.date | None
    url: str = Field(description="The event's page on the site.")

    @staticmethod
    def resolve_url(event, context) -> str:
        return context["request"].build_absolute_uri(event.get_absolute_url())


class EventDetail(EventOut):
    article_count: int
    outlet_count: int


class OutletOut(Schema):
    id: Id
    slug: str
    name: str
    country: str
    language: str = Field(description="BCP 47 code of the main language.")
    kind: OutletKind
    state_affiliation: StateAffiliation
    homepage: str


class ArticleOut(Schema):
    id: Id
    event: Id = Field(validation_alias="event_id")
    outlet: Id = Field(validation_alias="outlet_id")
    title: str
    source_url: str
    byline: str
    published_at: datetime.datetime | None = Field(description="UTC; as precise as below.")
    published_precision: DatePrecision
    published_approximate: bool
    language: str = Field(description="BCP 47 code of the body's language.")
    is_excerpt: bool
    is_primary: bool = Field(description="The event's primary source.")
    translated_from: str
    version: int = Field(description="Goes up with every save of the article.")
    url: str = Field(description="The article's page on the site.")

    @staticmethod
    def resolve_url(article, context) -> str:
        return context["request"].build_absolute_uri(article.get_absolute_url())


class ArticleDetail(ArticleOut):
    body: str


class PassageOut(Schema):
    id: Id
    index: int = Field(description="Order in the article, from 0.")
    number: int = Field(description="As readers count, from 1: the page's #p-<number>.")
    paragraph: int
    start: int = Field(description="Offset of the passage in the article body.")
    end: int
    text: str
    is_boilerplate: bool = Field(description="A dateline, byline or credit: not content.")


class LinkOut(Schema):
    id: Id
    article_a: Id = Field(validation_alias="article_a_id", description="The lower article id.")
    article_b: Id = Field(validation_alias="article_b_id")
    passage_a: Id = Field(validation_alias="passage_a_id")
    passage_b: Id = Field(validation_alias="passage_b_id")
    kind: LinkKind
    score: float = Field(ge=0, le=1)
    origin: LinkOrigin = Field(
        description="“automatic” (the alignment engine) or “editor” (drawn or confirmed by one)."
    )
    decision: LinkDecisionAction | None = Field(
        description="The editor's decision in force on this pair of passages: “confirm”, "
        "“retype” or “draw”; null when no editor reviewed it (rejected links are not listed)."
    )
    created_at: datetime.datetime


class ComparisonOut(Schema):
    id: Id
    article_a: Id = Field(validation_alias="article_a_id", description="The lower article id.")
    article_b: Id = Field(validation_alias="article_b_id")
    compared: bool = Field(description="False when the engine could not compare the pair.")
    reason: str = Field(description="Why not, when not compared.")
    aligned_at: datetime.datetime


# W3C Web Annotation (https://www.w3.org/TR/annotation-model/), as notes/exchange/jsonld.py
# writes it. Plain pydantic models: they validate the dicts that module makes, with none
# of ninja's attribute lookups for ORM objects (a page of notes validates in a third the time).


class CommentBody(BaseModel):
    type: Literal["TextualBody"]
    value: str
    format: Literal["text/markdown"]
    purpose: Literal["commenting", "replying"]


class TagBody(BaseModel):
    type: Literal["TextualBody"]
    value: str
    purpose: Literal["tagging"]


class FragmentSelector(BaseModel):
    type: Literal["FragmentSelector"]
    conformsTo: str
    value: str


class TextQuoteSelector(BaseModel):
    type: Literal["TextQuoteSelector"]
    exact: str
    prefix: str
    suffix: str


class TextPositionSelector(BaseModel):
    type: Literal["TextPositionSelector"]
    start: int
    end: int


Selector = Annotated[
    FragmentSelector | TextQuoteSelector | TextPositionSelector, Field(discriminator="type")
]


class PassageTarget(BaseModel):
    source: str = Field(description="The article's page.")
    selector: list[Selector]


class Creator(BaseModel):
    type: Literal["Person"]
    nickname: str


class AnnotationOut(BaseModel):
    context: list[str | dict[str, str]] = Field(alias="@context")
    id: str
    type: Literal["Annotation"]
    motivation: Literal["commenting", "linking", "replying"]
    created: str
    modified: str
    creator: Creator
    visibility: Literal["public", "private"]
    body: list[Annotated[CommentBody | TagBody, Field(discriminator="purpose")]]
    target: str | PassageTarget | list[PassageTarget] = Field(
        description="A passage or span of an article; two for a note on a link; the note "
        "answered, for a reply."
    )


class Problem(Schema):
    detail: str = Field(description="What was wrong, in a sentence.")


class InvalidParameter(Schema):
    loc: list[str | int] = Field(description='Where: ["query", "limit"].')
    msg: str
    type: str


class InvalidParameters(Schema):
    detail: list[InvalidParameter]


# What any operation may answer besides its result.
PROBLEMS = {
    400: Problem,
    401: Problem,
    404: Problem,
    422: InvalidParameters,
    429: Problem,
}


def responses(result) -> dict:
    return {200: result, **PROBLEMS}
