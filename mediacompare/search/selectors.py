"""Reads of the search index.

A search costs a fixed number of queries, whatever it finds (on PostgreSQL: the query
per text-search configuration, the candidates, the page; on SQLite: the last two):

- candidates are the first ``CAP + 1`` index rows that match and pass the filters (GIN
  or FTS5 index, then the filter columns on the same table); no COUNT(*) over
  millions of rows, whatever the search;
- only those are ranked (in the same query), in Python; only one page of them is
  fetched, with what its results show and their matched words marked.

Notes are held to the notes app's rule of who may see them (``notes_visible_to``) in
the candidates query itself: someone else's private note, or its tags, never matches.
"""

import datetime
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Case, Exists, F, OuterRef, Q, TextField, When
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS_3

from mediacompare.coverage.models import Article, Event, Outlet, Passage
from mediacompare.notes.models import Note
from mediacompare.notes.selectors import notes_visible_to
from mediacompare.search import backends, highlight, languages
from mediacompare.search.models import SearchEntry
from mediacompare.search.query import ParsedQuery

PER_PAGE = 20
# Matches ranked per search: beyond, the reader is asked to narrow it.
CAP = 1000
MAX_PAGE = CAP // PER_PAGE


@dataclass(frozen=True)
class Filters:
    event: Event | None = None
    outlet: Outlet | None = None
    language: str = ""
    kind: str = ""
    since: datetime.date | None = None
    until: datetime.date | None = None


@dataclass
class Result:
    kind: str
    url: str
    article: Article
    title: list[highlight.Segment]
    snippet: list[highlight.Segment]
    passage: Passage | None = None
    note: Note | None = None
    # Set by the view: this search narrowed to the result's event, or outlet.
    event_url: str = ""
    outlet_url: str = ""


@dataclass
class SearchPage:
    results: list[Result] = field(default_factory=list)
    number: int = 1
    # Matches found, counted up to CAP; ``capped`` when there were more.
    total: int = 0
    capped: bool = False
    # Every word of the search is one the languages' configurations leave out.
    only_stop_words: bool = False

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number * PER_PAGE < self.total

    @property
    def first(self) -> int:
        return (self.number - 1) * PER_PAGE + 1

    @property
    def last(self) -> int:
        return (self.number - 1) * PER_PAGE + len(self.results)


def _start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _entries(filters: Filters, user):
    entries = SearchEntry.objects.all()
    if filters.event is not None:
        entries = entries.filter(event=filters.event)
    if filters.outlet is not None:
        entries = entries.filter(outlet=filters.outlet)
    if filters.language:
        entries = entries.filter(language=filters.language)
    if filters.kind:
        entries = entries.filter(kind=filters.kind)
    if filters.since:
        entries = entries.filter(published_at__gte=_start_of(filters.since))
    if filters.until:
        entries = entries.filter(
            published_at__lt=_start_of(filters.until + datetime.timedelta(days=1))
        )
    if filters.kind in ("", SearchEntry.Kind.NOTE):
        visible = notes_visible_to(user).filter(pk=OuterRef("note_id"))
        entries = entries.filter(Q(note=None) | Exists(visible))
    return entries


def _configs(filters: Filters) -> list[str]:
    """The text-search configurations the rows in reach may use."""
    configs = set()
    if filters.kind != SearchEntry.Kind.NOTE:
        configs |= (
            {languages.config_for(filters.language)}
            if filters.language
            else set(languages.all_configs())
        )
    if filters.kind in ("", SearchEntry.Kind.NOTE):
        configs.add(languages.NOTE_CONFIG)
    return sorted(configs)


def search(*, query: ParsedQuery, filters: Filters, user, page: int = 1) -> SearchPage:
    """One page of the articles, passages and notes matching ``query``, best first."""
    backend = backends.for_connection(connection)
    with backend.reading():
        prepared = backend.prepare(query, _configs(filters))
        if prepared.empty:
            return SearchPage(number=page, only_stop_words=True)
        candidates = (
            _entries(filters, user)
            .filter(backend.match(prepared))
            .annotate(score=backend.score(prepared))
            .values_list("id", "score")[: CAP + 1]
        )
        ranked = sorted(candidates, key=lambda row: (-(row[1] or 0.0), -row[0]))
        start = (page - 1) * PER_PAGE
        chosen = [pk for pk, _score in ranked[:CAP][start : start + PER_PAGE]]
        return SearchPage(
            results=_results(chosen, query, prepared, backend),
            number=page,
            total=min(len(ranked), CAP),
            capped=len(ranked) > CAP,
        )


