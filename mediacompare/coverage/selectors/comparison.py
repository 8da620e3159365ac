"""Reads for the side-by-side comparison: rows placed from stored links, a page at a time.

Nothing here aligns or diffs: the comparison reads the links and word diffs the
services stored when the articles were saved. It comes in two steps:

- :func:`placement`: where every passage of the chosen articles goes, row by row. Pure
  in the event's passages and links, so it is kept under a key that changes with them
  (``cache_key``), in this process: it is thousands of small immutable values, which
  unpickling from a shared cache would cost as much as placing them again.
- :func:`shown_rows`: the rows of the page asked for, with their passages' text
  (rendered once and cached), word diffs, addresses and notes; the page caches each
  row's HTML under what it depends on (see ``notes_key``).
"""

import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from typing import ClassVar

from django.core.cache import cache

from mediacompare.coverage import columns
from mediacompare.coverage import diffs as diffs_
from mediacompare.coverage.models import Article, Passage, PassageLink
from mediacompare.coverage.models import Comparison as PairRecord
from mediacompare.coverage.rendering import passage_html
from mediacompare.coverage.selectors.reading import PassageView, passage_url_prefix

# How long placements and rendered texts stay in the cache; their keys change with the
# event's content, so this only bounds how long unused ones linger.
CACHE_SECONDS = 24 * 3600


@dataclass(frozen=True, slots=True)
class LinkRef:
    """What a comparison needs of a stored link; its word diff is read per page."""

    pk: int
    passage_a_id: int
    passage_b_id: int
    kind: str
    score: float
    # "editor" when an editor confirmed, retyped or drew it (readers see a mark).
    origin: str = PassageLink.Origin.AUTOMATIC


# Strongest first: a pivot passage counts as "reproduced" by its best link.
KIND_STRENGTH = {
    PassageLink.Kind.VERBATIM: 4,
    PassageLink.Kind.EDITED: 3,
    PassageLink.Kind.PARTIAL: 2,
    PassageLink.Kind.PARAPHRASE: 1,
    PassageLink.Kind.TRANSLATION: 1,
}


def _kind_order(kind: str) -> int:
    # A kind the vocabulary gains later sorts after the known ones, not in error.
    return -KIND_STRENGTH.get(kind, 0)


@dataclass(frozen=True, slots=True)
class Spot:
    """A passage placed in a row, with the link that placed it; no text."""

    passage_id: int
    index: int
    is_boilerplate: bool
    link: LinkRef | None = None
    # Whether to mark its words against ``link``'s other side, and whether to show the
    # other side's words it leaves out too (coverage/diffs.py).
    with_diff: bool = False
    full: bool = False

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def kind(self) -> str | None:
        return self.link.kind if self.link else None


