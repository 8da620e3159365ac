"""Reads for an article's own page: its passages in paragraphs."""

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import groupby

from django.urls import reverse

from mediacompare.coverage.models import Article, Passage, PassageLink


@dataclass
class PassageView:
    """A passage as a page shows it: with what it shows of its notes (``notes``, given
    by the notes app's interface) and, in a comparison, its words marked against its
    counterpart."""

    passage: Passage
    notes: object = None
    chunks: list[tuple[str, str]] = field(default_factory=list)
    link: PassageLink | None = None
    # Whether to mark its words against ``link``'s other side (diff loaded per page), and
    # whether to show the other side's words it leaves out too (coverage/diffs.py).
    with_diff: bool = False
    full: bool = False
    # The passage's own page, where its notes panel comes from.
    url: str = ""
    # Its words as the page shows them, rendered ahead (coverage/rendering.py), or by
    # ``loader`` for every passage of the page when one is first asked for.
    html: str = ""
    loader: Callable[[], None] | None = field(default=None, repr=False)

    @property
    def marked(self) -> str:
        if not self.html and self.loader is not None:
            self.loader()
        return self.html

    @property
    def kind(self) -> str | None:
        return self.link.kind if self.link else None

    @property
    def partner_id(self) -> int | None:
        """The passage at the other end of ``link``: what a note on the link would join."""
        if self.link is None:
            return None
        if self.link.passage_a_id == self.passage.pk:
            return self.link.passage_b_id
        return self.link.passage_a_id

    @property
    def panel_url(self) -> str:
        """Where its notes panel loads from: its page, naming the passage it is shown against."""
        return f"{self.url}?partner={self.partner_id}" if self.partner_id else self.url


@dataclass
class Paragraph:
    number: int
    passages: list[PassageView]


def passage_url_prefix(article: Article) -> str:
    """Passage pages' address without the number: one reverse() per article, not per passage."""
    first = reverse("coverage:passage_detail", args=[article.event.slug, article.pk, 1])
    return first.removesuffix("1/")


def article_reading(*, article: Article, notes: dict | None = None) -> list[Paragraph]:
    """The article's passages in paragraphs, each with what ``notes`` (by passage id)
    holds for it."""
    notes = notes or {}
    prefix = passage_url_prefix(article)
    passages = list(article.passages.order_by("index"))
    for passage in passages:
        # Known already: the page reads its language and address without a query each.
        passage.article = article
    return [
        Paragraph(
            number=number + 1,
            passages=[PassageView(p, notes.get(p.pk), url=f"{prefix}{p.number}/") for p in group],
        )
        for number, group in groupby(passages, key=lambda p: p.paragraph)
    ]
