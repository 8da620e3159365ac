"""Reads of coverage: what the pages show, in a fixed number of queries.

Nothing here aligns or diffs: the comparison reads the links and word diffs the
services stored when the articles were saved.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import groupby

from django.db.models import Count, F, Q, QuerySet
from django.urls import reverse

from mediacompare.coverage.models import Article, Event, Passage, PassageLink
from mediacompare.notes.models import Note
from mediacompare.notes.selectors import notes_for_articles, notes_outline_by_passage


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


def default_pivot(*, articles: list[Article]) -> Article | None:
    """The primary source if the event has one, else the earliest article."""
    for article in articles:
        if article.is_primary:
            return article
    return articles[0] if articles else None


@dataclass
class PassageView:
    """A passage as a page shows it: with its visible notes and, in a comparison,
    its words marked against its counterpart."""

    passage: Passage
    notes: list[Note] = field(default_factory=list)
    chunks: list[tuple[str, str]] = field(default_factory=list)
    link: PassageLink | None = None
    # Whether to mark its words against ``link``'s other side (diff loaded per page).
    with_diff: bool = False
    # The passage's own page, where its notes panel comes from.
    url: str = ""

    @property
    def kind(self) -> str | None:
        return self.link.kind if self.link else None


@dataclass(frozen=True, slots=True)
class LinkRef:
    """What a comparison needs of a stored link; its word diff is read per page."""

    pk: int
    passage_a_id: int
    passage_b_id: int
    kind: str
    score: float


@dataclass
class Paragraph:
    number: int
    passages: list[PassageView]


def article_reading(*, article: Article, user) -> list[Paragraph]:
    """The article's passages in paragraphs, each with the notes ``user`` may see."""
    notes = notes_for_articles(article_ids=[article.pk], user=user)
    passages = article.passages.order_by("index")
    return [
        Paragraph(number=number + 1, passages=[PassageView(p, notes.get(p.pk, [])) for p in group])
        for number, group in groupby(passages, key=lambda p: p.paragraph)
    ]


COLUMN_KEYS = ("a", "b", "c", "d")
# Strongest first: a pivot passage counts as "reproduced" by its best link.
KIND_STRENGTH = {
    PassageLink.Kind.VERBATIM: 4,
    PassageLink.Kind.EDITED: 3,
    PassageLink.Kind.PARTIAL: 2,
    PassageLink.Kind.PARAPHRASE: 1,
    PassageLink.Kind.TRANSLATION: 1,
}


@dataclass
class Cell:
    """What one column shows in one row."""

    column: int
    article: Article
    views: list[PassageView] = field(default_factory=list)
    # Passages of this column already shown in an earlier row that this row also links to.
    also: list[Passage] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return sorted({view.kind for view in self.views if view.kind}, key=_kind_order)

    @property
    def is_empty(self) -> bool:
        return not self.views and not self.also

    @property
    def key(self) -> str:
        return COLUMN_KEYS[self.column]


def _kind_order(kind: str) -> int:
    return -KIND_STRENGTH.get(kind, 0)


@dataclass
class ComparisonRow:
    """One row of the side-by-side view: a passage and its counterparts in each column."""

    anchor: str
    cells: list[Cell]
    sort_key: tuple = ()

    @property
    def is_boilerplate(self) -> bool:
        """A dateline, byline or marker row: not content, so never a gap."""
        return all(view.passage.is_boilerplate for cell in self.cells for view in cell.views)

    @property
    def is_gap(self) -> bool:
        return not self.is_boilerplate and any(cell.is_empty for cell in self.cells)

    @property
    def is_verbatim(self) -> bool:
        """Every column holds the same words: the rows a differences-only view hides."""
        if self.is_gap or self.is_boilerplate or any(cell.also for cell in self.cells):
            return False
        return all(
            view.kind == PassageLink.Kind.VERBATIM for cell in self.cells[1:] for view in cell.views
        )

    @property
    def is_addition(self) -> bool:
        return not self.cells[0].views


