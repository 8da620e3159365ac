"""Reads for the side-by-side comparison: rows placed from stored links, a page at a time.

Nothing here aligns or diffs: the comparison reads the links and word diffs the
services stored when the articles were saved.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import ClassVar

from mediacompare.coverage import columns
from mediacompare.coverage import diffs as diffs_
from mediacompare.coverage.models import Article, Passage, PassageLink
from mediacompare.coverage.selectors.reading import PassageView, passage_url_prefix


@dataclass(frozen=True, slots=True)
class LinkRef:
    """What a comparison needs of a stored link; its word diff is read per page."""

    pk: int
    passage_a_id: int
    passage_b_id: int
    kind: str
    score: float


# Strongest first: a pivot passage counts as "reproduced" by its best link.
KIND_STRENGTH = {
    PassageLink.Kind.VERBATIM: 4,
    PassageLink.Kind.EDITED: 3,
    PassageLink.Kind.PARTIAL: 2,
    PassageLink.Kind.PARAPHRASE: 1,
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
        return columns.KEYS[self.column]


def _kind_order(kind: str) -> int:
    return -KIND_STRENGTH.get(kind, 0)


@dataclass
class ComparisonRow:
    """One row of the side-by-side view: a passage and its counterparts in each column."""

    anchor: str
    cells: list[Cell]
    sort_key: tuple = ()
    is_run: ClassVar[bool] = False

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

    # With more than two columns, each column shows its words against the row's first
    # passage, the pivot's words it leaves out included: they differ from column to column.
    full = len(ids) > 2

    def view(passage: Passage, link: LinkRef | None, with_diff: bool) -> PassageView:
        with_diff = link is not None and with_diff
        return PassageView(passage, None, [], link, with_diff=with_diff, full=full and with_diff)

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
            anchor=columns.row_anchor(0, passage.number),
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
                anchor=columns.row_anchor(column, passage.number),
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
# This many verbatim rows in a row, or more, are folded into one (a copy's comparison
# was thousands of pixels of identical text).
MIN_RUN = 3


@dataclass
class VerbatimRun:
    """Consecutive rows where every column has the same words, folded into one row."""

    rows: list[ComparisonRow]
    is_run: ClassVar[bool] = True

    @property
    def anchor(self) -> str:
        return self.rows[0].anchor

    @property
    def numbers(self) -> tuple[int, int]:
        """The first and last pivot passages it holds (verbatim rows all have one)."""
        return self.rows[0].cells[0].views[0].passage.number, (
            self.rows[-1].cells[0].views[0].passage.number
        )


def fold(rows: list[ComparisonRow], *, keep_open=()) -> list:
    """The rows with each run of MIN_RUN verbatim rows or more folded into a VerbatimRun,
    except runs holding one of the anchors ``keep_open``."""
    units: list = []
    run: list[ComparisonRow] = []

    def flush() -> None:
        if len(run) >= MIN_RUN and not any(row.anchor in keep_open for row in run):
            units.append(VerbatimRun(list(run)))
        else:
            units.extend(run)
        run.clear()

    for row in rows:
        if row.is_verbatim:
            run.append(row)
        else:
            flush()
            units.append(row)
    flush()
    return units


def folded_run(comparison: Comparison, *, anchor: str) -> VerbatimRun | None:
    """The folded run starting at (or holding) the row ``anchor``."""
    for unit in fold(comparison.rows):
        if unit.is_run and any(row.anchor == anchor for row in unit.rows):
            return unit
    return None


@dataclass(frozen=True)
class RowWindow:
    """The rows one response shows (a folded run counts as one), with where the previous
    and next ones start."""

    rows: list
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
    comparison: Comparison,
    *,
    start: int = 0,
    anchor: str = "",
    open_run: str = "",
    size: int = ROWS_PER_PAGE,
) -> RowWindow:
    """A page of rows: from ``start``, or the page that holds the row ``anchor`` (or the
    run ``open_run``); runs of verbatim rows are folded, except the one a link opens or
    a deep link points into.

    Long comparisons are shown a page at a time, so that a page's cost does not grow
    with the articles' length; a deep link names its row so its page can be found.
    """
    anchor = anchor or open_run
    units = fold(comparison.rows, keep_open={anchor} if anchor else ())
    if anchor:
        position = next((i for i, unit in enumerate(units) if unit.anchor == anchor), None)
        if position is not None:
            start = position - position % size
    start = max(0, min(start, max(len(units) - 1, 0)))
    return RowWindow(units[start : start + size], start, len(units), size)


def passages_in(rows: list) -> list[PassageView]:
    """Every passage these rows show, in order (a folded run shows none)."""
    return [view for row in rows if not row.is_run for cell in row.cells for view in cell.views]


def rows_with_texts(rows: list[ComparisonRow], *, notes: dict | None = None) -> list[ComparisonRow]:
    """Attach what a page shows of these rows: texts, word diffs, the passages' own
    pages, and what ``notes`` (by passage id, from the notes app) holds for each.

    Two queries, for the rows of one page only.
    """
    views = passages_in(rows)
    passage_ids = [view.passage.pk for view in views]
    notes = notes or {}
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
    url_prefix = {}
    for view in views:
        article = view.passage.article
        if article.pk not in url_prefix:
            url_prefix[article.pk] = passage_url_prefix(article)
        view.url = f"{url_prefix[article.pk]}{view.passage.number}/"
        view.passage.text, view.passage.start, view.passage.end = texts[view.passage.pk]
    for view in views:
        view.notes = notes.get(view.passage.pk)
    for view in diffing:
        side = "a" if view.link.passage_a_id == view.passage.pk else "b"
        view.chunks = diffs_.chunks(diffs.get(view.link.pk) or [], side=side, full=view.full)
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
