"""Writing notes: create, edit, delete, reply, hide, as htmx fragments or plain forms.

With htmx, a control replaces what it belongs to: adding a note replaces the passage's
notes panel, any other action the note it was pressed on (the same ``notes/_note.html``
on every page). A refused input comes back in the same place with status 422 and the
form's errors. Every change also triggers ``notes-changed`` (see :func:`_changed`), so a
page updates the counts and highlights it shows elsewhere. Plain requests redirect to
``next`` or get a whole page.
"""

from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect, retarget, trigger_client_event

from mediacompare import parameters
from mediacompare.coverage.models import Passage
from mediacompare.navigation import safe_next_url, wants_fragment
from mediacompare.notes import interface, rules, selectors, services
from mediacompare.notes.forms import HideForm, NoteCreateForm, NoteForm, ReplyForm
from mediacompare.notes.models import Note

# The htmx event a change triggers: {"counts": {passage id: notes the user sees on it},
# "highlights": [ids of passages whose highlighted spans changed]} (static/js/notes.js).
CHANGED_EVENT = "notes-changed"


def _login_required(request, next_url: str):
    if request.htmx:
        return HttpResponseClientRedirect(redirect_to_login(next_url).url)
    return redirect_to_login(next_url)


def _passage(pk: int) -> Passage:
    return get_object_or_404(
        Passage.objects.select_related("article__event", "article__outlet"), pk=pk
    )


def _back(request, passage: Passage) -> str:
    return safe_next_url(request, passage.get_absolute_url())


def _changed(response, request, *notes: Note, spans: bool = False):
    """Tell the page which passages' counts (and, with ``spans``, highlights) changed."""
    passage_ids = {pk for note in notes for pk in (note.passage_id, note.linked_passage_id)}
    passage_ids.discard(None)
    shown = interface.passage_notes(user=request.user, passage_ids=passage_ids)
    counts = {str(pk): shown[pk].count if pk in shown else 0 for pk in sorted(passage_ids)}
    highlights = sorted({note.passage_id for note in notes if spans and note.start is not None})
    trigger_client_event(response, CHANGED_EVENT, {"counts": counts, "highlights": highlights})
    return response


def _panel(request, passage: Passage, *, status=200, note_form=None, added=None):
    """The passage's notes panel, as htmx swaps it in after a note is added (which takes
    the focus): in a comparison, still offering the link with the passage it is shown
    against."""
    context = interface.panel(
        passage=passage,
        user=request.user,
        next_url=_back(request, passage),
        partner=parameters.optional_number(request.POST, "partner", minimum=1),
        focus_note=added.pk if added else None,
    )
    if note_form is not None:
        context["note_form"] = note_form
    return render(request, "notes/_panel.html", context, status=status)


def _note_item(request, note: Note, *, status=200, focus: Note | None = None, **forms):
    """The note as every page shows it, for htmx to swap in place of the one acted on.

    The control pressed goes with what it replaces: the focus goes to the note, or to
    ``focus`` (a new reply), rather than back to the top of the page; with a refused
    form (``forms``), to the field to correct."""
    shown = selectors.note_detail(pk=note.pk, user=request.user)
    context = {
        "note": shown,
        "next_url": _back(request, note.passage),
        "focus_note": None if forms else (focus or note).pk,
        **forms,
    }
    return render(request, "notes/_note.html", context, status=status)