@dataclass
class Comparison:
    articles: list[Article]
    rows: list[ComparisonRow]
    hidden_verbatim: int = 0

    @property
    def pivot(self) -> Article:
        return self.articles[0]


def _own_chunks(link: LinkRef, diff: list, passage: Passage) -> list[tuple[str, str]]:
    """The words of ``passage`` marked against the other side of ``link``."""
    own = "-" if link.passage_a_id == passage.pk else "+"
    return [("own" if op == own else "same", text) for op, text in diff if op in ("=", own)]


def comparison(*, articles: list[Article], differences_only: bool = False) -> Comparison:
    """Rows pairing the pivot's passages (``articles[0]``) with the other columns'.

    Linked passages follow the pivot's order; a passage no earlier column links to
    (an addition) comes after the row holding the passage before it in its own
    article, together with whatever later columns link to it. Two queries, whatever
    the size of the articles: passages and links. Notes are attached to the rows a
    page shows by :func:`rows_with_notes`.
    """
    ids = [article.pk for article in articles]
    column_of = {pk: column for column, pk in enumerate(ids)}
    article_of = {article.pk: article for article in articles}
    passages: dict[int, list[Passage]] = defaultdict(list)
    # Texts are read per page too (rows_with_notes): placing rows needs only positions.
    for passage in (
        Passage.objects.filter(article_id__in=ids).defer("text", "start", "end").order_by("index")
    ):
        # Known already: lets get_absolute_url() run without a query per passage.
        passage.article = article_of[passage.article_id]
        passages[passage.article_id].append(passage)
    by_id = {p.pk: p for group in passages.values() for p in group}

    # partners[(passage id, column)] -> [(counterpart, link)], best first.
    partners: dict[tuple[int, int], list[tuple[Passage, LinkRef]]] = defaultdict(list)
    links = PassageLink.objects.filter(article_a_id__in=ids, article_b_id__in=ids)
    for link in (
        LinkRef(*values)
        for values in links.order_by("-score", "pk").values_list(
            "pk", "passage_a_id", "passage_b_id", "kind", "score"
        )
    ):
        a, b = by_id[link.passage_a_id], by_id[link.passage_b_id]
        partners[(a.pk, column_of[b.article_id])].append((b, link))
        partners[(b.pk, column_of[a.article_id])].append((a, link))

    placed: dict[int, tuple] = {}

    def view(passage: Passage, link: LinkRef | None, with_diff: bool) -> PassageView:
        return PassageView(passage, [], [], link, with_diff=link is not None and with_diff)

    def fill(row: ComparisonRow, origin: Passage, origin_column: int) -> None:
        """Put into the row's later columns the unplaced passages linked to ``origin``."""
        for column in range(origin_column + 1, len(ids)):
            cell = row.cells[column]
            for counterpart, link in sorted(
                partners.get((origin.pk, column), []), key=lambda pair: pair[0].index
            ):
                if counterpart.pk in placed:
                    if counterpart not in cell.also:
                        cell.also.append(counterpart)
                    continue
                placed[counterpart.pk] = row.sort_key
                cell.views.append(view(counterpart, link, with_diff=True))

    rows: list[ComparisonRow] = []
    for passage in passages[ids[0]]:
        row = ComparisonRow(
            anchor=f"{COLUMN_KEYS[0]}{passage.number}",
            cells=[Cell(column, article) for column, article in enumerate(articles)],
            sort_key=(passage.index,),
        )
        placed[passage.pk] = row.sort_key
        fill(row, passage, 0)
        counterparts = [v for cell in row.cells[1:] for v in cell.views]
        only_link = counterparts[0].link if len(counterparts) == 1 and len(ids) == 2 else None
        row.cells[0].views.append(view(passage, only_link, with_diff=only_link is not None))
        rows.append(row)

    for column in range(1, len(ids)):
        anchor_key: tuple = (-1,)
        for sequence, passage in enumerate(passages[ids[column]]):
            if passage.pk in placed:
                anchor_key = placed[passage.pk]
                continue
            row = ComparisonRow(
                anchor=f"{COLUMN_KEYS[column]}{passage.number}",
                cells=[Cell(c, article) for c, article in enumerate(articles)],
                sort_key=(*anchor_key, column, sequence),
            )
            placed[passage.pk] = row.sort_key
            row.cells[column].views.append(view(passage, None, with_diff=False))
            fill(row, passage, column)
            rows.append(row)
            anchor_key = row.sort_key

    rows.sort(key=lambda row: row.sort_key)
    hidden = 0
    if differences_only:
        kept = [row for row in rows if not row.is_verbatim]
        hidden = len(rows) - len(kept)
        rows = kept
    return Comparison(articles=list(articles), rows=rows, hidden_verbatim=hidden)


