"""Reading views: events, articles, passages and side-by-side comparison."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from mediacompare import parameters
from mediacompare.coverage import columns, selectors
from mediacompare.coverage.forms import ComparisonForm
from mediacompare.coverage.models import Article, Event, Passage
from mediacompare.coverage.selectors.reading import PassageView
from mediacompare.navigation import safe_next_url, wants_fragment
from mediacompare.notes import interface as notes
from mediacompare.review import interface as review


@require_safe
def event_list(request):
    return render(request, "coverage/event_list.html", {"events": selectors.event_list()})


@require_safe
def method(request):
    return render(request, "coverage/method.html", {"method": selectors.method()})


@require_safe
def event_detail(request, slug):
    event = get_object_or_404(Event, slug=slug)
    articles = selectors.event_articles(event=event)
    pivot = selectors.default_pivot(articles=articles)
    has_coverage = pivot is not None and len(articles) > 1
    return render(
        request,
        "coverage/event_detail.html",
        {
            "event": event,
            "articles": articles,
            "outlets": selectors.event_outlets(articles=articles),
            "pivot": pivot,
            "has_coverage": has_coverage,
            "pending_alignment": selectors.pending_alignment(event=event),
            # Built only when the page's cached matrix and timeline are stale.
            "coverage": SimpleLazyObject(
                lambda: selectors.event_coverage(event=event, articles=articles, pivot=pivot)
            ),
            "timeline": SimpleLazyObject(lambda: selectors.event_timeline(articles=articles)),
            "cache_key": selectors.cache_key(event=event, articles=articles),
            "review_queue_url": review.queue_url(event) if review.may_review(request.user) else "",
            "language_accuracy": selectors.language_accuracy(),
        },
    )


def _article_or_404(slug: str, pk: int) -> Article:
    return get_object_or_404(
        Article.objects.select_related("event", "outlet"), pk=pk, event__slug=slug
    )


@require_safe
def article_detail(request, slug, pk):
    article = _article_or_404(slug, pk)
    return render(
        request,
        "coverage/article_detail.html",
        {
            "event": article.event,
            "article": article,
            "paragraphs": selectors.article_reading(
                article=article,
                notes=notes.passage_notes(
                    user=request.user, article_ids=[article.pk], threads=True
                ),
            ),
            "note_form": notes.NoteForm(),
            # The passage whose notes were just written to, without JavaScript: the
            # note forms come back here with ?notes=<number>, and its notes show open.
            "open_notes": parameters.optional_number(request.GET, "notes", minimum=1),
        },
    )


@require_safe
@vary_on_headers("HX-Request")
def passage_detail(request, slug, pk, number):
    """A passage's own page; its notes panel is the htmx fragment of this page."""
    article = _article_or_404(slug, pk)
    if number < 1:
        raise Http404("Passages are numbered from 1.")
    passage = get_object_or_404(Passage, article=article, index=number - 1)
    passage.article = article
    # A comparison asking for the panel names the passage this one is shown against, so
    # a note can go on their link.
    panel = notes.panel(
        passage=passage,
        user=request.user,
        next_url=safe_next_url(request, passage.get_absolute_url()),
        partner=parameters.optional_number(request.GET, "partner", minimum=1),
    )
    template = "coverage/passage_detail.html"
    if wants_fragment(request):
        # The notes panel, the text with its highlights after a note changed, or the
        # links and their review after an editor's decision.
        fragments = {"text": "#passage-text", "review": "#passage-review"}
        template += fragments.get(request.GET.get("fragment", ""), "#notes-panel")
    context = {"event": article.event, "article": article, **panel}
    context.update(
        review.passage_review(
            passage=passage, user=request.user, next_url=passage.get_absolute_url()
        )
    )
    context["view"] = PassageView(passage, panel["passage_notes"], url=request.path)
    return render(request, template, context)


def _default_columns(articles: list[Article], pivot: Article | None = None) -> dict:
    """The pivot and the article that reproduces most of it (not merely the first one)."""
    pivot = pivot or selectors.default_pivot(articles=articles)
    strongest = selectors.by_coverage_strength(pivot=pivot, articles=articles)[0]
    return {columns.KEYS[0]: pivot.pk, columns.KEYS[1]: strongest.pk}