@dataclass(frozen=True, slots=True)
class Place:
    """What one column holds in one row: its passages, and the numbers of passages of
    its own already shown in an earlier row that this row links to as well."""

    spots: tuple[Spot, ...] = ()
    also: tuple[int, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.spots and not self.also


@dataclass(frozen=True, slots=True)
class RowPlan:
    """One row of the side-by-side view: a passage and its counterparts in each column."""

    anchor: str
    places: tuple[Place, ...]
    is_boilerplate: bool
    is_gap: bool
    is_verbatim: bool
    is_addition: bool
    is_run: ClassVar[bool] = False


def _row(anchor: str, places: list[Place]) -> RowPlan:
    spots = [spot for place in places for spot in place.spots]
    # A dateline, byline or marker row is not content, so never a gap.
    boilerplate = all(spot.is_boilerplate for spot in spots)
    gap = not boilerplate and any(place.is_empty for place in places)
    # Every column holds the same words: the rows a differences-only view hides.
    verbatim = (
        not gap
        and not boilerplate
        and not any(place.also for place in places)
        and all(spot.kind == PassageLink.Kind.VERBATIM for p in places[1:] for spot in p.spots)
    )
    return RowPlan(anchor, tuple(places), boilerplate, gap, verbatim, not places[0].spots)


@dataclass(frozen=True)
class ColumnSummary:
    article: Article
    total: int
    linked: int
    by_kind: dict[str, int]


@dataclass(frozen=True)
class Reading:
    """The rows a comparison shows in one mode (all, or differences only), with what
    every page of it reads: runs of verbatim rows folded, and each column's figures."""

    rows: tuple[RowPlan, ...]
    hidden_verbatim: int
    units: tuple
    # Per column: (passages shown, linked to the pivot, ((kind, count), ...)).
    counts: tuple[tuple[int, int, tuple[tuple[str, int], ...]], ...]


def _reading(rows: tuple[RowPlan, ...], columns_count: int, differences_only: bool) -> Reading:
    hidden = 0
    if differences_only:
        kept = tuple(row for row in rows if not row.is_verbatim)
        hidden, rows = len(rows) - len(kept), kept
    counts = []
    for column in range(columns_count):
        by_kind: dict[str, int] = defaultdict(int)
        total = linked = 0
        for row in rows:
            for spot in row.places[column].spots:
                total += 1
                if spot.kind:
                    linked += 1
                    by_kind[spot.kind] += 1
        counts.append((total, linked, tuple(by_kind.items())))
    return Reading(rows, hidden, tuple(fold(list(rows))), tuple(counts))


@dataclass(frozen=True)
class Placement:
    """Where every passage of the chosen articles goes: rows in reading order, and what
    pages read of them in each mode (``readings[differences_only]``)."""

    article_ids: tuple[int, ...]
    rows: tuple[RowPlan, ...]
    readings: dict[bool, Reading] = field(default_factory=dict)


def _place(articles: list[Article]) -> Placement:
    """Rows pairing the pivot's passages (``articles[0]``) with the other columns'.

    Linked passages follow the pivot's order; a passage no earlier column links to
    (an addition) comes after the row holding the passage before it in its own
    article, together with whatever later columns link to it. Two queries, whatever
    the size of the articles: passages and links.
    """
    ids = [article.pk for article in articles]
    column_of = {pk: column for column, pk in enumerate(ids)}
    passages: dict[int, list[tuple[int, int, int, bool]]] = defaultdict(list)
    for pk, article_id, index, boilerplate in (
        Passage.objects.filter(article_id__in=ids)
        .order_by("index")
        .values_list("pk", "article_id", "index", "is_boilerplate")
    ):
        passages[article_id].append((pk, article_id, index, boilerplate))
    by_id = {p[0]: p for group in passages.values() for p in group}

    # partners[(passage id, column)] -> [(counterpart, link)], best first.
    partners: dict[tuple[int, int], list[tuple[tuple, LinkRef]]] = defaultdict(list)
    links = PassageLink.objects.filter(article_a_id__in=ids, article_b_id__in=ids)
    for values in links.order_by("-score", "pk").values_list(
        "pk", "passage_a_id", "passage_b_id", "kind", "score", "origin"
    ):
        link = LinkRef(*values)
        a, b = by_id[link.passage_a_id], by_id[link.passage_b_id]
        partners[(a[0], column_of[b[1]])].append((b, link))
        partners[(b[0], column_of[a[1]])].append((a, link))

    # With more than two columns, each column shows its words against the row's first
    # passage, the pivot's words it leaves out included: they differ from column to column.
    full = len(ids) > 2
    placed: dict[int, tuple] = {}
    rows: list[tuple[tuple, RowPlan]] = []

    def spot(passage: tuple, link: LinkRef | None = None, diff: bool = False) -> Spot:
        diff = link is not None and diff
        return Spot(passage[0], passage[2], passage[3], link, diff, full and diff)

    def fill(places: list[dict], origin: tuple, origin_column: int, key: tuple) -> None:
        """Put into the row's later columns the unplaced passages linked to ``origin``."""
        for column in range(origin_column + 1, len(ids)):
            place = places[column]
            for counterpart, link in sorted(
                partners.get((origin[0], column), []), key=lambda pair: pair[0][2]
            ):
                if counterpart[0] in placed:
                    if counterpart[2] + 1 not in place["also"]:
                        place["also"].append(counterpart[2] + 1)
                    continue
                placed[counterpart[0]] = key
                place["spots"].append(spot(counterpart, link, diff=True))

    def freeze(places: list[dict]) -> list[Place]:
        return [Place(tuple(p["spots"]), tuple(p["also"])) for p in places]

    for passage in passages[ids[0]]:
        key = (passage[2],)
        places = [{"spots": [], "also": []} for _ in ids]
        placed[passage[0]] = key
        fill(places, passage, 0, key)
        counterparts = [s for place in places[1:] for s in place["spots"]]
        only_link = counterparts[0].link if len(counterparts) == 1 and len(ids) == 2 else None
        places[0]["spots"].append(spot(passage, only_link, diff=only_link is not None))
        rows.append((key, _row(columns.row_anchor(0, passage[2] + 1), freeze(places))))

    for column in range(1, len(ids)):
        anchor_key: tuple = (-1,)
        for sequence, passage in enumerate(passages[ids[column]]):
            if passage[0] in placed:
                anchor_key = placed[passage[0]]
                continue
            key = (*anchor_key, column, sequence)
            places = [{"spots": [], "also": []} for _ in ids]
            placed[passage[0]] = key
            places[column]["spots"].append(spot(passage))
            fill(places, passage, column, key)
            rows.append((key, _row(columns.row_anchor(column, passage[2] + 1), freeze(places))))
            anchor_key = key

    rows.sort(key=lambda pair: pair[0])
    ordered = tuple(row for _, row in rows)
    readings = {diff: _reading(ordered, len(ids), diff) for diff in (False, True)}
    return Placement(tuple(ids), ordered, readings)


class _Placements:
    """The placements last asked for, in this process (least recently used go first)."""

    def __init__(self, size: int = 32):
        self.size = size
        self.items: OrderedDict[str, Placement] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: str) -> Placement | None:
        with self.lock:
            found = self.items.get(key)
            if found is not None:
                self.items.move_to_end(key)
            return found

    def put(self, key: str, value: Placement) -> None:
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.items.clear()