ROWS_PER_PAGE = 30


@dataclass(frozen=True)
class RowWindow:
    """The rows one response shows, with where the previous and next ones start."""

    rows: list[ComparisonRow]
    start: int
    total: int
    size: int

    @property
    def previous_start(self) -> int | None:
        return max(0, self.start - self.size) if self.start > 0 else None

    @property
    def next_start(self) -> int | None:
        end = self.start + len(self.rows)
        return end if end < self.total else None


def row_window(
    comparison: Comparison, *, start: int = 0, anchor: str = "", size: int = ROWS_PER_PAGE
) -> RowWindow:
    """A page of rows: from ``start``, or the page that holds the row ``anchor``.

    Long comparisons are shown a page at a time, so that a page's cost does not grow
    with the articles' length; a deep link names its row so its page can be found.
    """
    rows = comparison.rows
    if anchor:
        position = next((i for i, row in enumerate(rows) if row.anchor == anchor), None)
        if position is not None:
            start = position - position % size
    start = max(0, min(start, max(len(rows) - 1, 0)))
    return RowWindow(rows[start : start + size], start, len(rows), size)


def rows_with_notes(rows: list[ComparisonRow], *, user) -> list[ComparisonRow]:
    """Attach what a page shows of these rows: texts, word diffs, and the notes
    ``user`` may see (for counts and highlights; each notes panel loads on demand).

    Three queries, for the rows of one page only.
    """
    views = [view for row in rows for cell in row.cells for view in cell.views]
    passage_ids = [view.passage.pk for view in views]
    notes = notes_outline_by_passage(passage_ids=passage_ids, user=user)
    texts = {
        pk: (text, start, end)
        for pk, text, start, end in Passage.objects.filter(pk__in=passage_ids).values_list(
            "pk", "text", "start", "end"
        )
    }
    diffing = [view for view in views if view.with_diff]
    diffs = dict(
        PassageLink.objects.filter(pk__in={view.link.pk for view in diffing}).values_list(
            "pk", "diff"
        )
    )
    # One reverse() per article, not per passage: only the number differs.
    url_prefix = {}
    for view in views:
        article = view.passage.article
        if article.pk not in url_prefix:
            first = reverse("coverage:passage_detail", args=[article.event.slug, article.pk, 1])
            url_prefix[article.pk] = first.removesuffix("1/")
        view.url = f"{url_prefix[article.pk]}{view.passage.number}/"
        view.passage.text, view.passage.start, view.passage.end = texts[view.passage.pk]
    for view in views:
        view.notes = notes.get(view.passage.pk, [])
    for view in diffing:
        view.chunks = _own_chunks(view.link, diffs.get(view.link.pk) or [], view.passage)
    return rows


@dataclass(frozen=True)
class ColumnSummary:
    article: Article
    total: int
    linked: int
    by_kind: dict[str, int]


def comparison_summary(comparison: Comparison) -> list[ColumnSummary]:
    """Per column: how many of its passages are shown against the pivot, by kind."""
    summaries = []
    for column, article in enumerate(comparison.articles):
        by_kind: dict[str, int] = defaultdict(int)
        total = linked = 0
        for row in comparison.rows:
            cell = row.cells[column]
            total += len(cell.views)
            for view in cell.views:
                if view.kind:
                    linked += 1
                    by_kind[view.kind] += 1
        summaries.append(ColumnSummary(article, total, linked, dict(by_kind)))
    return summaries


