"""Writes of the review app: editors' decisions on links and passages.

Every decision is recorded (who, when, the texts of its passages) and applied to
coverage's links at once, in one transaction. Decisions then hold through whatever
changes the articles: coverage sends ``article_resplit`` after a re-split, and
:func:`on_article_resplit` re-finds each decision by its passages' text (or flags it);
coverage asks ``excluded_link_pairs`` before storing automatic links, and
:func:`on_excluded_link_pairs` names the pairs an editor rejected.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q

from mediacompare.alignment import kinds
from mediacompare.alignment.diff import word_diff
from mediacompare.coverage.languages import base_language
from mediacompare.coverage.models import Article, Passage, PassageLink
from mediacompare.coverage.revision import event_changed
from mediacompare.review.models import LinkDecision, PassageDecision, State
from mediacompare.review.rules import may_review

Action = LinkDecision.Action
# A link drawn by an editor stands on their judgement, not on a computed similarity.
DRAWN_SCORE = 1.0


class ReviewError(ValidationError):
    """A decision that cannot be made as asked; nothing is written."""


def _require_editor(editor) -> None:
    if not may_review(editor):
        raise PermissionError("Only editors may review links.")


def _ordered(first: Passage, second: Passage) -> tuple[Passage, Passage]:
    return (first, second) if first.article_id < second.article_id else (second, first)


def _check_pair(first: Passage, second: Passage) -> None:
    if first.article_id == second.article_id:
        raise ReviewError("Both passages are in the same article: a link joins two articles.")
    if first.article.event_id != second.article.event_id:
        raise ReviewError("The passages belong to different events.")


def _check_kind(kind: str, first: Passage, second: Passage) -> None:
    if kind not in kinds.KINDS:
        raise ReviewError(f"Unknown link kind “{kind}”: choose one of {', '.join(kinds.KINDS)}.")
    across = base_language(first.article.language) != base_language(second.article.language)
    if across and kind != kinds.TRANSLATION:
        raise ReviewError("The passages are in different languages: the link is a translation.")
    if not across and kind == kinds.TRANSLATION:
        raise ReviewError(
            "The passages are in the same language: a link between them is not a translation."
        )


def _supersede(first: Passage, second: Passage) -> None:
    LinkDecision.objects.filter(passage_a=first, passage_b=second, state=State.ACTIVE).update(
        state=State.SUPERSEDED
    )


def _keep_link(first: Passage, second: Passage, kind: str, link: PassageLink | None) -> None:
    """Make the link between ``first`` and ``second`` an editor's, of ``kind``."""
    if link is None:
        same_language = base_language(first.article.language) == base_language(
            second.article.language
        )
        link = PassageLink(
            article_a_id=first.article_id,
            article_b_id=second.article_id,
            passage_a=first,
            passage_b=second,
            score=DRAWN_SCORE,
            diff=word_diff(first.text, second.text) if same_language else [],
        )
    if kind == kinds.TRANSLATION:
        link.diff = []
    link.kind, link.origin = kind, PassageLink.Origin.EDITOR
    link.full_clean()
    link.save()


@transaction.atomic
def link_decide(
    *, editor, passage: Passage, partner: Passage, action: str, kind: str = ""
) -> LinkDecision:
    """Record and apply an editor's decision on the pair ``passage`` ~ ``partner``:

    - ``confirm``: the link stands as it is (its kind included);
    - ``retype``: the link stands, of ``kind``;
    - ``draw``: a link of ``kind`` joins them (or their link becomes of ``kind``);
    - ``reject``: they are not linked, and realignment never links them again.

    The decision in force on the pair before, if any, is kept as history.
    """
    _require_editor(editor)
    if action not in Action.values:
        raise ReviewError(f"Unknown decision “{action}”: confirm, reject, retype or draw.")
    first, second = _ordered(passage, partner)
    _check_pair(first, second)
    link = PassageLink.objects.select_for_update().filter(passage_a=first, passage_b=second).first()
    if action in (Action.CONFIRM, Action.RETYPE) and link is None:
        raise ReviewError("These passages are not linked: draw a link instead.")
    if action == Action.CONFIRM:
        kind = link.kind
    elif action == Action.REJECT:
        kind = ""
    else:
        _check_kind(kind, first, second)
    if action != Action.REJECT and (first.is_boilerplate or second.is_boilerplate):
        raise ReviewError("A passage marked not content is never linked: mark it as content first.")
    _supersede(first, second)
    decision = LinkDecision(
        event_id=first.article.event_id,
        article_a_id=first.article_id,
        article_b_id=second.article_id,
        passage_a=first,
        passage_b=second,
        text_a=first.text,
        text_b=second.text,
        action=action,
        kind=kind,
        previous_kind=link.kind if link else "",
        score=link.score if link and link.origin == PassageLink.Origin.AUTOMATIC else None,
        decided_by=editor,
    )
    decision.full_clean()
    decision.save()
    if action == Action.REJECT:
        if link is not None:
            link.delete()
    else:
        _keep_link(first, second, kind, link)
    event_changed(first.article.event_id)
    return decision