def _columns_asked(query, articles: list[Article]) -> dict:
    """The columns the query names; the pivot alone (an article's "Compare this article
    with another") gets the article that reproduces most of it beside it."""
    data = query.dict()
    pivot = next((a for a in articles if str(a.pk) == data.get(columns.PIVOT)), None)
    if pivot is not None and not any(data.get(key) for key in columns.KEYS[1:]):
        data.update(_default_columns(articles, pivot))
    return data


@require_safe
@vary_on_headers("HX-Request")
def compare(request, slug):
    event = get_object_or_404(Event, slug=slug)
    articles = selectors.event_articles(event=event)
    context = {"event": event, "articles": articles}
    if len(articles) < 2:
        context["error"] = "This event has fewer than two articles to compare."
        return render(request, "coverage/compare.html", context, status=404)
    if any(key in request.GET for key in columns.KEYS):
        form = ComparisonForm(_columns_asked(request.GET, articles), articles=articles)
    else:
        form = ComparisonForm(
            {**_default_columns(articles), "diff": request.GET.get("diff", "")}, articles=articles
        )
    context["form"] = form
    if not form.is_valid():
        # htmx swaps 422 responses (see base.html), so the message shows in place.
        if wants_fragment(request):
            return render(request, "coverage/compare.html#comparison", context, status=422)
        return render(request, "coverage/compare.html", context, status=400)
    chosen = form.chosen_articles
    key = selectors.cache_key(event=event, articles=articles)
    comparison = selectors.comparison(
        articles=chosen, differences_only=form.cleaned_data["diff"], key=key
    )
    window = selectors.row_window(
        comparison,
        start=form.cleaned_data["start"] or 0,
        anchor=form.cleaned_data["row"],
        open_run=form.cleaned_data["open"],
    )
    fragment = request.GET.get("fragment", "") if wants_fragment(request) else ""
    run = None
    if fragment == "run":
        # The rows of a folded run, to replace it in the page.
        run = selectors.folded_run(comparison, anchor=form.cleaned_data["open"])
        if run is None:
            raise Http404("No folded rows there.")
    rows = run.rows if run else window.rows
    passage_ids = [spot.passage_id for spot in selectors.spots_in(rows)]
    pairs_not_compared = selectors.pairs_not_compared(articles=chosen)
    shown = selectors.shown_rows(
        rows,
        articles=chosen,
        notes=notes.passage_notes(user=request.user, passage_ids=passage_ids),
        key=key,
        not_compared=pairs_not_compared,
    )
    query = columns.query(article.pk for article in chosen)
    compare_url = f"{request.path}?{query}" + ("&diff=1" if form.cleaned_data["diff"] else "")
    not_compared = selectors.not_compared(articles=chosen, pairs=pairs_not_compared)
    context.update(
        reviewing=review.may_review(request.user),
        reviewed_example=review.REVIEWED_EXAMPLE,
        not_compared=not_compared,
        across_languages=selectors.across_languages(articles=chosen, not_compared=not_compared),
        language_accuracy=selectors.language_accuracy(),
        comparison=comparison,
        window=window,
        rows=shown,
        content_key=key,
        columns=list(zip(columns.KEYS, chosen, strict=False)),
        summaries=selectors.comparison_summary(comparison),
        compare_url=compare_url,
        pivot_links=[
            (article, _query_with_pivot(request.path, chosen, article, form.cleaned_data["diff"]))
            for article in chosen[1:]
        ],
    )
    template = "coverage/compare.html"
    if wants_fragment(request):
        # "More rows" asks for rows, a folded run for its rows, links that change the
        # columns for the form and the comparison, the form itself for the comparison.
        fragments = {"rows": "#compare-rows", "run": "#run-rows", "view": "#compare-view"}
        template += fragments.get(fragment, "#comparison")
    return render(request, template, context)


def _query_with_pivot(path: str, chosen: list[Article], pivot: Article, diff: bool) -> str:
    """The comparison of the same articles with ``pivot`` moved to the first column."""
    order = [pivot, *[a for a in chosen if a.pk != pivot.pk]]
    query = columns.query(article.pk for article in order)
    return f"{path}?{query}" + ("&diff=1" if diff else "")
