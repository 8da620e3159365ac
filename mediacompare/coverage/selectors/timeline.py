"""Reads for an event's timeline: when each article was published."""

import datetime
from dataclasses import dataclass

from mediacompare.coverage.models import Article


@dataclass(frozen=True)
class TimelinePoint:
    article: Article
    x: float
    y: float


@dataclass(frozen=True)
class Timeline:
    """Positions for a server-drawn SVG timeline of when each article was published."""

    points: list[TimelinePoint]
    ticks: list[tuple[float, str]]
    undated: list[Article]
    width: int
    height: int
    axis_start: int
    axis_end: int


def event_timeline(*, articles: list[Article], width: int = 760, row: int = 22) -> Timeline:
    """Place each dated article on a time axis, one row each, earliest on top."""
    dated = sorted((a for a in articles if a.published_at), key=lambda a: a.published_at)
    undated = [a for a in articles if not a.published_at]
    axis_start, axis_end = 250, width - 20
    if not dated:
        return Timeline([], [], undated, width, row, axis_start, axis_end)
    first = dated[0].published_at.replace(hour=0, minute=0, second=0, microsecond=0)
    last = dated[-1].published_at
    days = max(1, (last - first).days + 1)
    span = days * 86400

    def x_of(moment) -> float:
        return round(
            axis_start + (axis_end - axis_start) * (moment - first).total_seconds() / span, 1
        )

    points = [TimelinePoint(a, x_of(a.published_at), 30 + i * row) for i, a in enumerate(dated)]
    ticks = []
    for day in range(days + 1):
        moment = first + datetime.timedelta(days=day)
        ticks.append((x_of(moment), moment.strftime("%-d %b")))
    return Timeline(points, ticks, undated, width, 40 + len(dated) * row, axis_start, axis_end)