@transaction.atomic
def decision_dismiss(*, editor, decision: LinkDecision | PassageDecision) -> None:
    """An editor has seen a flagged decision and lets it go (it stays as history)."""
    _require_editor(editor)
    if decision.state != State.FLAGGED:
        raise ReviewError("Only a flagged decision can be dismissed.")
    decision.state = State.SUPERSEDED
    decision.save(update_fields=["state"])


@transaction.atomic
def passage_mark(*, editor, passage: Passage, is_boilerplate: bool) -> PassageDecision:
    """Record that ``passage`` is not content (``is_boilerplate``) or is content, and
    apply it: the coverage matrix and comparison follow the passage's flag, and a passage
    marked not content loses its automatic links (editors' links stay theirs to reject)."""
    _require_editor(editor)
    PassageDecision.objects.filter(passage=passage, state=State.ACTIVE).update(
        state=State.SUPERSEDED
    )
    decision = PassageDecision(
        article_id=passage.article_id,
        passage=passage,
        text=passage.text,
        is_boilerplate=is_boilerplate,
        decided_by=editor,
    )
    decision.full_clean()
    decision.save()
    Passage.objects.filter(pk=passage.pk).update(is_boilerplate=is_boilerplate)
    passage.is_boilerplate = is_boilerplate
    if is_boilerplate:
        PassageLink.objects.filter(
            Q(passage_a=passage) | Q(passage_b=passage), origin=PassageLink.Origin.AUTOMATIC
        ).delete()
    event_changed(passage.article.event_id)
    return decision


def _gone(article: Article, text: str) -> str:
    return f"{article.outlet.name} no longer has this passage: “{text[:200]}”"


def decisions_refind(*, article: Article) -> tuple[int, int]:
    """After ``article`` was re-split: re-find each decision in force on its passages by
    their text (exact, in the same article), moving it and its link to the passage now
    holding that text; a decision whose text is gone is flagged for review and its link
    removed (it joined a text no editor judged). Returns (moved, flagged)."""
    by_text: dict[str, list[Passage]] = {}
    for row in Passage.objects.filter(article=article).order_by("index"):
        by_text.setdefault(row.text, []).append(row)
    article = Article.objects.select_related("outlet").get(pk=article.pk)
    moved = flagged = 0

    def refound(current_id: int | None, text: str) -> Passage | None:
        rows = by_text.get(text, [])
        for row in rows:
            if row.pk == current_id:
                return row
        return rows[0] if rows else None

    decisions = LinkDecision.objects.filter(
        Q(article_a=article) | Q(article_b=article), state=State.ACTIVE
    ).select_for_update()
    for decision in decisions:
        old = (decision.passage_a_id, decision.passage_b_id)
        new = list(old)
        gone = ""
        for side, article_id, text in (
            (0, decision.article_a_id, decision.text_a),
            (1, decision.article_b_id, decision.text_b),
        ):
            if article_id != article.pk:
                continue
            row = refound(old[side], text)
            if row is None:
                gone = _gone(article, text)
            else:
                new[side] = row.pk
        if tuple(new) == old and not gone:
            continue
        if decision.keeps_link and None not in old:
            PassageLink.objects.filter(
                passage_a_id=old[0], passage_b_id=old[1], origin=PassageLink.Origin.EDITOR
            ).delete()
        if gone or None in new:
            decision.state = State.FLAGGED
            decision.flagged_because = gone or "The other passage of this decision is gone."
            decision.save(update_fields=["state", "flagged_because"])
            flagged += 1
            continue
        LinkDecision.objects.filter(
            passage_a_id=new[0], passage_b_id=new[1], state=State.ACTIVE
        ).exclude(pk=decision.pk).update(state=State.SUPERSEDED)
        decision.passage_a_id, decision.passage_b_id = new
        decision.save(update_fields=["passage_a", "passage_b"])
        if decision.keeps_link:
            first = Passage.objects.select_related("article").get(pk=new[0])
            second = Passage.objects.select_related("article").get(pk=new[1])
            link = PassageLink.objects.filter(passage_a=first, passage_b=second).first()
            _keep_link(first, second, decision.kind, link)
        moved += 1

    for decision in PassageDecision.objects.filter(article=article, state=State.ACTIVE):
        row = refound(decision.passage_id, decision.text)
        if row is None:
            decision.state = State.FLAGGED
            decision.flagged_because = _gone(article, decision.text)
            decision.save(update_fields=["state", "flagged_because"])
            flagged += 1
            continue
        if row.pk != decision.passage_id:
            decision.passage = row
            decision.save(update_fields=["passage"])
            moved += 1
        if row.is_boilerplate != decision.is_boilerplate:
            # The segmenter's verdict came back with the re-split: the editor's stands.
            Passage.objects.filter(pk=row.pk).update(is_boilerplate=decision.is_boilerplate)
    return moved, flagged


def on_article_resplit(sender, *, article: Article, **kwargs) -> None:
    decisions_refind(article=article)


def on_excluded_link_pairs(sender, *, involving: Q, **kwargs) -> set[tuple[int, int]]:
    """The pairs an editor rejected, among the articles ``involving`` names."""
    return set(
        LinkDecision.objects.filter(involving, state=State.ACTIVE, action=Action.REJECT)
        .exclude(passage_a=None)
        .exclude(passage_b=None)
        .values_list("passage_a_id", "passage_b_id")
    )
