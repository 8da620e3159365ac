"""Reads for an article's own page: its passages in paragraphs, with notes."""

from dataclasses import dataclass, field
from itertools import groupby

from mediacompare.coverage.models import Article, Passage, PassageLink
from mediacompare.notes.models import Note
from mediacompare.notes.selectors import notes_for_articles


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
