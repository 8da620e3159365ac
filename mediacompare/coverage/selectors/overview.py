"""Reads for an event's overview: what each article reproduces of the pivot."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from mediacompare.coverage.models import Article, Comparison, Event, Passage, PassageLink
from mediacompare.coverage.selectors.comparison import KIND_STRENGTH


@dataclass
class OutletCoverage:
    """How one article covers the pivot: the best link per pivot passage, and figures."""

    article: Article
    compared: bool
    # Why not, when not compared (Comparison.reason).
    reason: str = ""
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
    def translated_share(self) -> int:
        return self.share(PassageLink.Kind.TRANSLATION)

    @property
    def covered_share(self) -> int:
        return self.share(*KIND_STRENGTH)


@dataclass
class CoverageOverview:
    pivot: Article
    passages: list[Passage]
    outlets: list[OutletCoverage]

    @property
    def across_languages(self) -> list[OutletCoverage]:
        """The outlets compared with the pivot in another language than its own: their
        links rest on meaning alone (the matrix's legend says how often they are missed)."""
        pivot = self.pivot.base_language
        return [o for o in self.outlets if o.compared and o.article.base_language != pivot]


def _ranges(numbers: list[int]) -> str:
    """``[4, 5, 6, 7, 9]`` as ``"4–7, 9"``."""
    spans: list[list[int]] = []
    for number in numbers:
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    return ", ".join(f"{a}–{b}" if a != b else f"{a}" for a, b in spans)


def best_kinds(*, pivot: Article) -> dict[tuple[int, int], str]:
    """The strongest link kind of each pivot passage to each other article:
    ``{(pivot passage id, article id): kind}``. One query."""
    best: dict[tuple[int, int], str] = {}
    touching_pivot = PassageLink.objects.filter(Q(article_a=pivot) | Q(article_b=pivot))
    for a_id, b_id, article_a, article_b, kind in touching_pivot.values_list(
        "passage_a_id", "passage_b_id", "article_a_id", "article_b_id", "kind"
    ):
        key = (a_id, article_b) if article_a == pivot.pk else (b_id, article_a)
        # A kind the strengths do not know yet (a new one) counts as the weakest.
        best[key] = max(best.get(key, kind), kind, key=lambda k: KIND_STRENGTH.get(k, 0))
    return best


def by_coverage_strength(*, pivot: Article, articles: list[Article]) -> list[Article]:
    """The other articles, those reproducing most of the pivot first: the sum over its
    passages of their best link's strength (verbatim 4 down to paraphrase 1). Ties go to
    the pivot's language, then to the earlier article. One query."""
    strength: dict[int, int] = defaultdict(int)
    for (_passage, article_id), kind in best_kinds(pivot=pivot).items():
        strength[article_id] += KIND_STRENGTH.get(kind, 0)
    others = [article for article in articles if article.pk != pivot.pk]
    return sorted(
        others,
        key=lambda a: (-strength[a.pk], a.base_language != pivot.base_language),
    )


def event_coverage(*, event: Event, articles: list[Article], pivot: Article) -> CoverageOverview:
    """What each article reproduces of the pivot, passage by passage, and what it adds.

    Four queries whatever the size of the event: the pivot's passages, the links
    touching the pivot, the passages no link touches (additions unique to one
    article), and which articles were compared with the pivot.
    """
    passages = list(pivot.passages.filter(is_boilerplate=False).order_by("index"))
    best = best_kinds(pivot=pivot)

    unique = (
        Passage.objects.filter(article__event=event, is_boilerplate=False)
        .exclude(pk__in=PassageLink.objects.filter(article_a__event=event).values("passage_a"))
        .exclude(pk__in=PassageLink.objects.filter(article_a__event=event).values("passage_b"))
        .order_by("article_id", "index")
    )
    additions: dict[int, list[Passage]] = defaultdict(list)
    for passage in unique:
        additions[passage.article_id].append(passage)

    # Pairs the engine could not compare (a language the model lacks) are "not
    # compared", never "left out"; pairs never aligned yet count within one language.
    recorded = {
        (b if a == pivot.pk else a): (compared, reason)
        for a, b, compared, reason in Comparison.objects.filter(
            Q(article_a=pivot) | Q(article_b=pivot)
        ).values_list("article_a_id", "article_b_id", "compared", "reason")
    }
    outlets = []
    for article in articles:
        if article.pk == pivot.pk:
            continue
        compared, reason = recorded.get(
            article.pk,
            (article.base_language == pivot.base_language, f"written in {article.language}"),
        )
        kinds = [best.get((p.pk, article.pk)) if compared else None for p in passages]
        covered_paragraphs = {p.paragraph for p, kind in zip(passages, kinds, strict=True) if kind}
        left_out = sorted({p.paragraph + 1 for p in passages} - {n + 1 for n in covered_paragraphs})
        outlets.append(
            OutletCoverage(
                article=article,
                compared=compared,
                reason=reason,
                passages=passages,
                kinds=kinds,
                left_out_paragraphs=_ranges(left_out) if compared else "",
                additions=additions.get(article.pk, []) if compared else [],
            )
        )
    return CoverageOverview(pivot=pivot, passages=passages, outlets=outlets)
