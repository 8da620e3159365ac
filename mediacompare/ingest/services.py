"""Bulk import: validate every row of a file first, then import the valid ones.

:func:`validate` reads the whole file, checks each row on its own and against the
others and the database, and returns a :class:`Report` with every problem by line or
file name. :func:`import_rows` reads it again and writes the valid rows in batches, one
transaction per batch, through the article writer (``coverage.services``): new
articles with :func:`~mediacompare.coverage.services.articles_create_bulk` (one
INSERT of articles and one COPY of passages per batch, one batch of embeddings), known
ones with ``article_update``. A batch reads its events, outlets, and stored articles in
one query each, never one per row. The search index is kept by its statement triggers
(one INSERT ... SELECT per statement, so one per table and batch).

Idempotent: a row whose URL is already stored, or whose normalised body is already
stored in the same event, updates that article instead of adding one; within a file,
a later row with the same URL or body in the same event replaces the earlier one.
Alignment is asked for once per event, at the end, coalesced
(``coverage.services.request_event_alignment``).
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import BinaryIO

from django.db import transaction

from mediacompare.coverage import services as coverage
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
    # Every event the file's rows name, and those where an article was created or changed
    # (only they are realigned: importing the same file again queues nothing).
    events: set[int] = field(default_factory=set)
    changed_events: set[int] = field(default_factory=set)
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
            earlier = outlet_names.setdefault(
                row.outlet_name.casefold(), (row.outlet, where, row.outlet_name)
            )
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
    # One name, one outlet: a name the file gives a new slug must not be taken.
    taken: dict[str, str] = {}
    names = [name for _, _, name in outlet_names.values()]
    for chunk in _chunks(names):
        for slug, name in Outlet.objects.filter(name__in=chunk).values_list("slug", "name"):
            taken[name.casefold()] = slug
    for key, (slug, where, _) in outlet_names.items():
        if key in taken and taken[key] != slug:
            report.add(
                where,
                f"outlet name is already that of outlet “{taken[key]}”; use that slug, or "
                "another name",
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
    looked up, so that each is read once per import, and a batch's are read (or
    created) in one query each, not one per row."""

    def __init__(self, report: Report, *, embed_now: bool):
        self.report = report
        self.embed_now = embed_now
        self.events: dict[str, Event] = {}
        self.outlets: dict[str, Outlet] = {}
        # Per event id: body key -> article id, for events that existed before.
        self.bodies: dict[int, dict[str, int]] = {}
        self.outcome = Outcome()

    def load_events(self, rows: list[ArticleRow]) -> None:
        """Read the batch's events not yet known, create the new ones."""
        wanted = {row.event for row in rows} - self.events.keys()
        if not wanted:
            return
        self.events.update(Event.objects.in_bulk(wanted, field_name="slug"))
        new = []
        for slug in sorted(wanted - self.events.keys()):
            title, day = self.report.new_events[slug]
            event = Event(slug=slug, title=title or slug.replace("-", " "), starts_on=day)
            # Its slug is new (just read); the database's unique constraint still holds.
            event.full_clean(validate_unique=False, validate_constraints=False)
            new.append(event)
        for event in Event.objects.bulk_create(new):
            self.events[event.slug] = event
            self.bodies[event.pk] = {}

    def load_outlets(self, rows: list[ArticleRow]) -> None:
        """Read the batch's outlets not yet known, create the new ones (from the first
        row naming each)."""
        first: dict[str, ArticleRow] = {}
        for row in rows:
            if row.outlet not in self.outlets:
                first.setdefault(row.outlet, row)
        if not first:
            return
        self.outlets.update(Outlet.objects.in_bulk(list(first), field_name="slug"))
        new = []
        for slug, row in first.items():
            if slug in self.outlets:
                continue
            outlet = Outlet(
                slug=slug,
                name=row.outlet_name or slug.replace("-", " ").title(),
                country=row.outlet_country or UNKNOWN_COUNTRY,
                language=row.language,
            )
            # Slug just read as new, name checked by validate(); the database's
            # constraints still hold.
            outlet.full_clean(validate_unique=False, validate_constraints=False)
            new.append(outlet)
        for outlet in Outlet.objects.bulk_create(new):
            self.outlets[outlet.slug] = outlet

    def stored_bodies(self, event: Event) -> dict[str, int]:
        if event.pk not in self.bodies:
            self.bodies[event.pk] = {
                body_key(body): pk
                for pk, body in Article.objects.filter(event=event).values_list("pk", "body")
            }
        return self.bodies[event.pk]

    @transaction.atomic
    def write(self, rows: list[ArticleRow]) -> None:
        self.load_events(rows)
        self.load_outlets(rows)
        urls = [row.url for row in rows if row.url]
        by_url = dict(Article.objects.filter(source_url__in=urls).values_list("source_url", "pk"))
        new: list[Article] = []
        known: list[tuple[int, ArticleRow]] = []
        for row in rows:
            event = self.events[row.event]
            stored = by_url.get(row.url) if row.url else None
            if stored is None:
                stored = self.stored_bodies(event).get(row.body_key)
            self.outcome.events.add(event.pk)
            if stored is None:
                new.append(
                    Article(event=event, outlet=self.outlets[row.outlet], **_article_fields(row))
                )
            else:
                known.append((stored, row))
        stored_articles = Article.objects.in_bulk([pk for pk, _ in known])
        for pk, row in known:
            article = stored_articles[pk]
            changes = {
                name: value
                for name, value in {
                    **_article_fields(row),
                    "outlet": self.outlets[row.outlet],
                }.items()
                if getattr(article, name) != value
            }
            if not changes:
                self.outcome.unchanged += 1
                continue
            coverage.article_update(article=article, align=False, **changes)
            self.outcome.updated += 1
            self.outcome.changed_events.add(article.event_id)
        for article in coverage.articles_create_bulk(articles=new, embed_now=self.embed_now):
            self.stored_bodies(article.event)[body_key(article.body)] = article.pk
        self.outcome.created += len(new)
        self.outcome.changed_events.update(article.event_id for article in new)


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
    batch_size: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Outcome:
    """Import the rows ``report`` found valid, ``batch_size`` rows per transaction;
    ``progress`` is called with the number of rows read after each batch. Then ask
    for each changed event's alignment once (unless ``align`` is false).

    New passages are embedded here in batches, or, by default when background workers
    align (``embed_now`` None), by the workers as part of each event's alignment."""
    if embed_now is None:
        embed_now = not coverage.runs_in_background()
    batch_size = batch_size or BATCH_SIZE
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
        for event_id in sorted(outcome.changed_events):
            outcome.alignments_queued += coverage.request_event_alignment(event_id)
    return outcome