@dataclass
class OutletCoverage:
    """How one article covers the pivot: the best link per pivot passage, and figures."""

    article: Article
    compared: bool
    passages: list[Passage] = field(default_factory=list)
    kinds: list[str | None] = field(default_factory=list)
    left_out_paragraphs: str = ""
    additions: list[Passage] = field(default_factory=list)

    def share(self, *kinds: str) -> int:
        """Percentage of the pivot's content passages reproduced with one of ``kinds``."""
        if not self.kinds:
            return 0
        return round(100 * sum(kind in kinds for kind in self.kinds) / len(self.kinds))

    @property
    def cells(self) -> list[tuple[Passage, str | None]]:
        return list(zip(self.passages, self.kinds, strict=True))

    @property
    def verbatim_share(self) -> int:
        return self.share(PassageLink.Kind.VERBATIM)

    @property
    def reworded_share(self) -> int:
        return self.share(PassageLink.Kind.EDITED, PassageLink.Kind.PARAPHRASE)

    @property
    def partial_share(self) -> int:
        return self.share(PassageLink.Kind.PARTIAL)

    @property
    def covered_share(self) -> int:
        return self.share(*KIND_STRENGTH)


@dataclass
class CoverageOverview:
    pivot: Article
    passages: list[Passage]
    outlets: list[OutletCoverage]


def _ranges(numbers: list[int]) -> str:
    """``[4, 5, 6, 7, 9]`` as ``"4–7, 9"``."""
    spans: list[list[int]] = []
    for number in numbers:
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    return ", ".join(f"{a}–{b}" if a != b else f"{a}" for a, b in spans)


def event_coverage(*, event: Event, articles: list[Article], pivot: Article) -> CoverageOverview:
    """What each article reproduces of the pivot, passage by passage, and what it adds.

    Three queries whatever the size of the event: the pivot's passages, the links
    touching the pivot, and the passages no link touches (additions unique to one
    article).
    """
    passages = list(pivot.passages.filter(is_boilerplate=False).order_by("index"))
    best: dict[tuple[int, int], str] = {}
    touching_pivot = PassageLink.objects.filter(Q(article_a=pivot) | Q(article_b=pivot))
    for a_id, b_id, article_a, article_b, kind in touching_pivot.values_list(
        "passage_a_id", "passage_b_id", "article_a_id", "article_b_id", "kind"
    ):
        key = (a_id, article_b) if article_a == pivot.pk else (b_id, article_a)
        best[key] = max(best.get(key, kind), kind, key=KIND_STRENGTH.__getitem__)

    unique = (
        Passage.objects.filter(article__event=event, is_boilerplate=False)
        .exclude(pk__in=PassageLink.objects.filter(article_a__event=event).values("passage_a"))
        .exclude(pk__in=PassageLink.objects.filter(article_a__event=event).values("passage_b"))
        .order_by("article_id", "index")
    )
    additions: dict[int, list[Passage]] = defaultdict(list)
    for passage in unique:
        additions[passage.article_id].append(passage)

    outlets = []
    for article in articles:
        if article.pk == pivot.pk:
            continue
        compared = article.base_language == pivot.base_language
        kinds = [best.get((p.pk, article.pk)) if compared else None for p in passages]
        covered_paragraphs = {p.paragraph for p, kind in zip(passages, kinds, strict=True) if kind}
        left_out = sorted({p.paragraph + 1 for p in passages} - {n + 1 for n in covered_paragraphs})
        outlets.append(
            OutletCoverage(
                article=article,
                compared=compared,
                passages=passages,
                kinds=kinds,
                left_out_paragraphs=_ranges(left_out) if compared else "",
                additions=additions.get(article.pk, []) if compared else [],
            )
        )
    return CoverageOverview(pivot=pivot, passages=passages, outlets=outlets)


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
