"""Reads of coverage, by concern: what each page shows, in a fixed number of queries.

- :mod:`.events`: the event list, an event's articles and outlets, its default pivot;
- :mod:`.overview`: what each article reproduces of the pivot (the event page's matrix);
- :mod:`.timeline`: when each article was published;
- :mod:`.reading`: an article's passages in paragraphs;
- :mod:`.comparison`: rows of passages side by side, a page at a time;
- :mod:`.method`: how links are made and how often they are right (the method page).
"""

from mediacompare.coverage.selectors.comparison import (
    ROWS_PER_PAGE,
    Comparison,
    across_languages,
    comparison,
    comparison_summary,
    folded_run,
    not_compared,
    pairs_not_compared,
    placement,
    row_window,
    shown_rows,
    spots_in,
)
from mediacompare.coverage.selectors.events import (
    cache_key,
    default_pivot,
    event_articles,
    event_list,
    event_outlets,
    pending_alignment,
)
from mediacompare.coverage.selectors.method import language_accuracy, method
from mediacompare.coverage.selectors.overview import by_coverage_strength, event_coverage
from mediacompare.coverage.selectors.reading import article_reading
from mediacompare.coverage.selectors.timeline import event_timeline

__all__ = [
    "ROWS_PER_PAGE",
    "Comparison",
    "across_languages",
    "article_reading",
    "by_coverage_strength",
    "language_accuracy",
    "cache_key",
    "comparison",
    "comparison_summary",
    "default_pivot",
    "event_articles",
    "event_coverage",
    "event_list",
    "event_outlets",
    "pending_alignment",
    "event_timeline",
    "folded_run",
    "method",
    "not_compared",
    "pairs_not_compared",
    "row_window",
    "placement",
    "shown_rows",
    "spots_in",
]
