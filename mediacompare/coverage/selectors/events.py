"""Reads of events: the list, an event's articles and outlets, its default pivot."""

import functools
import hashlib
import inspect

from django.db.models import Count, F, QuerySet
from django.template.loader import get_template

from mediacompare.alignment import accuracy
from mediacompare.coverage.models import Article, Event, PendingAlignment


def event_list() -> QuerySet[Event]:
    return Event.objects.annotate(
        article_count=Count("articles", distinct=True),
        outlet_count=Count("articles__outlet", distinct=True),
    ).order_by("-starts_on", "title")


def event_articles(*, event: Event) -> list[Article]:
    """The event's articles with their outlets, earliest first (undated last)."""
    return list(
        event.articles.select_related("outlet")
        .annotate(passage_count=Count("passages"))
        .order_by(F("published_at").asc(nulls_last=True), "id")
    )


def event_outlets(*, articles: list[Article]) -> list[tuple]:
    """The articles grouped by outlet, outlets in order of their first article."""
    grouped: dict[int, list[Article]] = {}
    for article in articles:
        grouped.setdefault(article.outlet_id, []).append(article)
    return [(items[0].outlet, items) for items in grouped.values()]


# The templates and code whose output pages cache: a deploy that changes them must not
# serve fragments they rendered before.
RENDERED_BY = [
    "coverage/compare.html",
    "coverage/event_detail.html",
    "notes/_passage_notes.html",
]


@functools.cache
def markup_version() -> str:
    """A digest of what renders the cached fragments, read once per process."""
    from mediacompare.coverage import diffs, rendering

    sources = [get_template(name).template.source for name in RENDERED_BY]
    sources += [inspect.getsource(rendering), inspect.getsource(diffs)]
    # The published accuracy, which the matrix's legend quotes.
    sources.append(accuracy.ACCURACY_PATH.read_text(encoding="utf-8"))
    return hashlib.blake2b("\0".join(sources).encode(), digest_size=6).hexdigest()


def cache_key(*, event: Event, articles: list[Article]) -> str:
    """What a page cached from the event's passages, links and articles is keyed on: it
    changes with any of them (their revision, each article's last save and outlet)."""
    shown = [
        (
            a.pk,
            a.updated_at.isoformat(),
            a.passage_count,
            a.outlet_id,
            a.outlet.name,
            a.outlet.country,
            a.outlet.language,
            a.outlet.kind,
            a.outlet.state_affiliation,
        )
        for a in articles
    ]
    # The slug is in the addresses cached pages link to.
    digest = hashlib.blake2b(repr((event.slug, shown)).encode(), digest_size=12).hexdigest()
    return f"{markup_version()}.{event.pk}.{event.revision}.{digest}"


def default_pivot(*, articles: list[Article]) -> Article | None:
    """The primary source if the event has one, else the earliest article."""
    for article in articles:
        if article.is_primary:
            return article
    return articles[0] if articles else None


def pending_alignment(*, event: Event) -> PendingAlignment | None:
    """The event's queued, running or failed background alignment, if any."""
    return PendingAlignment.objects.filter(event=event).first()
