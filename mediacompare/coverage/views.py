"""Reading views: events, articles, passages and side-by-side comparison."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from mediacompare.coverage import selectors
from mediacompare.coverage.forms import ComparisonForm
from mediacompare.coverage.models import Article, Event, Passage
from mediacompare.notes.forms import NoteForm
from mediacompare.notes.selectors import notes_by_passage


@require_GET
def event_list(request):
    return render(request, "coverage/event_list.html", {"events": selectors.event_list()})


@require_GET
def event_detail(request, slug):
    event = get_object_or_404(Event, slug=slug)
    articles = selectors.event_articles(event=event)
    pivot = selectors.default_pivot(articles=articles)
    return render(
        request,
        "coverage/event_detail.html",
        {
            "event": event,
            "articles": articles,
            "outlets": selectors.event_outlets(articles=articles),
            "pivot": pivot,
        },
    )


def _article_or_404(slug: str, pk: int) -> Article:
    return get_object_or_404(
        Article.objects.select_related("event", "outlet"), pk=pk, event__slug=slug
    )


@require_GET
def article_detail(request, slug, pk):
    article = _article_or_404(slug, pk)
    return render(
        request,
        "coverage/article_detail.html",
        {
            "event": article.event,
            "article": article,
            "paragraphs": selectors.article_reading(article=article, user=request.user),
            "note_form": NoteForm(),
        },
    )


@require_GET
@vary_on_headers("HX-Request")
def passage_detail(request, slug, pk, number):
    """A passage's own page; its notes panel is the htmx fragment of this page."""
    article = _article_or_404(slug, pk)
    if number < 1:
        raise Http404("Passages are numbered from 1.")
    passage = get_object_or_404(Passage, article=article, index=number - 1)
    passage.article = article
    notes = notes_by_passage(passage_ids=[passage.pk], user=request.user).get(passage.pk, [])
    template = "coverage/passage_detail.html"
    if request.htmx and not request.htmx.boosted:
        template += "#notes-panel"
    return render(
        request,
        template,
        {
            "event": article.event,
            "article": article,
            "passage": passage,
            "notes": notes,
            "note_form": NoteForm(),
            "next_url": passage.get_absolute_url(),
        },
    )


@require_GET
@vary_on_headers("HX-Request")
def compare(request, slug):
    event = get_object_or_404(Event, slug=slug)
    articles = selectors.event_articles(event=event)
    if len(articles) < 2:
        return render(
            request,
            "coverage/compare.html",
            {
                "event": event,
                "form": None,
                "rows": [],
                "error": "This event has fewer than two articles.",
            },
            status=404,
        )
    if "a" in request.GET or "b" in request.GET:
        form = ComparisonForm(request.GET, articles=articles)
    else:
        pivot = selectors.default_pivot(articles=articles)
        other = next(a for a in articles if a.pk != pivot.pk)
        form = ComparisonForm({"a": pivot.pk, "b": other.pk}, articles=articles)
    if not form.is_valid():
        return render(
            request,
            "coverage/compare.html",
            {"event": event, "form": form, "rows": []},
            status=400,
        )
    by_pk = {a.pk: a for a in articles}
    left, right = by_pk[form.cleaned_data["a"].pk], by_pk[form.cleaned_data["b"].pk]
    rows = selectors.comparison(left=left, right=right, user=request.user)
    template = "coverage/compare.html"
    if request.htmx and not request.htmx.boosted:
        template += "#comparison"
    return render(
        request,
        template,
        {
            "event": event,
            "form": form,
            "left": left,
            "right": right,
            "rows": rows,
            "summary": selectors.comparison_summary(rows),
            "compare_url": f"{request.path}?a={left.pk}&b={right.pk}",
            "note_form": NoteForm(),
        },
    )
