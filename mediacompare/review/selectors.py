"""Reads of the review app: a passage's links and history, and an event's review queue."""

from dataclasses import dataclass

import numpy as np
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Q

from mediacompare.alignment import embed, kinds
from mediacompare.coverage.models import Article, Comparison, Event, Passage, PassageLink
from mediacompare.review.models import LinkDecision, PassageDecision, State

# A pivot passage no link joins to an article it was compared with is "left out" in the
# matrix; it goes in the queue when that article has a passage at least this similar
# (cosine of the stored sentence embeddings).
LIKELY_PARTNER = 0.6
QUEUE_PAGE = 20
CACHE_SECONDS = 24 * 3600


@dataclass
class LinkRow:
    """One link of a passage, as its page lists it: the passage at the other end."""

    link: PassageLink
    partner: Passage

    @property
    def is_reviewed(self) -> bool:
        return self.link.origin == PassageLink.Origin.EDITOR


def passage_links(*, passage: Passage) -> list[LinkRow]:
    """The links of ``passage``, strongest kind first, with the passage at the other end
    and its article and outlet. One query."""
    links = (
        PassageLink.objects.filter(Q(passage_a=passage) | Q(passage_b=passage))
        .select_related(
            "passage_a__article__outlet",
            "passage_a__article__event",
            "passage_b__article__outlet",
            "passage_b__article__event",
        )
        .order_by("article_a_id", "article_b_id", "-score")
    )
    rows = []
    for link in links:
        partner = link.passage_b if link.passage_a_id == passage.pk else link.passage_a
        rows.append(LinkRow(link, partner))
    order = {kind: n for n, kind in enumerate(kinds.KINDS)}
    return sorted(rows, key=lambda row: (order.get(row.link.kind, 99), row.partner.article_id))


@dataclass
class HistoryEntry:
    decision: LinkDecision | PassageDecision
    # The passage at the other end, for a link decision: its text as judged.
    partner_text: str = ""
    partner_article: Article | None = None


def passage_history(*, passage: Passage) -> list[HistoryEntry]:
    """Every decision editors made on ``passage`` (its links, and whether it is
    content), newest first, superseded and flagged ones included. Two queries."""
    entries = []
    for decision in LinkDecision.objects.filter(
        Q(passage_a=passage) | Q(passage_b=passage)
    ).select_related("decided_by", "article_a__outlet", "article_b__outlet"):
        if decision.passage_a_id == passage.pk:
            entries.append(HistoryEntry(decision, decision.text_b, decision.article_b))
        else:
            entries.append(HistoryEntry(decision, decision.text_a, decision.article_a))
    entries += [
        HistoryEntry(decision)
        for decision in PassageDecision.objects.filter(passage=passage).select_related("decided_by")
    ]
    return sorted(entries, key=lambda e: (e.decision.decided_at, e.decision.pk), reverse=True)


@dataclass
class QueueItem:
    """Something for an editor to check: a flagged decision, an automatic link, or a
    pivot passage left out although the other article has a likely partner for it."""

    why: str
    first: Passage
    second: Passage | None
    link: PassageLink | None = None
    similarity: float | None = None
    decision: LinkDecision | PassageDecision | None = None
    # Where its forms send the editor back: this item's place in the queue.
    next_url: str = ""

    @property
    def is_flagged(self) -> bool:
        return self.decision is not None

    @property
    def is_candidate(self) -> bool:
        return self.link is None and self.decision is None


@dataclass
class ReviewQueue:
    page: object
    items: list[QueueItem]
    reviewed: int
    pending: int
    flagged: int


def _likely_partners(event: Event, pivot: Article, links: list[tuple]) -> list[tuple]:
    """(pivot passage id, partner id, similarity) for each pivot passage left out by an
    article it was compared with that has a passage at least LIKELY_PARTNER similar.
    Kept in the cache under the event's revision (it changes with passages and links)."""
    key = f"review-likely:{event.pk}:{event.revision}:{pivot.pk}"
    found = cache.get(key)
    if found is not None:
        return found
    rows = list(
        Passage.objects.filter(article__event=event, is_boilerplate=False)
        .exclude(embedding=None)
        .filter(embedding_model=embed.MODEL_ID)
        .values_list("pk", "article_id", "embedding")
    )
    compared = set()
    for a, b in Comparison.objects.filter(
        Q(article_a=pivot) | Q(article_b=pivot), compared=True
    ).values_list("article_a_id", "article_b_id"):
        compared.add(b if a == pivot.pk else a)
    linked = set()
    for passage_a, passage_b, article_a, article_b in links:
        if article_a == pivot.pk:
            linked.add((passage_a, article_b))
        elif article_b == pivot.pk:
            linked.add((passage_b, article_a))
    pivot_rows = [(pk, blob) for pk, article_id, blob in rows if article_id == pivot.pk]
    others = [(pk, article_id, blob) for pk, article_id, blob in rows if article_id in compared]
    found = []
    if pivot_rows and others:
        # The passage's own vector is the first of its blob (its clauses follow).
        left = np.stack([embed.unpack(blob)[0] for _, blob in pivot_rows])
        right = np.stack([embed.unpack(blob)[0] for _, _, blob in others])
        similarity = left @ right.T
        owners = np.array([article_id for _, article_id, _ in others])
        for i, (pivot_passage, _) in enumerate(pivot_rows):
            for article_id in compared:
                if (pivot_passage, article_id) in linked:
                    continue
                columns = np.flatnonzero(owners == article_id)
                if not len(columns):
                    continue
                best = columns[int(np.argmax(similarity[i, columns]))]
                if similarity[i, best] >= LIKELY_PARTNER:
                    found.append((pivot_passage, others[best][0], float(similarity[i, best])))
    found.sort(key=lambda row: -row[2])
    cache.set(key, found, CACHE_SECONDS)
    return found


