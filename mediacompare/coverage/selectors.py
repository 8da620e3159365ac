"""Reads of coverage: what the pages show, in a fixed number of queries.

Nothing here aligns or diffs: the comparison reads the links and word diffs the
services stored when the articles were saved.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import groupby

from django.db.models import Count, Q, QuerySet

from mediacompare.coverage.models import Article, Event, Passage, PassageLink
from mediacompare.notes.models import Note
from mediacompare.notes.selectors import notes_for_articles


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
        .order_by("published_at", "id")
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

    @property
    def kind(self) -> str | None:
        return self.link.kind if self.link else None

    @property
    def kind_label(self) -> str:
        return self.link.get_kind_display() if self.link else ""


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


@dataclass
class ComparisonRow:
    """One row of the side-by-side view: what the left passage became on the right."""

    anchor: str
    left: list[PassageView]
    right: list[PassageView]
    # Right passages already shown in an earlier row that this left passage also links to.
    also_right: list[Passage] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return sorted({view.kind for view in self.right if view.kind})

    @property
    def is_gap(self) -> bool:
        return not self.left or not (self.right or self.also_right)

    @property
    def is_verbatim(self) -> bool:
        return self.kinds == [PassageLink.Kind.VERBATIM] and not self.is_gap


def _side_chunks(diff: list, *, own: str) -> list[tuple[str, str]]:
    """The chunks of a stored a→b diff that belong to one side, marked as its own."""
    return [(("own" if op == own else "same"), text) for op, text in diff if op in ("=", own)]


def comparison(*, left: Article, right: Article, user) -> list[ComparisonRow]:
    """Rows pairing the left (pivot) article's passages with the right one's.

    Right passages follow the left's order where they are linked; unlinked right
    passages (additions) come after the row of the right passage before them.
    """
    passages = defaultdict(list)
    for passage in Passage.objects.filter(article__in=[left, right]).order_by("index"):
        passages[passage.article_id].append(passage)
    left_passages, right_passages = passages[left.pk], passages[right.pk]
    by_id = {p.pk: p for p in (*left_passages, *right_passages)}
    notes = notes_for_articles(article_ids=[left.pk, right.pk], user=user)

    pair = Q(article_a=left, article_b=right) | Q(article_a=right, article_b=left)
    partners: dict[int, list[tuple[Passage, PassageLink]]] = defaultdict(list)
    for link in PassageLink.objects.filter(pair).order_by("-score"):
        a, b = by_id[link.passage_a_id], by_id[link.passage_b_id]
        mine, theirs = (a, b) if a.article_id == left.pk else (b, a)
        partners[mine.pk].append((theirs, link))

    def view(passage: Passage, link: PassageLink | None, with_diff: bool) -> PassageView:
        chunks = []
        if link is not None and with_diff and link.diff:
            own = "-" if link.passage_a_id == passage.pk else "+"
            chunks = _side_chunks(link.diff, own=own)
        return PassageView(passage, notes.get(passage.pk, []), chunks, link)

    rows: list[ComparisonRow] = []
    placed_in_row: dict[int, int] = {}
    for passage in left_passages:
        links = partners.get(passage.pk, [])
        fresh = sorted(
            ((p, link) for p, link in links if p.pk not in placed_in_row), key=lambda x: x[0].index
        )
        row = ComparisonRow(
            anchor=f"a{passage.number}",
            left=[view(passage, links[0][1] if links else None, with_diff=len(links) == 1)],
            right=[view(p, link, with_diff=True) for p, link in fresh],
            also_right=sorted(
                (p for p, _ in links if p.pk in placed_in_row), key=lambda p: p.index
            ),
        )
        for p, _ in fresh:
            placed_in_row[p.pk] = len(rows)
        rows.append(row)

    # Additions: each goes after the row holding the nearest right passage before it.
    additions: dict[int, list[ComparisonRow]] = defaultdict(list)
    anchor_row = -1
    for passage in right_passages:
        if passage.pk in placed_in_row:
            anchor_row = placed_in_row[passage.pk]
            continue
        additions[anchor_row].append(
            ComparisonRow(anchor=f"b{passage.number}", left=[], right=[view(passage, None, False)])
        )
    ordered = list(additions.get(-1, []))
    for position, row in enumerate(rows):
        ordered.append(row)
        ordered.extend(additions.get(position, []))
    return ordered


@dataclass(frozen=True)
class ComparisonSummary:
    linked_left: int
    total_left: int
    linked_right: int
    total_right: int
    by_kind: dict[str, int]


def comparison_summary(rows: list[ComparisonRow]) -> ComparisonSummary:
    """Counts for the heading of the comparison: how much of each side is shared."""
    by_kind: dict[str, int] = defaultdict(int)
    linked_left = total_left = linked_right = total_right = 0
    for row in rows:
        total_left += len(row.left)
        total_right += len(row.right)
        if row.left and (row.right or row.also_right):
            linked_left += len(row.left)
        linked_right += sum(1 for view in row.right if view.link)
        for view in row.right:
            if view.kind:
                by_kind[view.kind] += 1
    return ComparisonSummary(linked_left, total_left, linked_right, total_right, dict(by_kind))
