"""Pages that list notes: one note, "My notes", an event's notes, orphaned notes, tags."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from mediacompare import parameters
from mediacompare.coverage.models import Article, Event
from mediacompare.navigation import safe_next_url, wants_fragment
from mediacompare.notes import selectors
from mediacompare.notes.forms import ImportForm, NoteFilterForm

PER_PAGE = 20


@require_safe
@vary_on_headers("HX-Request")
def note_detail(request, pk):
    """A note's own page, with its thread; htmx asks for the note alone."""
    note = selectors.note_detail(pk=pk, user=request.user)
    if note is None:
        raise Http404("No such note.")
    passage = note.passage
    context = {"note": note, "passage": passage, "next_url": safe_next_url(request, request.path)}
    template = "notes/note_detail.html"
    if wants_fragment(request):
        # In place of its edit form (Cancel): the note takes the focus the form had.
        template = "notes/_note.html"
        context["focus_note"] = note.pk
    return render(request, template, context)


def _page(request, notes):
    """The page of ``notes`` the query asks for (past the last, the last)."""
    number = parameters.optional_number(request.GET, "page", minimum=1, maximum=10**6, default=1)
    return Paginator(notes, PER_PAGE).get_page(number)


def _listing_page(request, notes, filters, template: str, extra: dict):
    page = _page(request, notes)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        template,
        {
            "page": page,
            "notes": page.object_list,
            "filters": filters,
            "query": query.urlencode(),
            "next_url": request.get_full_path(),
            **extra,
        },
    )


def _filters(request, *, articles, authors) -> NoteFilterForm:
    filters = NoteFilterForm(request.GET, articles=articles, authors=authors)
    # Unknown filter values are ignored rather than refused: the list shows everything.
    filters.is_valid()
    return filters


@require_safe
@login_required
# One reader's own notes: never kept by a shared cache.
@cache_control(private=True)
def my_notes(request):
    mine = selectors.notes_listing(user=request.user, author=request.user)
    articles = (
        Article.objects.filter(passages__notes__author=request.user)
        .select_related("outlet")
        .distinct()
    )
    filters = _filters(request, articles=articles, authors=[])
    data = getattr(filters, "cleaned_data", {})
    notes = selectors.notes_listing(
        user=request.user,
        author=request.user,
        tag=data.get("tag") or "",
        article=next((a for a in articles if a.pk == data.get("article")), None),
    )
    return _listing_page(
        request,
        notes,
        filters,
        "notes/my_notes.html",
        {
            "total": mine.count(),
            "import_form": ImportForm(),
            "tags": selectors.tag_names(user=request.user, author=request.user),
        },
    )


@require_safe
def event_notes(request, slug):
    event = get_object_or_404(Event, slug=slug)
    visible = selectors.notes_listing(user=request.user, event=event)
    articles = list(event.articles.select_related("outlet").order_by("published_at", "id"))
    filters = _filters(request, articles=articles, authors=selectors.note_authors(notes=visible))
    data = getattr(filters, "cleaned_data", {})
    notes = selectors.notes_listing(
        user=request.user,
        event=event,
        tag=data.get("tag") or "",
        article=next((a for a in articles if a.pk == data.get("article")), None),
    )
    if data.get("author"):
        notes = notes.filter(author_id=data["author"])
    return _listing_page(
        request,
        notes,
        filters,
        "notes/event_notes.html",
        {"event": event, "tags": selectors.tag_names(user=request.user, event=event)},
    )


@require_safe
@login_required
# One reader's own notes: never kept by a shared cache.
@cache_control(private=True)
def orphaned_notes(request):
    notes = selectors.notes_to_check(user=request.user)
    page = _page(request, notes)
    return render(
        request,
        "notes/orphaned.html",
        {"page": page, "notes": page.object_list, "next_url": request.get_full_path()},
    )


@require_safe
@vary_on_headers("HX-Request")
def tag_list(request):
    """Tags in use, most used first; htmx asks for the ``<option>`` list to autocomplete."""
    prefix = request.GET.get("q", "").strip().lower().lstrip("#")
    names = [
        name
        for name in selectors.tag_names(user=request.user, limit=200)
        if name.startswith(prefix)
    ]
    template = "notes/tags.html"
    if wants_fragment(request):
        template += "#tag-options"
    return render(request, template, {"names": names})
