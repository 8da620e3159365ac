"""Editors review the alignment: decisions on links and passages, and the review queue.

Every control is a plain form first; with htmx, a decision answers with the part of the
page it came from (the comparison, or a passage page's review panel), read afresh.
Only editors (``rules.may_review``) get past ``_editor_only``: 403 for anyone else.
"""

from urllib.parse import urlsplit, urlunsplit

from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django_htmx.http import reswap, retarget

from mediacompare import parameters
from mediacompare.alignment import kinds
from mediacompare.coverage import selectors as coverage
from mediacompare.coverage.models import Article, Event, Passage
from mediacompare.navigation import safe_next_url, wants_fragment
from mediacompare.review import forms, selectors, services
from mediacompare.review.models import LinkDecision, PassageDecision
from mediacompare.review.rules import may_review


def _editor_only(request) -> None:
    if not may_review(request.user):
        raise PermissionDenied("Only editors review links.")


def _passage_or_404(pk: int) -> Passage:
    return get_object_or_404(
        Passage.objects.select_related("article__event", "article__outlet"), pk=pk
    )


def _back(request, fallback: str) -> HttpResponseRedirect:
    """Back where the decision was made (303). An htmx request is sent the fragment it
    swaps: the same address, asking for ``fragment`` (the comparison needs none)."""
    url = safe_next_url(request, fallback)
    fragment = request.POST.get("fragment", "")
    if wants_fragment(request):
        parts = urlsplit(url)
        query = parts.query
        if fragment in forms.FRAGMENTS and fragment:
            query = f"{query}&fragment={fragment}" if query else f"fragment={fragment}"
        url = urlunsplit(parts._replace(query=query, fragment=""))
    return HttpResponseRedirect(url, status=303)


def _refused(request, message: str, status: int = 400):
    """A decision that cannot be made: its reason, as a page, or in place for htmx (422,
    shown inside the form that asked)."""
    if wants_fragment(request):
        response = render(request, "review/refused.html#refused", {"message": message}, status=422)
        return reswap(retarget(response, "this"), "beforeend")
    return render(request, "review/refused.html", {"message": message}, status=status)


def _errors(form) -> str:
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


@require_POST
def link_decide(request):
    """Confirm, reject or retype a link (or draw one, given both passages)."""
    _editor_only(request)
    form = forms.DecisionForm(request.POST)
    if not form.is_valid():
        return _refused(request, _errors(form))
    passage = _passage_or_404(form.cleaned_data["passage"])
    partner = _passage_or_404(form.cleaned_data["partner"])
    try:
        services.link_decide(
            editor=request.user,
            passage=passage,
            partner=partner,
            action=form.cleaned_data["action"],
            kind=form.cleaned_data["kind"],
        )
    except services.ReviewError as error:
        return _refused(request, " ".join(error.messages))
    return _back(request, passage.get_absolute_url())


@require_http_methods(["GET", "HEAD", "POST"])
def link_draw(request, pk):
    """Draw a link from a passage to a passage of another article (``with``), chosen
    from that article's passages."""
    _editor_only(request)
    passage = _passage_or_404(pk)
    event = passage.article.event
    articles = list(event.articles.exclude(pk=passage.article_id).select_related("outlet"))
    chosen_id = parameters.optional_number(request.GET, "with", minimum=1)
    if request.method == "POST":
        chosen_id = parameters.optional_number(request.POST, "with", minimum=1) or chosen_id
    chosen = next((a for a in articles if a.pk == chosen_id), None)
    if chosen_id is not None and chosen is None:
        return _refused(request, "That article is not another article of this event.")
    form = forms.DrawForm(request.POST or None)
    if request.method == "POST":
        if not form.is_valid():
            return _refused(request, _errors(form))
        partner = _passage_or_404(form.cleaned_data["partner"])
        try:
            services.link_decide(
                editor=request.user,
                passage=passage,
                partner=partner,
                action=LinkDecision.Action.DRAW,
                kind=form.cleaned_data["kind"],
            )
        except services.ReviewError as error:
            return _refused(request, " ".join(error.messages))
        return _back(request, passage.get_absolute_url())
    candidates = []
    if chosen is not None:
        candidates = list(chosen.passages.order_by("index"))
        for candidate in candidates:
            candidate.article = chosen
    context = {
        "passage": passage,
        "article": passage.article,
        "event": event,
        "articles": articles,
        "chosen": chosen,
        "candidates": candidates,
        "kinds": kinds.CHOICES,
        "default_kind": _default_kind(passage.article, chosen),
        "next_url": safe_next_url(request, passage.get_absolute_url()),
        # Loaded into a comparison by htmx, the form swaps it; on its own page, a plain form.
        "inline": wants_fragment(request),
        "fragment": request.GET.get("fragment", "")
        if request.GET.get("fragment") in forms.FRAGMENTS
        else "",
    }
    template = "review/draw.html"
    if wants_fragment(request):
        template += "#draw-form"
    return render(request, template, context)


def _default_kind(article: Article, other: Article | None) -> str:
    if other is not None and article.base_language != other.base_language:
        return kinds.TRANSLATION
    return kinds.PARAPHRASE


@require_POST
def passage_mark(request, pk):
    """Mark a passage as content or not content (a dateline, byline, credit)."""
    _editor_only(request)
    passage = _passage_or_404(pk)
    form = forms.MarkForm(request.POST)
    if not form.is_valid():
        return _refused(request, _errors(form))
    services.passage_mark(
        editor=request.user, passage=passage, is_boilerplate=form.cleaned_data["content"] == "no"
    )
    return _back(request, passage.get_absolute_url())


@require_POST
def decision_dismiss(request, which, pk):
    """Let a flagged decision go, once an editor has seen it (it stays as history)."""
    _editor_only(request)
    model = {"link": LinkDecision, "passage": PassageDecision}.get(which)
    if model is None:
        return _refused(request, "Unknown kind of decision.", status=404)
    decision = get_object_or_404(model, pk=pk)
    try:
        services.decision_dismiss(editor=request.user, decision=decision)
    except services.ReviewError as error:
        return _refused(request, " ".join(error.messages))
    event = decision.event if which == "link" else decision.article.event
    return _back(request, reverse("review:queue", args=[event.slug]))


@require_safe
def queue(request, slug):
    """The event's links most worth checking first, a page at a time."""
    _editor_only(request)
    event = get_object_or_404(Event, slug=slug)
    articles = coverage.event_articles(event=event)
    pivot = coverage.default_pivot(articles=articles)
    page = parameters.optional_number(request.GET, "page", minimum=1, default=1)
    review = selectors.review_queue(event=event, pivot=pivot, page=page)
    for position, item in enumerate(review.items, start=1):
        # After a decision the next item takes this one's place: come back to it.
        item.next_url = f"{request.path}?page={review.page.number}#q-{position}"
    template = "review/queue.html"
    if wants_fragment(request):
        template += "#queue-items"
    return render(
        request,
        template,
        {"event": event, "pivot": pivot, "queue": review, "kinds": kinds.CHOICES},
    )
