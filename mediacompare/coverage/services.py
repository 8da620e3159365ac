"""Writes to coverage: articles, their passages and the links between passages.

Splitting and aligning happen here, never in ``save()`` or signals, so that
every way in (admin, import, command, tests) goes through the same rules.
"""

import difflib
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q

from mediacompare import alignment
from mediacompare.alignment.diff import word_diff
from mediacompare.coverage import signals
from mediacompare.coverage.models import Article, Event, Outlet, Passage, PassageLink
from mediacompare.coverage.revision import event_changed

# Kept passages are parked at these indices while being renumbered, so the
# (article, index) unique constraint holds at every step.
_PARKING_OFFSET = 1_000_000


def normalise_body(body: str) -> str:
    """Line endings as ``\\n`` and no trailing blank space: offsets must be stable."""
    return body.replace("\r\n", "\n").replace("\r", "\n").strip()


@transaction.atomic
def article_create(
    *,
    event: Event,
    outlet: Outlet,
    title: str,
    body: str,
    language: str,
    source_url: str = "",
    byline: str = "",
    published_at=None,
    published_approximate: bool = False,
    is_excerpt: bool = False,
    is_primary: bool = False,
    translated_from: str = "",
) -> Article:
    """Create an article, split it into passages and align it with its event's others."""
    article = Article(
        event=event,
        outlet=outlet,
        title=title,
        body=normalise_body(body),
        language=language,
        source_url=source_url,
        byline=byline,
        published_at=published_at,
        published_approximate=published_approximate,
        is_excerpt=is_excerpt,
        is_primary=is_primary,
        translated_from=translated_from,
    )
    article.full_clean()
    article.save()
    article_split(article=article)
    article_align(article=article)
    return article


@transaction.atomic
def article_update(*, article: Article, **fields) -> Article:
    """Change an article's fields; a changed body or language is re-split and re-aligned."""
    if "body" in fields:
        fields["body"] = normalise_body(fields["body"])
    previous = Article.objects.only("body", "language").get(pk=article.pk)
    for name, value in fields.items():
        setattr(article, name, value)
    article.full_clean()
    article.save()
    if article.body != previous.body or article.language != previous.language:
        article_split(article=article)
        article_align(article=article)
    return article


@transaction.atomic
def article_save(*, article: Article) -> Article:
    """Save an article edited in place (as the admin does), then split and align it."""
    article.body = normalise_body(article.body)
    article.full_clean()
    article.save()
    article_split(article=article)
    article_align(article=article)
    return article


@dataclass(frozen=True)
class SplitResult:
    kept: int
    changed: int
    created: int
    removed: int

    @property
    def changed_anything(self) -> bool:
        return bool(self.changed or self.created or self.removed)


@transaction.atomic
def article_split(*, article: Article) -> SplitResult:
    """Bring the article's passages in line with its body.

    Passages whose text is unchanged keep their row (and so their notes and editor
    links); changed passages are updated in place, pairwise within a changed block;
    passages that disappear hand their notes to the nearest remaining passage
    before they go. Notes anchored to a text span are then re-anchored.
    """
    segments = alignment.segment(article.body, language=article.language)
    old = list(article.passages.order_by("index"))
    matcher = difflib.SequenceMatcher(
        a=[p.text for p in old], b=[s.text for s in segments], autojunk=False
    )
    row_for_segment: dict[int, Passage] = {}
    # Old passages that disappear, with the new segment nearest to where they stood.
    removed: list[tuple[Passage, int]] = []
    for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
        paired = min(i2 - i1, j2 - j1)
        for offset in range(paired):
            row_for_segment[j1 + offset] = old[i1 + offset]
        for offset in range(paired, i2 - i1):
            removed.append((old[i1 + offset], min(j1 + paired, len(segments) - 1)))

    def fields_of(index: int) -> dict:
        segment = segments[index]
        return {
            "index": index,
            "paragraph": segment.paragraph,
            "start": segment.start,
            "end": segment.end,
            "text": segment.text,
            "is_boilerplate": segment.is_boilerplate,
        }

    changed = [
        row
        for index, row in row_for_segment.items()
        if any(getattr(row, name) != value for name, value in fields_of(index).items())
    ]
    parked = changed + [passage for passage, _ in removed]
    if parked:
        for row in parked:
            row.index += _PARKING_OFFSET
        Passage.objects.bulk_update(parked, ["index"])
    if changed:
        for index, row in row_for_segment.items():
            for name, value in fields_of(index).items():
                setattr(row, name, value)
        Passage.objects.bulk_update(changed, list(fields_of(0)))

    created = Passage.objects.bulk_create(
        Passage(article=article, **fields_of(index))
        for index in range(len(segments))
        if index not in row_for_segment
    )

    if removed:
        rows_by_index = {p.index: p for p in [*row_for_segment.values(), *created]}
        for passage, nearest in removed:
            if rows_by_index:
                closest = min(rows_by_index, key=lambda i: abs(i - nearest))
                signals.passage_removed.send(
                    sender=Passage, passage=passage, successor=rows_by_index[closest]
                )
        Passage.objects.filter(pk__in=[p.pk for p, _ in removed]).delete()

    result = SplitResult(
        kept=len(row_for_segment) - len(changed),
        changed=len(changed),
        created=len(created),
        removed=len(removed),
    )
    if result.changed_anything:
        signals.article_resplit.send(sender=Article, article=article)
        event_changed(article.event_id)
    return result