def _passages(ids) -> dict[int, Passage]:
    return {
        p.pk: p
        for p in Passage.objects.filter(pk__in=set(ids)).select_related(
            "article__outlet", "article__event"
        )
    }


def review_queue(*, event: Event, pivot: Article | None, page: int = 1) -> ReviewQueue:
    """What an editor should check in ``event``, most worth checking first: decisions
    flagged because their text is gone; pivot passages the matrix calls left out that
    have a likely partner; then the automatic links, lowest score first (paraphrases and
    translations are scored lowest). A page of QUEUE_PAGE at a time, in a fixed number
    of queries."""
    flagged_links = list(
        LinkDecision.objects.filter(event=event, state=State.FLAGGED).select_related(
            "decided_by",
            "passage_a__article__outlet",
            "passage_a__article__event",
            "passage_b__article__outlet",
            "passage_b__article__event",
            "article_a__outlet",
            "article_b__outlet",
        )
    )
    flagged_passages = list(
        PassageDecision.objects.filter(article__event=event, state=State.FLAGGED).select_related(
            "decided_by", "article__outlet"
        )
    )
    links = list(
        PassageLink.objects.filter(article_a__event=event).values_list(
            "pk",
            "passage_a_id",
            "passage_b_id",
            "article_a_id",
            "article_b_id",
            "kind",
            "score",
            "origin",
        )
    )
    rejected = set(
        LinkDecision.objects.filter(event=event, state=State.ACTIVE, action="reject").values_list(
            "passage_a_id", "passage_b_id"
        )
    )
    candidates = []
    if pivot is not None:
        candidates = [
            row
            for row in _likely_partners(event, pivot, [link[1:5] for link in links])
            if (row[0], row[1]) not in rejected and (row[1], row[0]) not in rejected
        ]
    automatic = sorted(
        (link for link in links if link[7] == PassageLink.Origin.AUTOMATIC),
        key=lambda link: (link[6], link[0]),
    )
    refs = (
        [("flagged", decision) for decision in flagged_links]
        + [("flagged-passage", decision) for decision in flagged_passages]
        + [("candidate", row) for row in candidates]
        + [("link", link[0]) for link in automatic]
    )
    paginator = Paginator(refs, QUEUE_PAGE)
    shown = paginator.get_page(page)
    link_ids = [ref for what, ref in shown if what == "link"]
    stored = {
        link.pk: link
        for link in PassageLink.objects.filter(pk__in=link_ids).select_related(
            "passage_a__article__outlet",
            "passage_a__article__event",
            "passage_b__article__outlet",
            "passage_b__article__event",
        )
    }
    partners = _passages(id_ for what, ref in shown if what == "candidate" for id_ in ref[:2])
    items = []
    for what, ref in shown:
        if what == "flagged":
            items.append(QueueItem(ref.flagged_because, ref.passage_a, ref.passage_b, decision=ref))
        elif what == "flagged-passage":
            items.append(QueueItem(ref.flagged_because, None, None, decision=ref))
        elif what == "candidate":
            items.append(
                QueueItem(
                    "Left out, with a likely partner",
                    partners[ref[0]],
                    partners[ref[1]],
                    similarity=ref[2],
                )
            )
        elif ref in stored:
            link = stored[ref]
            items.append(
                QueueItem(
                    f"{link.get_kind_display()}, score {link.score:.2f}",
                    link.passage_a,
                    link.passage_b,
                    link=link,
                )
            )
    reviewed = LinkDecision.objects.filter(event=event, state=State.ACTIVE).count()
    return ReviewQueue(
        page=shown,
        items=items,
        reviewed=reviewed,
        pending=len(automatic) + len(candidates),
        flagged=len(flagged_links) + len(flagged_passages),
    )
