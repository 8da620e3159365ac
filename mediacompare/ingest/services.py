"""Bulk import: validate every row of a file first, then import the valid ones.

:func:`validate` reads the whole file, checks each row on its own and against the
others and the database, and returns a :class:`Report` with every problem by line or
file name. :func:`import_rows` reads it again and writes the valid rows in batches, one
transaction per batch, through the article writer (``coverage.services``): new
articles with :func:`~mediacompare.coverage.services.articles_create_bulk` (one
INSERT per table, one batch of embeddings), known ones with ``article_update``.

Idempotent: a row whose URL is already stored, or whose normalised body is already
stored in the same event, updates that article instead of adding one; within a file,
a later row with the same URL or body in the same event replaces the earlier one.
Alignment is asked for once per event, at the end, coalesced
(``coverage.tasks.request_event_alignment``).
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import BinaryIO

from django.db import transaction

from mediacompare.coverage import services as coverage
from mediacompare.coverage import tasks
from mediacompare.coverage.models import Article, Event, Outlet
from mediacompare.ingest import sources
from mediacompare.ingest.rows import ArticleRow, RowError, body_key

BATCH_SIZE = 200
# Shown in the report; the rest are counted.
MAX_PROBLEMS_SHOWN = 1000
# A new outlet without outlet_country is recorded with this (the model requires one).
UNKNOWN_COUNTRY = "Unknown"


@dataclass(frozen=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class Report:
    """What validation found: rows, problems, and which rows to import."""

    rows: int = 0
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    # Valid rows that a later row of the file replaces (same URL or body, same event).
    superseded: set[str] = field(default_factory=set)
    invalid: set[str] = field(default_factory=set)
    new_events: dict[str, tuple[str, datetime.date]] = field(default_factory=dict)

    def add(self, where: str, message: str) -> None:
        self.problem_count += 1
        self.invalid.add(where)
        if len(self.problems) < MAX_PROBLEMS_SHOWN:
            self.problems.append(Problem(where, message))

    @property
    def to_import(self) -> int:
        return self.rows - len(self.invalid) - len(self.superseded - self.invalid)


@dataclass
class Outcome:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    events: set[int] = field(default_factory=set)
    alignments_queued: int = 0


def _checked_rows(stream: BinaryIO, defaults: sources.Defaults):
    """``(where, ArticleRow or None, problems)`` for every row of the stream."""
    for where, data in sources.read(stream, defaults=defaults):
        if isinstance(data, str):
            yield where, None, [data]
            continue
        try:
            yield where, ArticleRow.from_json(data), []
        except RowError as error:
            yield where, None, error.problems


def validate(
    stream: BinaryIO,
    *,
    defaults: sources.Defaults = sources.NO_DEFAULTS,
    progress: Callable[[int], None] | None = None,
) -> Report:
    """Check every row; raises :class:`sources.SourceError` if the file is unreadable."""
    report = Report()
    # Per event slug, in file order: (where, url, body key, is_primary).
    seen: list[tuple[str, str, str, str, bool]] = []
    event_facts: dict[str, dict] = {}
    outlet_names: dict[str, tuple[str, str]] = {}
    for where, row, problems in _checked_rows(stream, defaults):
        report.rows += 1
        if progress:
            progress(report.rows)
        for message in problems:
            report.add(where, message)
        if row is None:
            continue
        facts = event_facts.setdefault(row.event, {"first": where, "title": "", "date": None})
        if row.event_date:
            if facts["date"] and facts["date"] != row.event_date:
                report.add(
                    where,
                    f"event “{row.event}” is dated {facts['date']} by an earlier row, "
                    f"{row.event_date} here",
                )
                continue
            facts["date"] = row.event_date
        facts["title"] = facts["title"] or row.event_title
        if row.outlet_name:
            earlier = outlet_names.setdefault(row.outlet_name.casefold(), (row.outlet, where))
            if earlier[0] != row.outlet:
                report.add(
                    where,
                    f"outlet name “{row.outlet_name}” is also given to outlet “{earlier[0]}” "
                    f"({earlier[1]}); one name, one outlet",
                )
                continue
        seen.append((where, row.event, row.url, row.body_key, row.is_primary))
    _check_against_database(report, seen, event_facts, outlet_names)
    return report


def _chunks(values: list, size: int = 1000) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _check_against_database(report, seen, event_facts, outlet_names) -> None:
    slugs = list(event_facts)
    known_events: dict[str, int] = {}
    for chunk in _chunks(slugs):
        known_events.update(Event.objects.filter(slug__in=chunk).values_list("slug", "pk"))
    for slug, facts in event_facts.items():
        if slug in known_events:
            continue
        if facts["date"] is None:
            for where, event, *_ in seen:
                if event == slug:
                    report.add(where, f"event “{slug}” is new: give its “event_date” (YYYY-MM-DD)")
            continue
        report.new_events[slug] = (facts["title"], facts["date"])
    known_outlet_names = {}
    names = [name for name, _ in outlet_names.items()]
    for chunk in _chunks(names):
        for slug, name in Outlet.objects.filter(name__in=[n for n in chunk]).values_list(
            "slug", "name"
        ):
            known_outlet_names[name.casefold()] = slug
    # Outlet names are matched case-sensitively by the database; close enough for a check.
    for name, (slug, where) in outlet_names.items():
        if name in known_outlet_names and known_outlet_names[name] != slug:
            report.add(
                where,
                f"outlet name is already that of outlet “{known_outlet_names[name]}”; "
                "use that slug, or another name",
            )
    urls = [url for _, _, url, _, _ in seen if url]
    stored_url_event: dict[str, str] = {}
    for chunk in _chunks(urls):
        stored_url_event.update(
            Article.objects.filter(source_url__in=chunk).values_list("source_url", "event__slug")
        )
    primaries = dict(
        Article.objects.filter(event_id__in=known_events.values(), is_primary=True).values_list(
            "event__slug", "pk"
        )
    )
    primary_rows: dict[str, str] = {}
    last_for_key: dict[tuple, str] = {}
    for where, event, url, key, is_primary in seen:
        if url and stored_url_event.get(url, event) != event:
            report.add(
                where,
                f"this URL is already imported in event “{stored_url_event[url]}”, not “{event}”",
            )
        if is_primary:
            if event in primary_rows:
                report.add(
                    where,
                    f"event “{event}” already has a primary article in this file "
                    f"({primary_rows[event]}); one per event",
                )
            primary_rows[event] = where
        if url:
            last_for_key[(event, "url", url)] = where
        last_for_key[(event, "body", key)] = where
    for where, event, url, key, _ in seen:
        keys = [(event, "body", key)] + ([(event, "url", url)] if url else [])
        if any(last_for_key[k] != where for k in keys):
            report.superseded.add(where)
    # A primary row whose event already has another primary: the import would update
    # that article only if the row matches it, which the writer checks; say it here.
    for event, where in primary_rows.items():
        if event in primaries and where not in report.invalid:
            stored = Article.objects.filter(pk=primaries[event]).values("source_url", "body")[0]
            row = next(r for r in seen if r[0] == where)
            same = (row[2] and row[2] == stored["source_url"]) or row[3] == body_key(stored["body"])
            if not same:
                report.add(
                    where,
                    f"event “{event}” already has a primary article (article "
                    f"{primaries[event]}); untick is_primary or import it as that article",
                )


class _Importer:
    """Writes batches of valid rows; keeps the events, outlets and stored bodies it has
    looked up, so that each is read once per import."""

    def __init__(self, report: Report, *, embed_now: bool):
        self.report = report
        self.embed_now = embed_now
        self.events: dict[str, Event] = {}
        self.outlets: dict[str, Outlet] = {}
        # Per event id: body key -> article id, for events that existed before.
        self.bodies: dict[int, dict[str, int]] = {}
        self.outcome = Outcome()

    def event(self, row: ArticleRow) -> Event:
        if row.event not in self.events:
            event = Event.objects.filter(slug=row.event).first()
            if event is None:
                title, day = self.report.new_events[row.event]
                event = Event(slug=row.event, title=title or row.event.replace("-", " "))
                event.starts_on = day
                event.full_clean()
                event.save()
                self.bodies[event.pk] = {}
            self.events[row.event] = event
        return self.events[row.event]

    def outlet(self, row: ArticleRow) -> Outlet:
        if row.outlet not in self.outlets:
            outlet = Outlet.objects.filter(slug=row.outlet).first()
            if outlet is None:
                outlet = Outlet(
                    slug=row.outlet,
                    name=row.outlet_name or row.outlet.replace("-", " ").title(),
                    country=row.outlet_country or UNKNOWN_COUNTRY,
                    language=row.language,
                )
                outlet.full_clean()
                outlet.save()
            self.outlets[row.outlet] = outlet
        return self.outlets[row.outlet]

    def stored_bodies(self, event: Event) -> dict[str, int]:
        if event.pk not in self.bodies:
            self.bodies[event.pk] = {
                body_key(body): pk
                for pk, body in Article.objects.filter(event=event).values_list("pk", "body")
            }
        return self.bodies[event.pk]

    @transaction.atomic
    def write(self, rows: list[ArticleRow]) -> None:
        urls = [row.url for row in rows if row.url]
        by_url = dict(Article.objects.filter(source_url__in=urls).values_list("source_url", "pk"))
        new: list[Article] = []
        for row in rows:
            event, outlet = self.event(row), self.outlet(row)
            fields = _article_fields(row)
            stored = by_url.get(row.url) if row.url else None
            if stored is None:
                stored = self.stored_bodies(event).get(row.body_key)
            self.outcome.events.add(event.pk)
            if stored is None:
                new.append(Article(event=event, outlet=outlet, **fields))
                continue
            article = Article.objects.get(pk=stored)
            changes = {
                name: value
                for name, value in {**fields, "outlet": outlet}.items()
                if getattr(article, name) != value
            }
            if not changes:
                self.outcome.unchanged += 1
                continue
            coverage.article_update(article=article, align=False, **changes)
            self.outcome.updated += 1
        for article in coverage.articles_create_bulk(articles=new, embed_now=self.embed_now):
            self.stored_bodies(article.event)[body_key(article.body)] = article.pk
        self.outcome.created += len(new)


def _article_fields(row: ArticleRow) -> dict:
    return {
        "title": row.title,
        "body": row.body,
        "language": row.language,
        "source_url": row.url,
        "byline": row.byline,
        "published_at": row.published_at,
        "published_precision": row.published_precision,
        "is_primary": row.is_primary,
        "is_excerpt": row.is_excerpt,
    }


def import_rows(
    stream: BinaryIO,
    report: Report,
    *,
    defaults: sources.Defaults = sources.NO_DEFAULTS,
    align: bool = True,
    embed_now: bool | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> Outcome:
    """Import the rows ``report`` found valid, ``batch_size`` rows per transaction;
    ``progress`` is called with the number of rows read after each batch. Then ask
    for each touched event's alignment once (unless ``align`` is false).

    New passages are embedded here in batches, or, by default when background workers
    align (``embed_now`` None), by the workers as part of each event's alignment."""
    if embed_now is None:
        embed_now = not tasks.runs_in_background()
    importer = _Importer(report, embed_now=embed_now)
    batch: list[ArticleRow] = []
    done = 0
    for where, row, _ in _checked_rows(stream, defaults):
        done += 1
        if row is not None and where not in report.invalid and where not in report.superseded:
            batch.append(row)
        if len(batch) >= batch_size:
            importer.write(batch)
            batch = []
            if progress:
                progress(done)
    if batch:
        importer.write(batch)
    if progress:
        progress(done)
    outcome = importer.outcome
    if align:
        for event_id in sorted(outcome.events):
            outcome.alignments_queued += tasks.request_event_alignment(event_id)
    return outcome
