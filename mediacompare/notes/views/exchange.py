"""Exports (W3C Web Annotation JSON-LD, CSV, Markdown) and the JSON-LD import."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods, require_safe
from django.views.decorators.vary import vary_on_headers

from mediacompare import parameters
from mediacompare.coverage.models import Event
from mediacompare.navigation import wants_fragment
from mediacompare.notes import exchange, limits, services
from mediacompare.notes.forms import ImportForm
from mediacompare.notes.limits import IMPORT_MAX_BYTES
from mediacompare.notes.models import Note, NoteImportJob
from mediacompare.notes.selectors import notes_for_export, notes_visible_to
from mediacompare.notes.tasks import queue_note_import


def _jsonld(request, notes, *, title: str):
    """The W3C AnnotationCollection, or the page of it that ``?page=`` asks for."""
    url, absolute = request.build_absolute_uri(request.path), request.build_absolute_uri
    number = parameters.optional_number(request.GET, "page", minimum=1, maximum=10**6)
    size = limits.EXPORT_PAGE_SIZE
    if number is None:
        document = exchange.collection(notes, absolute, url=url, label=title, size=size)
    elif number > exchange.page_count(notes.count(), size):
        raise Http404("The collection has fewer pages.")
    else:
        document = exchange.collection_page(
            notes, absolute, url=url, label=title, number=number, size=size
        )
    return JsonResponse(
        document,
        json_dumps_params={"ensure_ascii": False, "indent": 2},
        content_type=exchange.JSONLD_CONTENT_TYPE,
    )


def _export(request, notes, *, fmt: str, filename: str, title: str):
    notes = notes_for_export(notes)
    absolute = request.build_absolute_uri
    if fmt == "jsonld":
        response = _jsonld(request, notes, title=title)
    elif fmt == "csv":
        response = HttpResponse(
            exchange.to_csv(notes, absolute), content_type="text/csv; charset=utf-8"
        )
    elif fmt == "md":
        response = HttpResponse(
            exchange.to_markdown(notes, absolute, title),
            content_type="text/markdown; charset=utf-8",
        )
    else:
        raise Http404("Exports are jsonld, csv or md.")
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


@require_safe
@login_required
# One reader's own notes: never kept by a shared cache.
@cache_control(private=True)
def my_export(request, fmt):
    """All the user's notes and replies, private ones included."""
    notes = Note.objects.filter(author=request.user)
    return _export(
        request,
        notes,
        fmt=fmt,
        filename="my-notes",
        title=f"Notes by {request.user.get_username()}",
    )


@require_safe
def event_export(request, slug, fmt):
    """The event's public notes and replies that nobody hid."""
    event = get_object_or_404(Event, slug=slug)
    public = notes_visible_to(None).filter(passage__article__event=event)
    return _export(
        request, public, fmt=fmt, filename=f"{event.slug}-notes", title=f"Notes on {event.title}"
    )


# GET too: a refused import leaves the reader on this URL, which must open again.
@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def notes_import(request):
    if request.method != "POST":
        return render(request, "notes/import.html", {"form": ImportForm()})
    form = ImportForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            if upload.size > IMPORT_MAX_BYTES:
                raise ValidationError(f"The file is larger than {IMPORT_MAX_BYTES // 2**20} MB.")
            data = exchange.parse_file(upload.read())
            items = exchange.prepare_import(author=request.user, data=data)
            if len(items) > limits.IMPORT_INLINE_MAX:
                job = queue_note_import(
                    author=request.user, items=items, host=request.get_host(), file_name=upload.name
                )
                return redirect("notes:import_job", job.pk)
            result = exchange.import_annotations(
                author=request.user, items=items, host=request.get_host()
            )
        except ValidationError as error:
            form.add_error("file", error.messages)
        except services.RateLimited as error:
            form.add_error("file", str(error))
            response = render(request, "notes/import.html", {"form": form}, status=429)
            response["Retry-After"] = str(error.retry_after)
            return response
    if not form.is_valid():
        return render(request, "notes/import.html", {"form": form}, status=400)
    messages.success(
        request,
        f"Imported: {result.created} new, {result.updated} updated, {result.unchanged} unchanged.",
    )
    return redirect("notes:mine")


@require_safe
@login_required
@vary_on_headers("HX-Request")
# One reader's own import: never kept by a shared cache.
@cache_control(private=True)
def import_job(request, pk):
    """A large import's progress, followed by htmx (the page reloads itself without JS)."""
    job = get_object_or_404(NoteImportJob.objects.defer("annotations"), pk=pk, author=request.user)
    template = "notes/import_job.html"
    if wants_fragment(request):
        template += "#progress"
    return render(request, template, {"job": job})
