"""Reads for an event's timeline: when each article was published."""

import datetime
import math
import statistics
from dataclasses import dataclass

from mediacompare.coverage.models import Article

DAY = 86_400
# Publication times this far from the others are drawn at the edge of the axis and said
# in words (a wrong year made the axis 28,000 days long): farther from the median than
# five median absolute deviations, and than a fortnight. Robust with three dates.
FENCE_DEVIATIONS = 5
MIN_FENCE = 14 * DAY
MAX_TICKS = 12
# Tick steps in days, the first that keeps the ticks to MAX_TICKS.
TICK_STEPS = (1, 2, 3, 7, 14, 30, 61, 91, 182, 365)


@dataclass(frozen=True)
class TimelinePoint:
    article: Article
    x: float
    y: float
    # "before" or "after" the axis when the date is an outlier, drawn at that edge.
    off_scale: str = ""


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

    @property
    def off_scale(self) -> list[TimelinePoint]:
        return [point for point in self.points if point.off_scale]


def _fences(seconds: list[float]) -> tuple[float, float]:
    """The range of times drawn to scale: the rest are outliers (none among two)."""
    if len(seconds) < 3:
        return -math.inf, math.inf
    median = statistics.median(seconds)
    deviation = statistics.median(abs(s - median) for s in seconds)
    reach = max(FENCE_DEVIATIONS * deviation, MIN_FENCE)
    return median - reach, median + reach


def event_timeline(*, articles: list[Article], width: int = 760, row: int = 22) -> Timeline:
    """Place each dated article on a time axis, one row each, earliest on top; dates far
    from the others are placed at the axis's edge, marked off the scale."""
    dated = sorted((a for a in articles if a.published_at), key=lambda a: a.published_at)
    undated = [a for a in articles if not a.published_at]
    axis_start, axis_end = 250, width - 20
    if not dated:
        return Timeline([], [], undated, width, row, axis_start, axis_end)
    low, high = _fences([a.published_at.timestamp() for a in dated])
    scaled = [a.published_at for a in dated if low <= a.published_at.timestamp() <= high]
    first = min(scaled).replace(hour=0, minute=0, second=0, microsecond=0)
    days = max(1, (max(scaled) - first).days + 1)
    step = next((s for s in TICK_STEPS if math.ceil(days / s) <= MAX_TICKS), TICK_STEPS[-1])
    days = math.ceil(days / step) * step
    span = days * DAY

    def x_of(moment) -> float:
        seconds = min(max((moment - first).total_seconds(), 0), span)
        return round(axis_start + (axis_end - axis_start) * seconds / span, 1)

    points = []
    for i, article in enumerate(dated):
        moment = article.published_at.timestamp()
        off_scale = "before" if moment < low else "after" if moment > high else ""
        points.append(TimelinePoint(article, x_of(article.published_at), 30 + i * row, off_scale))
    ticks = []
    for day in range(0, days + 1, step):
        moment = first + datetime.timedelta(days=day)
        ticks.append((x_of(moment), moment.strftime("%-d %b" if step < 365 else "%b %Y")))
    return Timeline(points, ticks, undated, width, 40 + len(dated) * row, axis_start, axis_end)