def _as_segment(passage: Passage) -> alignment.Passage:
    return alignment.Passage(
        index=passage.index,
        start=passage.start,
        end=passage.end,
        paragraph=passage.paragraph,
        text=passage.text,
    )


def _same_language(first: Article, second: Article) -> bool:
    return first.base_language == second.base_language


def _links_between(
    side_a: list[Passage], side_b: list[Passage], editor_pairs: set[tuple[int, int]]
) -> list[PassageLink]:
    """Unsaved automatic links between two articles' passages (side a has the lower id)."""
    if not side_a or not side_b:
        return []
    result = alignment.align_segments(
        [_as_segment(p) for p in side_a], [_as_segment(p) for p in side_b]
    )
    links = []
    for link in result.links:
        one_to_one = len(link.a) == 1 and len(link.b) == 1
        for i in link.a:
            for j in link.b:
                pa, pb = side_a[i], side_b[j]
                if (pa.pk, pb.pk) in editor_pairs:
                    continue
                links.append(
                    PassageLink(
                        article_a_id=pa.article_id,
                        article_b_id=pb.article_id,
                        passage_a=pa,
                        passage_b=pb,
                        kind=link.kind,
                        score=round(min(max(link.score, 0.0), 1.0), 4),
                        origin=PassageLink.Origin.AUTOMATIC,
                        diff=link.diff if one_to_one else word_diff(pa.text, pb.text),
                    )
                )
    return links


def _editor_pairs(involving: Q) -> set[tuple[int, int]]:
    return set(
        PassageLink.objects.filter(involving, origin=PassageLink.Origin.EDITOR).values_list(
            "passage_a_id", "passage_b_id"
        )
    )


@transaction.atomic
def article_align(*, article: Article) -> int:
    """Recompute the automatic links between an article and its event's other articles.

    Only articles in the same language are aligned: the engine is lexical. Links an
    editor drew or confirmed are kept as they are and never duplicated.
    Returns the number of automatic links stored.
    """
    involving = Q(article_a=article) | Q(article_b=article)
    PassageLink.objects.filter(involving, origin=PassageLink.Origin.AUTOMATIC).delete()
    editor_pairs = _editor_pairs(involving)
    mine = list(article.passages.order_by("index"))
    others = Article.objects.filter(event_id=article.event_id).exclude(pk=article.pk)
    links: list[PassageLink] = []
    for other in others.prefetch_related("passages"):
        if not _same_language(article, other):
            continue
        theirs = sorted(other.passages.all(), key=lambda p: p.index)
        side_a, side_b = (mine, theirs) if article.pk < other.pk else (theirs, mine)
        links.extend(_links_between(side_a, side_b, editor_pairs))
    PassageLink.objects.bulk_create(links)
    event_changed(article.event_id)
    return len(links)


@transaction.atomic
def event_realign(*, event: Event) -> int:
    """Re-split every article of an event and recompute all its automatic links.

    Each pair of articles is aligned once. Returns the number of links stored.
    """
    articles = list(event.articles.order_by("pk"))
    for article in articles:
        article_split(article=article)
    involving = Q(article_a__event=event)
    PassageLink.objects.filter(involving, origin=PassageLink.Origin.AUTOMATIC).delete()
    editor_pairs = _editor_pairs(involving)
    passages = {a.pk: list(a.passages.order_by("index")) for a in articles}
    links: list[PassageLink] = []
    for position, first in enumerate(articles):
        for second in articles[position + 1 :]:
            if _same_language(first, second):
                links.extend(_links_between(passages[first.pk], passages[second.pk], editor_pairs))
    PassageLink.objects.bulk_create(links)
    event_changed(event.pk)
    return len(links)