def _apply_errors(form, error: ValidationError) -> None:
    """Show a service's refusal on the form: on the field it concerns, else on top."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error.messages)
        return
    for field, messages_ in error.message_dict.items():
        form.add_error(
            field if field in form.fields and field not in ("passage",) else None, messages_
        )


def _tag_suggestions(request) -> list[str]:
    """The tags a form page offers to complete from (a ``<datalist>``, so it works without
    JavaScript and cannot miss the focus that would have fetched it)."""
    return selectors.tag_names(user=request.user, limit=200)


def _rate_limited(request, error: services.RateLimited, page: str, context: dict):
    """429 with the reason and when to try again: text for htmx (notes.js shows it), else
    the form page."""
    if request.htmx:
        response = HttpResponse(str(error), status=429, content_type="text/plain; charset=utf-8")
    else:
        context["form"].add_error(None, str(error))
        response = render(request, page, context, status=429)
    response["Retry-After"] = str(error.retry_after)
    return response


def _note_for(request, pk: int, action: rules.Action):
    """``(note, None)`` if the user may ``action`` the note, else ``(note, refusal)``.

    The permission map decides: a note the user may not see does not exist (404); an
    anonymous reader is sent to log in; one who may see it but not change it gets 403.
    A refusal for the note's state (private, hidden, deleted) is the service's to give,
    as a 422 with the form.
    """
    note = (
        Note.objects.select_related(
            "passage__article__event", "passage__article__outlet", "author", "parent"
        )
        .filter(pk=pk)
        .first()
    )
    decision = rules.check(request.user, action, note)
    if decision.verdict is rules.Verdict.NOT_FOUND:
        raise Http404(decision.reason)
    if decision.verdict is rules.Verdict.LOGIN:
        return note, _login_required(request, request.get_full_path())
    if decision.verdict is rules.Verdict.FORBIDDEN:
        raise PermissionDenied(decision.reason)
    return note, None


def _linked_passage(form, passage: Passage) -> Passage | None:
    pk = form.cleaned_data.get("linked_passage")
    if not pk:
        return None
    linked = Passage.objects.select_related("article").filter(pk=pk).first()
    if linked is None:
        raise ValidationError({"linked_passage": "Unknown passage to link to."})
    return linked


@require_POST
def note_create(request):
    form = NoteCreateForm(request.POST)
    passage = _passage(parameters.number(form.data.get("passage", ""), name="passage", minimum=1))
    if not request.user.is_authenticated:
        return _login_required(request, _back(request, passage))
    page_context = {
        "passage": passage,
        "form": form,
        "note": None,
        "next_url": _back(request, passage),
    }
    note = None
    if form.is_valid():
        try:
            note = services.note_create(
                author=request.user,
                passage=passage,
                body=form.cleaned_data["body"],
                visibility=form.cleaned_data["visibility"],
                start=form.cleaned_data["start"],
                end=form.cleaned_data["end"],
                quote=form.cleaned_data["quote"] or None,
                tags=form.cleaned_data["tags"],
                linked_passage=_linked_passage(form, passage),
            )
        except services.RateLimited as error:
            page_context["tag_names"] = _tag_suggestions(request)
            return _rate_limited(request, error, "notes/note_form.html", page_context)
        except ValidationError as error:
            _apply_errors(form, error)
    if not form.is_valid():
        if request.htmx:
            return _panel(request, passage, note_form=form, status=422)
        page_context["tag_names"] = _tag_suggestions(request)
        return render(request, "notes/note_form.html", page_context, status=422)
    if request.htmx:
        return _changed(_panel(request, passage, added=note), request, note, spans=True)
    messages.success(request, "Note added.")
    return redirect(_back(request, passage))


@require_http_methods(["GET", "HEAD", "POST"])
def note_edit(request, pk):
    note, refusal = _note_for(request, pk, rules.Action.EDIT)
    if refusal:
        return refusal
    passage = note.passage
    if request.method != "POST":
        tags = ", ".join(note.tags.values_list("name", flat=True))
        form = NoteForm(initial={"body": note.body, "visibility": note.visibility, "tags": tags})
    else:
        form = NoteForm(request.POST)
        if form.is_valid():
            try:
                services.note_update(
                    note=note,
                    editor=request.user,
                    body=form.cleaned_data["body"],
                    visibility=form.cleaned_data["visibility"],
                    tags=form.cleaned_data["tags"],
                )
            except ValidationError as error:
                _apply_errors(form, error)
        if form.is_valid():
            if request.htmx:
                return _changed(_note_item(request, note), request, note)
            messages.success(request, "Note saved.")
            return redirect(_back(request, passage))
    template = "notes/note_form.html"
    if wants_fragment(request):
        template += "#note-edit-form"
    context = {
        "passage": passage,
        "note": note,
        "form": form,
        "next_url": _back(request, passage),
        "tag_names": _tag_suggestions(request),
    }
    return render(request, template, context, status=422 if form.is_bound else 200)


@require_http_methods(["GET", "HEAD", "POST"])
def note_delete(request, pk):
    note, refusal = _note_for(request, pk, rules.Action.DELETE)
    if refusal:
        return refusal
    passage = note.passage
    if request.method != "POST":
        context = {"note": note, "passage": passage, "next_url": _back(request, passage)}
        return render(request, "notes/note_confirm_delete.html", context)
    note_pk, parent_id = note.pk, note.parent_id
    services.note_delete(note=note, editor=request.user)
    if not request.htmx:
        messages.success(request, "Note deleted.")
        back = _back(request, passage)
        # A note's own page may be gone with it: its passage's page takes over.
        if urlsplit(back).path == reverse("notes:detail", args=[note_pk]):
            back = passage.get_absolute_url()
        return redirect(back)
    if Note.objects.filter(pk=note_pk).exists():
        # Its replies keep it, as "deleted by its author".
        response = _note_item(request, note)
    else:
        response = render(request, "notes/_note_gone.html", {"kind": note.is_reply})
        if parent_id and not Note.objects.filter(pk=parent_id).exists():
            # The deleted note this was the last reply to went with it: so goes its thread.
            retarget(response, "closest .note:not(.note-reply)")
    return _changed(response, request, note, spans=True)


@require_http_methods(["GET", "HEAD", "POST"])
def note_reply(request, pk):
    note, refusal = _note_for(request, pk, rules.Action.REPLY)
    if refusal:
        return refusal
    passage = note.passage
    form = ReplyForm(request.POST if request.method == "POST" else None)
    context = {"note": note, "passage": passage, "form": form, "next_url": _back(request, passage)}
    if request.method != "POST":
        return render(request, "notes/note_reply.html", context)
    if form.is_valid():
        try:
            reply = services.note_reply(
                author=request.user, parent=note, body=form.cleaned_data["body"]
            )
        except services.RateLimited as error:
            return _rate_limited(request, error, "notes/note_reply.html", context)
        except ValidationError as error:
            _apply_errors(form, error)
    root = note.parent if note.parent_id else note
    if not form.is_valid():
        if request.htmx:
            return _note_item(request, root, reply_form=form, status=422)
        return render(request, "notes/note_reply.html", context, status=422)
    if request.htmx:
        return _note_item(request, root, focus=reply)
    messages.success(request, "Reply added.")
    return redirect(_back(request, passage))


@require_http_methods(["GET", "HEAD", "POST"])
def note_hide(request, pk):
    note, refusal = _note_for(request, pk, rules.Action.HIDE)
    if refusal:
        return refusal
    passage = note.passage
    form = HideForm(request.POST if request.method == "POST" else None)
    context = {"note": note, "passage": passage, "form": form, "next_url": _back(request, passage)}
    if request.method != "POST":
        return render(request, "notes/note_hide.html", context)
    if form.is_valid():
        try:
            services.note_hide(note=note, editor=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            _apply_errors(form, error)
    if not form.is_valid():
        if request.htmx:
            return _note_item(request, note, hide_form=form, status=422)
        return render(request, "notes/note_hide.html", context, status=422)
    if request.htmx:
        return _changed(_note_item(request, note), request, note)
    messages.success(request, "Note hidden.")
    return redirect(_back(request, passage))


@require_POST
def note_keep(request, pk):
    """The author keeps a note an edit moved to the nearest passage where it is."""
    note, refusal = _note_for(request, pk, rules.Action.EDIT)
    if refusal:
        return refusal
    services.note_keep_here(note=note, editor=request.user)
    if request.htmx:
        return _note_item(request, note)
    messages.success(request, "Note kept where it is.")
    return redirect(_back(request, note.passage))


@require_POST
def note_unhide(request, pk):
    note, refusal = _note_for(request, pk, rules.Action.UNHIDE)
    if refusal:
        return refusal
    services.note_unhide(note=note, editor=request.user)
    if request.htmx:
        return _changed(_note_item(request, note), request, note)
    messages.success(request, "Note shown again.")
    return redirect(_back(request, note.passage))