def _results(ids: list[int], query: ParsedQuery, prepared, backend) -> list[Result]:
    if not ids:
        return []
    entries = (
        SearchEntry.objects.filter(pk__in=ids)
        .select_related("article__event", "article__outlet", "passage", "note__author")
        .prefetch_related("note__tags")
        .defer("document")
    )
    marked = hasattr(backend, "headline")
    if marked:
        runs = [run for term in query.positive_terms for run in term.cjk_runs]
        body = (
            backend.headline(prepared, backend.around(F("article__body"), runs[0]))
            if runs
            else backend.headline(prepared, F("article__body"), fragments=True)
        )
        text = Case(
            When(kind=SearchEntry.Kind.NOTE, then=backend.headline(prepared, F("note__body"))),
            When(
                kind=SearchEntry.Kind.PASSAGE,
                then=backend.headline(prepared, F("passage__text")),
            ),
            default=body,
            output_field=TextField(),
        )
        entries = entries.defer("article__body").annotate(
            marked_text=text,
            marked_title=Case(
                When(
                    kind=SearchEntry.Kind.ARTICLE,
                    then=backend.headline(prepared, F("article__title")),
                ),
                output_field=TextField(),
            ),
        )
    by_id = {entry.pk: entry for entry in entries}
    return [_result(by_id[pk], query, marked) for pk in ids if pk in by_id]


def _segments(text: str, marked: str | None, query: ParsedQuery, *, window: bool):
    if marked is not None:
        plain, spans = highlight.from_marked(marked)
    else:
        plain = highlight.strip_marks(text)
        spans = highlight.word_spans(plain, query.highlight_words)
    spans += highlight.run_spans(plain, query.highlight_runs)
    return highlight.segments(plain, spans, window=window)


def _result(entry: SearchEntry, query: ParsedQuery, marked: bool) -> Result:
    article = entry.article
    event = article.event
    if entry.kind == SearchEntry.Kind.NOTE:
        text, url = entry.note.body, reverse("notes:detail", args=[entry.note_id])
    elif entry.kind == SearchEntry.Kind.PASSAGE:
        text = entry.passage.text
        url = reverse(
            "coverage:passage_detail", args=[event.slug, article.pk, entry.passage.number]
        )
    else:
        text = "" if marked else article.body
        url = reverse("coverage:article_detail", args=[event.slug, article.pk])
    if entry.passage is not None:
        # Saves a query per result when its URL or template asks for the article.
        entry.passage.article = article
    is_article = entry.kind == SearchEntry.Kind.ARTICLE
    title_marked = getattr(entry, "marked_title", None) if is_article else None
    return Result(
        kind=entry.kind,
        url=url,
        article=article,
        title=_segments(article.title, title_marked, query, window=False)
        if is_article
        else [highlight.Segment(article.title)],
        snippet=_segments(text, getattr(entry, "marked_text", None), query, window=True),
        passage=entry.passage,
        note=entry.note,
    )


def event_choices(*, selected: Event | None = None, limit: int = 200) -> list[tuple[str, str]]:
    """The most recent events for the filter (and the chosen one, however old), as
    (slug, "title (day)") pairs."""
    events = list(Event.objects.only("slug", "title", "starts_on")[:limit])
    if selected is not None and all(event.pk != selected.pk for event in events):
        events.append(selected)
    return [(event.slug, f"{event.title} ({day_label(event.starts_on)})") for event in events]


def day_label(day: datetime.date) -> str:
    """The day as the template filter ``date:"j M Y"`` writes it (5 Nov 2017), for a
    fraction of its cost."""
    return f"{day.day} {MONTHS_3[day.month].title()} {day.year}"


def outlet_choices(*, limit: int = 1000) -> list[tuple[str, str]]:
    return list(Outlet.objects.values_list("slug", "name")[:limit])