placements = _Placements()


def placement(*, articles: list[Article], key: str = "") -> Placement:
    """Where every passage of ``articles`` goes (see :func:`_place`), kept when ``key``
    (what the page's content is keyed on) is given."""
    if not key:
        return _place(articles)
    memo_key = f"{key}:{'.'.join(str(a.pk) for a in articles)}"
    found = placements.get(memo_key)
    if found is None:
        found = _place(articles)
        placements.put(memo_key, found)
    return found


@dataclass
class Comparison:
    articles: list[Article]
    reading: Reading

    @property
    def pivot(self) -> Article:
        return self.articles[0]

    @property
    def rows(self) -> tuple[RowPlan, ...]:
        return self.reading.rows

    @property
    def hidden_verbatim(self) -> int:
        return self.reading.hidden_verbatim


def comparison(
    *, articles: list[Article], differences_only: bool = False, key: str = ""
) -> Comparison:
    """The rows of the comparison of ``articles`` (pivot first), verbatim ones left out
    with ``differences_only``. Two queries at most; none when it is kept."""
    reading = placement(articles=articles, key=key).readings[bool(differences_only)]
    return Comparison(articles=list(articles), reading=reading)


def comparison_summary(comparison: Comparison) -> list[ColumnSummary]:
    """Per column: how many of its passages are shown against the pivot, by kind."""
    return [
        ColumnSummary(article, total, linked, dict(by_kind))
        for article, (total, linked, by_kind) in zip(
            comparison.articles, comparison.reading.counts, strict=True
        )
    ]


def pairs_not_compared(*, articles: list[Article]) -> dict[frozenset[int], str]:
    """Every pair of ``articles`` the engine could not compare (a language the model
    lacks), as the pair of their ids, with why. One query."""
    ids = [article.pk for article in articles]
    records = PairRecord.objects.filter(
        article_a__in=ids, article_b__in=ids, compared=False
    ).values_list("article_a_id", "article_b_id", "reason")
    return {frozenset((a, b)): reason for a, b, reason in records}


def not_compared(
    *, articles: list[Article], pairs: dict[frozenset[int], str] | None = None
) -> dict[int, str]:
    """The columns the engine could not compare with the pivot (``articles[0]``), by
    article id, with why: their passages are "not compared", never "left out". Read from
    ``pairs`` (:func:`pairs_not_compared`) when given, else one query."""
    if pairs is None:
        pairs = pairs_not_compared(articles=articles)
    pivot = articles[0].pk
    return {
        article.pk: pairs[frozenset((pivot, article.pk))]
        for article in articles[1:]
        if frozenset((pivot, article.pk)) in pairs
    }


