"""The search page: one view, one template; htmx asks for the results part of it."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from mediacompare.navigation import wants_fragment
from mediacompare.search import languages, selectors
from mediacompare.search.forms import SearchForm

FILTERS = ("q", "event", "outlet", "language", "kind", "since", "until")


def _query_string(params, **changes) -> str:
    """The search's parameters (without empty ones and the page), with ``changes``."""
    values = {key: params.get(key, "") for key in FILTERS}
    values.update(changes)
    return urlencode({key: value for key, value in values.items() if value})


@require_safe
@vary_on_headers("HX-Request")
def search(request):
    form = SearchForm(request.GET or None)
    fragment = wants_fragment(request)
    context = {"form": form, "page": None, "query_string": _query_string(request.GET)}
    status = 200
    if form.is_bound and not form.is_valid():
        # htmx swaps 422 responses (see base.html): the message shows in place of results.
        status = 422 if fragment else 400
    elif form.is_bound and form.cleaned_data["q"]:
        page = selectors.search(
            query=form.cleaned_data["q"],
            filters=form.filters,
            user=request.user,
            page=form.cleaned_data["page"],
        )
        for result in page.results:
            article = result.article
            result.event_url = "?" + _query_string(request.GET, event=article.event.slug)
            result.outlet_url = "?" + _query_string(request.GET, outlet=article.outlet.slug)
        context["page"] = page
    if fragment:
        return render(request, "search/search.html#results", context, status=status)
    selected = form.cleaned_data.get("event") if form.is_bound and form.is_valid() else None
    context.update(
        events=selectors.event_choices(selected=selected),
        outlets=selectors.outlet_choices(),
        languages=languages.languages().values(),
    )
    return render(request, "search/search.html", context, status=status)
