"""Reads of the API app: who a token belongs to, a user's tokens, and the lists the
endpoints page through."""

import datetime

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery

from mediacompare.api.models import ApiToken
from mediacompare.api.services import TOKEN_PREFIX, token_digest
from mediacompare.coverage.models import Article, Comparison, Event, Outlet, Passage, PassageLink
from mediacompare.notes.models import Note
from mediacompare.notes.selectors import notes_visible_to
from mediacompare.review.models import LinkDecision, State

# Longer than any secret token_create makes: anything longer is refused unread.
SECRET_MAX_LENGTH = 100


def token_for_secret(secret: str) -> ApiToken | None:
    """The token with this secret, with its (active) user; None for any other string."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > SECRET_MAX_LENGTH:
        return None
    token = ApiToken.objects.select_related("user").filter(digest=token_digest(secret)).first()
    if token is None or not token.user.is_active:
        return None
    return token


def tokens_of(user) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user).order_by("-created_at", "-id")


# Reads of coverage and notes for the API's lists: querysets in the API's terms, each
# filtered as asked; the endpoints page them (pagination.py) and never query themselves.


def events_listed(*, q: str = "", date_from=None, date_to=None) -> QuerySet[Event]:
    """Events whose title or summary contain ``q`` and whose days overlap the range."""
    events = Event.objects.all()
    if q:
        events = events.filter(Q(title__icontains=q) | Q(summary__icontains=q))
    if date_to is not None:
        events = events.filter(starts_on__lte=date_to)
    if date_from is not None:
        events = events.filter(
            Q(ends_on__gte=date_from) | Q(ends_on=None, starts_on__gte=date_from)
        )
    return events


def event_detail(*, pk: int) -> Event | None:
    return (
        Event.objects.annotate(
            article_count=Count("articles", distinct=True),
            outlet_count=Count("articles__outlet", distinct=True),
        )
        .filter(pk=pk)
        .first()
    )


def outlets_listed() -> QuerySet[Outlet]:
    return Outlet.objects.all()


def _day_start(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=datetime.UTC)


def articles_listed(
    *,
    event_id: int | None = None,
    outlet_id: int | None = None,
    language: str = "",
    published_from: datetime.date | None = None,
    published_to: datetime.date | None = None,
    with_body: bool = False,
) -> QuerySet[Article]:
    """Articles, filtered; published dates are UTC days, both ends included."""
    articles = Article.objects.select_related("event")
    if not with_body:
        articles = articles.defer("body")
    if event_id is not None:
        articles = articles.filter(event_id=event_id)
    if outlet_id is not None:
        articles = articles.filter(outlet_id=outlet_id)
    if language:
        articles = articles.filter(language=language)
    if published_from is not None:
        articles = articles.filter(published_at__gte=_day_start(published_from))
    # The last day there is has no next day: nothing is published after it anyway.
    if published_to is not None and published_to < datetime.date.max:
        next_day = _day_start(published_to) + datetime.timedelta(days=1)
        articles = articles.filter(published_at__lt=next_day)
    return articles


def article_passages(*, article: Article) -> QuerySet[Passage]:
    return Passage.objects.filter(article=article).defer("embedding", "embedding_model")


def links_listed(
    *,
    event_id: int | None = None,
    article_id: int | None = None,
    pair: tuple[int, int] | None = None,
    kind: str = "",
    origin: str = "",
) -> QuerySet[PassageLink]:
    """Passage links, filtered; a pair of articles in either order (stored lower id first).

    Each with ``decision``: the action of the editor's decision in force on its pair of
    passages (confirm, retype, draw), None when no editor reviewed it.
    """
    in_force = LinkDecision.objects.filter(
        passage_a=OuterRef("passage_a"), passage_b=OuterRef("passage_b"), state=State.ACTIVE
    )
    links = PassageLink.objects.defer("diff").annotate(
        decision=Subquery(in_force.values("action")[:1])
    )
    if event_id is not None:
        links = links.filter(article_a__event_id=event_id)
    if article_id is not None:
        links = links.filter(Q(article_a_id=article_id) | Q(article_b_id=article_id))
    if pair is not None:
        low, high = sorted(pair)
        links = links.filter(article_a_id=low, article_b_id=high)
    if kind:
        links = links.filter(kind=kind)
    if origin:
        links = links.filter(origin=origin)
    return links


def comparisons_listed(
    *, event_id: int | None = None, article_id: int | None = None, compared: bool | None = None
) -> QuerySet[Comparison]:
    comparisons = Comparison.objects.all()
    if event_id is not None:
        comparisons = comparisons.filter(article_a__event_id=event_id)
    if article_id is not None:
        comparisons = comparisons.filter(Q(article_a_id=article_id) | Q(article_b_id=article_id))
    if compared is not None:
        comparisons = comparisons.filter(compared=compared)
    return comparisons


def _for_annotations(notes: QuerySet[Note]) -> QuerySet[Note]:
    """These notes (not deleted ones) with what their W3C form reads (notes/exchange/
    jsonld.py: author, parent, passages with their article's body and event, tags), in a
    fixed number of queries whatever the page size.

    Passages are fetched beside the page rather than joined to it: notes_for_export's
    eleven-table join (both passages, their articles, events and outlets) cost the
    planner 10-25 ms on every page, more than running the page, even with no note at
    all; each query here joins three tables at most and reads no embedding or outlet.
    """
    passages = Passage.objects.select_related("article__event").defer(
        "embedding", "embedding_model"
    )
    return (
        notes.filter(deleted_at=None)
        .select_related("author", "parent")
        .prefetch_related(
            Prefetch("passage", queryset=passages),
            Prefetch("linked_passage", queryset=passages),
            "tags",
        )
    )


def annotations_listed(
    *, user, event_id: int | None = None, article_id: int | None = None, mine: bool = False
) -> QuerySet[Note]:
    """The notes ``user`` may see (the notes app's one rule), not deleted ones, with what
    their W3C form reads, filtered."""
    notes = notes_visible_to(user)
    if mine:
        notes = notes.filter(author=user) if user.is_authenticated else notes.none()
    if event_id is not None:
        notes = notes.filter(passage__article__event_id=event_id)
    if article_id is not None:
        notes = notes.filter(
            Q(passage__article_id=article_id) | Q(linked_passage__article_id=article_id)
        )
    return _for_annotations(notes).order_by("created_at", "id")


def annotation_detail(*, user, pk: int) -> Note | None:
    return _for_annotations(notes_visible_to(user)).filter(pk=pk).first()