def across_languages(*, articles: list[Article], not_compared: dict[int, str]) -> list[Article]:
    """The columns compared with the pivot (``articles[0]``) in another language than its
    own (a script or region apart is the same language): their links rest on meaning
    alone, and are found less often than within one language."""
    pivot = articles[0]
    return [
        article
        for article in articles[1:]
        if article.pk not in not_compared and article.base_language != pivot.base_language
    ]


ROWS_PER_PAGE = 30
# This many verbatim rows in a row, or more, are folded into one (a copy's comparison
# was thousands of pixels of identical text).
MIN_RUN = 3


@dataclass(frozen=True)
class VerbatimRun:
    """Consecutive rows where every column has the same words, folded into one row."""

    rows: tuple
    is_run: ClassVar[bool] = True

    @property
    def anchor(self) -> str:
        return self.rows[0].anchor

    @property
    def numbers(self) -> tuple[int, int]:
        """The first and last pivot passages it holds (verbatim rows all have one)."""
        return self.rows[0].places[0].spots[0].number, self.rows[-1].places[0].spots[0].number


def fold(rows: list[RowPlan], *, keep_open=()) -> list:
    """The rows with each run of MIN_RUN verbatim rows or more folded into a VerbatimRun,
    except runs holding one of the anchors ``keep_open``."""
    units: list = []
    run: list[RowPlan] = []

    def flush() -> None:
        if len(run) >= MIN_RUN and not any(row.anchor in keep_open for row in run):
            units.append(VerbatimRun(tuple(run)))
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
    for unit in comparison.reading.units:
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
    units = list(comparison.reading.units)
    if anchor:
        # The run the link opens, or a deep link points into, shows its rows.
        for position, unit in enumerate(units):
            if unit.is_run and any(row.anchor == anchor for row in unit.rows):
                units[position : position + 1] = unit.rows
                break
        position = next((i for i, unit in enumerate(units) if unit.anchor == anchor), None)
        if position is not None:
            start = position - position % size
    start = max(0, min(start, max(len(units) - 1, 0)))
    return RowWindow(units[start : start + size], start, len(units), size)


def spots_in(rows: list) -> list[Spot]:
    """Every passage these rows show, in order (a folded run shows none)."""
    return [spot for row in rows if not row.is_run for place in row.places for spot in place.spots]


# What a page shows of its rows: materialised from the placement for one page only.


@dataclass(slots=True)
class ShownPassage:
    """A passage as a comparison page shows it (lighter to make than a model instance);
    its text is read when the page renders it."""

    pk: int
    index: int
    is_boilerplate: bool
    article: Article
    text: str = ""
    start: int = 0
    end: int = 0

    @property
    def number(self) -> int:
        return self.index + 1


@dataclass
class Cell:
    """What one column shows in one row."""

    column: int
    article: Article
    views: list[PassageView] = field(default_factory=list)
    also: tuple[int, ...] = ()
    # Empty because its article was not compared with the row's (the engine could not):
    # "not compared", never "left out" or "added".
    not_compared: bool = False

    @property
    def kinds(self) -> list[str]:
        return sorted({view.kind for view in self.views if view.kind}, key=_kind_order)

    @property
    def key(self) -> str:
        return columns.KEYS[self.column]


@dataclass
class ComparisonRow:
    """A row as the page shows it: its plan's flags, its cells' passages with their text."""

    plan: RowPlan
    cells: list[Cell]
    is_run: ClassVar[bool] = False

    def __getattr__(self, name):
        # anchor, is_gap, is_verbatim, is_addition, is_boilerplate: the plan's.
        return getattr(self.plan, name)

    @property
    def notes_key(self) -> str:
        """What the row shows of one reader's notes: with the content and the query, all
        its HTML depends on (the page caches rows under it)."""
        return ";".join(
            f"{view.passage.pk}:{view.notes.state if view.notes else 0}"
            for cell in self.cells
            for view in cell.views
        )


