"""Writing notes: create, edit and delete, as htmx fragments or plain forms."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from mediacompare.coverage.models import Passage
from mediacompare.navigation import safe_next_url
from mediacompare.notes import services
from mediacompare.notes.forms import NoteCreateForm, NoteForm
from mediacompare.notes.models import Note
from mediacompare.notes.selectors import notes_by_passage, notes_visible_to

PANEL = "coverage/passage_detail.html#notes-panel"


def _login_required(request, next_url: str):
    if request.htmx:
        return HttpResponseClientRedirect(f"{redirect_to_login(next_url).url}")
    return redirect_to_login(next_url)


def _passage(pk: int) -> Passage:
    return get_object_or_404(Passage.objects.select_related("article__event"), pk=pk)


def _panel(request, passage: Passage, *, form=None, status=200):
    """The passage's notes panel, as htmx swaps it in after a change."""
    notes = notes_by_passage(passage_ids=[passage.pk], user=request.user).get(passage.pk, [])
    return render(
        request,
        PANEL,
        {
            "passage": passage,
            "notes": notes,
            "note_form": form or NoteForm(),
            "next_url": safe_next_url(request, passage.get_absolute_url()),
        },
        status=status,
    )


def _apply_errors(form, error: ValidationError) -> None:
    """Show a service's refusal on the form: on the visible field it concerns, else on top."""
    for field, messages_ in error.message_dict.items():
        form.add_error(field if field in ("body", "visibility") else None, messages_)


@require_POST
def note_create(request):
    form = NoteCreateForm(request.POST)
    passage_id = form.data.get("passage", "")
    if not str(passage_id).isdigit():
        return HttpResponseBadRequest("Unknown passage: the note needs a passage to go with.")
    passage = _passage(int(passage_id))
    if not request.user.is_authenticated:
        return _login_required(request, safe_next_url(request, passage.get_absolute_url()))
    if form.is_valid():
        try:
            services.note_create(
                author=request.user,
                passage=passage,
                body=form.cleaned_data["body"],
                visibility=form.cleaned_data["visibility"],
                start=form.cleaned_data["start"],
                end=form.cleaned_data["end"],
            )
        except ValidationError as error:
            _apply_errors(form, error)
    if not form.is_valid():
        if request.htmx:
            return _panel(request, passage, form=form, status=422)
        return _form_page(request, passage=passage, form=form, note=None)
    if request.htmx:
        return _panel(request, passage)
    messages.success(request, "Note added.")
    return redirect(safe_next_url(request, passage.get_absolute_url()))


def _form_page(request, *, passage, form, note):
    """A whole page with the note form, for browsers without JavaScript."""
    return render(
        request,
        "notes/note_form.html",
        {
            "passage": passage,
            "note": note,
            "form": form,
            "next_url": safe_next_url(request, passage.get_absolute_url()),
        },
        status=422 if form.is_bound else 200,
    )


def _own_note_or_404(request, pk: int) -> Note:
    """A note the user may see; 404 for another user's private note, 403 if not theirs."""
    note = get_object_or_404(
        notes_visible_to(request.user).select_related("passage__article__event", "author"), pk=pk
    )
    if note.author_id != request.user.pk:
        raise PermissionDenied("Only the author can change this note.")
    return note


@require_http_methods(["GET", "POST"])
def note_edit(request, pk):
    if not request.user.is_authenticated:
        get_object_or_404(notes_visible_to(request.user), pk=pk)
        return _login_required(request, request.get_full_path())
    note = _own_note_or_404(request, pk)
    passage = note.passage
    if request.method == "GET":
        form = NoteForm(initial={"body": note.body, "visibility": note.visibility})
        template = "notes/note_form.html"
        if request.htmx and not request.htmx.boosted:
            template += "#note-edit-form"
        return render(
            request,
            template,
            {
                "passage": passage,
                "note": note,
                "form": form,
                "next_url": safe_next_url(request, passage.get_absolute_url()),
            },
        )
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            services.note_update(
                note=note,
                editor=request.user,
                body=form.cleaned_data["body"],
                visibility=form.cleaned_data["visibility"],
            )
        except ValidationError as error:
            _apply_errors(form, error)
    if not form.is_valid():
        if request.htmx:
            return render(
                request,
                "notes/note_form.html#note-edit-form",
                {
                    "passage": passage,
                    "note": note,
                    "form": form,
                    "next_url": safe_next_url(request, passage.get_absolute_url()),
                },
                status=422,
            )
        return _form_page(request, passage=passage, form=form, note=note)
    if request.htmx:
        return _panel(request, passage)
    messages.success(request, "Note saved.")
    return redirect(safe_next_url(request, passage.get_absolute_url()))


@require_http_methods(["GET", "POST"])
def note_delete(request, pk):
    if not request.user.is_authenticated:
        get_object_or_404(notes_visible_to(request.user), pk=pk)
        return _login_required(request, request.get_full_path())
    note = _own_note_or_404(request, pk)
    passage = note.passage
    if request.method == "GET":
        return render(
            request,
            "notes/note_confirm_delete.html",
            {
                "note": note,
                "passage": passage,
                "next_url": safe_next_url(request, passage.get_absolute_url()),
            },
        )
    services.note_delete(note=note, editor=request.user)
    if request.htmx:
        return _panel(request, passage)
    messages.success(request, "Note deleted.")
    return redirect(safe_next_url(request, passage.get_absolute_url()))
