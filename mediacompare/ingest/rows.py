"""One article to import, read from a JSON Lines row, a corpus file or an HTML page, and
checked on its own (``ArticleRow.from_json``); checks across rows and against the
database are :mod:`mediacompare.ingest.validation`'s.

The JSON Lines schema, one object per line:

``event`` (slug, required), ``event_title``, ``event_date`` (YYYY-MM-DD, required when
the event is new), ``outlet`` (slug, required), ``outlet_name``, ``outlet_country``,
``title``, ``url``, ``published_at`` (ISO date or date and time; UTC when no offset),
``language`` (a listed BCP 47 code), ``body`` (required), ``byline``, ``is_primary``,
``is_excerpt``.
"""

import datetime
import hashlib
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug

from mediacompare.coverage.languages import NAMES, canonical_case, language_problem
from mediacompare.coverage.models import Article
from mediacompare.coverage.services import normalise_body

FIELDS = (
    "event",
    "event_title",
    "event_date",
    "outlet",
    "outlet_name",
    "outlet_country",
    "title",
    "url",
    "published_at",
    "language",
    "body",
    "byline",
    "is_primary",
    "is_excerpt",
)
REQUIRED = ("event", "outlet", "body")
# Longer bodies are refused: no news article is this long, a broken export may be.
MAX_BODY = 200_000
# Without a title, the body's first line stands in, cut to this many characters.
TITLE_FROM_BODY = 120

_url = URLValidator(schemes=["http", "https"])


class RowError(ValueError):
    """Everything wrong with one row, each problem in words an editor can act on."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems))


def body_key(body: str) -> str:
    """The same body, whatever its spacing and case: what makes two rows one article."""
    text = " ".join(normalise_body(body).split()).casefold()
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class ArticleRow:
    event: str
    outlet: str
    body: str
    language: str
    title: str
    event_title: str = ""
    event_date: datetime.date | None = None
    outlet_name: str = ""
    outlet_country: str = ""
    url: str = ""
    published_at: datetime.datetime | None = None
    published_precision: str = Article.DatePrecision.MINUTE
    byline: str = ""
    is_primary: bool = False
    is_excerpt: bool = False

    @property
    def body_key(self) -> str:
        return body_key(self.body)

    @classmethod
    def from_json(cls, data, *, default_event: str = "") -> "ArticleRow":
        """Check one decoded JSON row; raises :class:`RowError` with every problem."""
        if not isinstance(data, dict):
            raise RowError(["expected a JSON object (one article per line)"])
        problems: list[str] = []
        unknown = sorted(set(data) - set(FIELDS))
        if unknown:
            problems.append(f"unknown keys {', '.join(unknown)} (known: {', '.join(FIELDS)})")
        values = dict(data)
        if default_event and not values.get("event"):
            values["event"] = default_event
        for name in REQUIRED:
            if values.get(name) in (None, ""):
                problems.append(f"“{name}” is required")
        text: dict[str, str] = {}
        for name in FIELDS:
            value = values.get(name)
            if name in ("is_primary", "is_excerpt") or value is None:
                continue
            if not isinstance(value, str):
                problems.append(f"“{name}” must be a string, not {type(value).__name__}")
                continue
            text[name] = value.strip() if name != "body" else value
        flags = {}
        for name in ("is_primary", "is_excerpt"):
            value = values.get(name, False)
            if not isinstance(value, bool):
                problems.append(f"“{name}” must be true or false")
            flags[name] = value is True
        row = _checked(text, flags, problems)
        if problems:
            raise RowError(problems)
        return row


def _checked(text: dict[str, str], flags: dict[str, bool], problems: list[str]):
    for name in ("event", "outlet"):
        if text.get(name):
            try:
                validate_slug(text[name])
            except ValidationError:
                problems.append(
                    f"“{name}” must be a slug (letters, digits, hyphens), got “{text[name]}”"
                )
    body = normalise_body(text.get("body", ""))
    if "body" in text and not body:
        problems.append("“body” is empty")
    if len(body) > MAX_BODY:
        problems.append(f"“body” is longer than {MAX_BODY:,} characters")
    language = canonical_case(text.get("language", "") or "")
    if not language:
        problems.append("“language” is required (a BCP 47 code such as “en” or “zh-Hans”)")
    elif language not in NAMES:
        problems.append(f"language: {language_problem(text['language'])}")
    event_date = None
    if text.get("event_date"):
        try:
            event_date = datetime.date.fromisoformat(text["event_date"])
        except ValueError:
            problems.append(f"“event_date” must be YYYY-MM-DD, got “{text['event_date']}”")
    published_at, precision = None, Article.DatePrecision.MINUTE
    if text.get("published_at"):
        try:
            published_at, precision = parse_published(text["published_at"])
        except ValueError:
            problems.append(
                "“published_at” must be an ISO date or date and time "
                f"(2021-11-27 or 2021-11-27T19:44:00Z), got “{text['published_at']}”"
            )
    url = text.get("url", "")
    if url:
        try:
            _url(url)
        except ValidationError:
            problems.append(f"“url” is not an http(s) address: “{url[:200]}”")
        if len(url) > 1000:
            problems.append("“url” is longer than 1,000 characters")
    limits = {"title": 500, "byline": 300, "event_title": 300, "outlet_name": 200}
    limits["outlet_country"] = 100
    for name, limit in limits.items():
        if len(text.get(name, "")) > limit:
            problems.append(f"“{name}” is longer than {limit} characters")
    title = text.get("title", "") or _title_from(body)
    if problems:
        return None
    return ArticleRow(
        event=text["event"],
        outlet=text["outlet"],
        body=body,
        language=language,
        title=title,
        event_title=text.get("event_title", ""),
        event_date=event_date,
        outlet_name=text.get("outlet_name", ""),
        outlet_country=text.get("outlet_country", ""),
        url=url,
        published_at=published_at,
        published_precision=precision,
        byline=text.get("byline", ""),
        is_primary=flags["is_primary"],
        is_excerpt=flags["is_excerpt"],
    )


def parse_published(value: str) -> tuple[datetime.datetime, str]:
    """A date gives the day (at midnight UTC), a date and time the minute; naive is UTC."""
    value = value.strip()
    if len(value) == 10:
        day = datetime.date.fromisoformat(value)
        return datetime.datetime.combine(day, datetime.time(), datetime.UTC), "day"
    moment = datetime.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(datetime.UTC), Article.DatePrecision.MINUTE


def _title_from(body: str) -> str:
    first = body.split("\n", 1)[0].strip()
    if len(first) <= TITLE_FROM_BODY:
        return first
    return first[: TITLE_FROM_BODY - 1].rstrip() + "…"