def _text_key(content_key: str, spot: Spot, column: int) -> str:
    role = "full" if spot.full else ("pivot" if column == 0 else "other")
    return f"text:{content_key}:{spot.passage_id}:{spot.link.pk if spot.link else 0}:{role}"


def shown_rows(
    rows: list,
    *,
    articles: list[Article],
    notes: dict | None = None,
    key: str = "",
    not_compared: dict[frozenset[int], str] | None = None,
) -> list:
    """The rows of one page as the template shows them: each passage with its address,
    what ``notes`` (by passage id, from the notes app) holds for it, and its text marked
    with its word diff or its notes' highlights (coverage/rendering.py). An empty cell
    whose article and the row's first passage's are one of the pairs ``not_compared``
    (:func:`pairs_not_compared`) is marked so.

    A passage's text without highlights is pure in the event's content: with ``key`` it
    is rendered once and kept in the cache. Without the cache, two queries (texts and
    diffs) for the page's passages only.
    """
    notes = notes or {}
    not_compared = not_compared or {}
    prefix = {article.pk: passage_url_prefix(article) for article in articles}
    shown: list = []
    pending: list[tuple[PassageView, Spot, int, str]] = []
    for row in rows:
        if row.is_run:
            shown.append(row)
            continue
        cells = []
        # The row's first passage: the pivot's, or the one a later column adds.
        origin = articles[next(i for i, place in enumerate(row.places) if place.spots)]
        for column, (article, place) in enumerate(zip(articles, row.places, strict=True)):
            cell = Cell(column, article, also=place.also)
            cell.not_compared = place.is_empty and (
                frozenset((article.pk, origin.pk)) in not_compared
            )
            for spot in place.spots:
                passage = ShownPassage(spot.passage_id, spot.index, spot.is_boilerplate, article)
                view = PassageView(
                    passage,
                    notes.get(spot.passage_id),
                    link=spot.link,
                    with_diff=spot.with_diff,
                    full=spot.full,
                    url=f"{prefix[article.pk]}{spot.number}/",
                )
                cell.views.append(view)
                pending.append((view, spot, column, _text_key(key, spot, column)))
            cells.append(cell)
        shown.append(ComparisonRow(row, cells))
    # Texts are read and rendered when the page first asks for one: a page that has
    # every row in its cache asks for none.
    done = []

    def load() -> None:
        if done:
            return
        done.append(True)
        _render_texts(pending, key)

    for view, _, _, _ in pending:
        view.loader = load
    return shown


def _render_texts(pending: list, key: str) -> None:
    """Fill each pending view's ``html``: from the cache, else rendered from its text and
    diff (two queries) and kept, unless it shows one reader's highlights."""
    highlighted = {
        view.passage.pk
        for view, spot, _, _ in pending
        if not spot.with_diff and view.notes and any(n.start is not None for n in view.notes)
    }
    cacheable = [k for v, _, _, k in pending if key and v.passage.pk not in highlighted]
    cached = cache.get_many(cacheable) if cacheable else {}
    missing = [(v, s) for v, s, _, k in pending if k not in cached]
    texts = {}
    if missing:
        texts = {
            pk: (text, start, end)
            for pk, text, start, end in Passage.objects.filter(
                pk__in={v.passage.pk for v, _ in missing}
            ).values_list("pk", "text", "start", "end")
        }
    links = {s.link.pk for _, s in missing if s.with_diff}
    stored = {}
    if links:
        stored = dict(PassageLink.objects.filter(pk__in=links).values_list("pk", "diff"))
    rendered = {}
    for view, spot, column, text_key in pending:
        if text_key in cached:
            view.html = cached[text_key]
            continue
        view.passage.text, view.passage.start, view.passage.end = texts[spot.passage_id]
        if spot.with_diff:
            side = "a" if spot.link.passage_a_id == spot.passage_id else "b"
            view.chunks = diffs_.chunks(stored.get(spot.link.pk) or [], side=side, full=spot.full)
        view.html = passage_html(view, column)
        if key and view.passage.pk not in highlighted:
            rendered[text_key] = view.html
    if rendered:
        cache.set_many(rendered, CACHE_SECONDS)
