"""The admin's import pages: bulk upload with live progress, and import from a web page.

Served inside the admin (``ImportJobAdmin.get_urls``), so only logged-in staff reach
them; each view also checks its own permission, since an htmx partial can be
requested on its own.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods, require_safe
from django.views.decorators.vary import vary_on_headers

from mediacompare.coverage.admin import segmentation_preview
from mediacompare.ingest import extract, fetch, jobs, tasks, web
from mediacompare.ingest.forms import BulkImportForm, ReviewForm, WebPageForm
from mediacompare.ingest.models import ImportJob

PREVIEW = "_preview"


def _require(request, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def _posted(request) -> tuple:
    """A form's data: bound on POST, even an empty one (which must be refused, not shown)."""
    return (request.POST, request.FILES) if request.method == "POST" else (None, None)


def _page(request, template: str, context: dict, status: int = 200):
    from django.contrib import admin

    context = {**admin.site.each_context(request), **context}
    return TemplateResponse(request, template, context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def bulk_import(request):
    _require(request, "ingest.add_importjob")
    form = BulkImportForm(*_posted(request))
    if request.method == "POST" and form.is_valid():
        name, payload = form.cleaned_data["file"]
        job = jobs.job_create(
            user=request.user,
            file_name=name,
            payload=payload,
            event_slug=form.cleaned_data["event_slug"],
            event_title=form.cleaned_data["event_title"],
            event_date=form.cleaned_data["event_date"],
        )
        # Recorded and committed: a worker (or, immediate, this request) imports it.
        tasks.run_import_job.enqueue(job.pk)
        return redirect("admin:ingest_import_job", job.pk)
    recent = ImportJob.objects.defer("payload").select_related("created_by")[:10]
    status = 422 if form.is_bound else 200
    return _page(
        request,
        "ingest/bulk_import.html",
        {"form": form, "jobs": recent, "title": "Bulk import"},
        status,
    )


@require_safe
@vary_on_headers("HX-Request")
def import_job(request, pk):
    _require(request, "ingest.view_importjob")
    job = get_object_or_404(ImportJob.objects.defer("payload"), pk=pk)
    context = {"job": job, "title": f"Import of {job.file_name}"}
    if request.htmx and not request.htmx.boosted:
        return TemplateResponse(request, "ingest/import_job.html#progress", context)
    return _page(request, "ingest/import_job.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
def web_import(request):
    """Step 1: an address, a saved page or pasted HTML; the article read from it goes
    to the review form (step 2), nothing is saved yet."""
    _require(request, "coverage.add_article")
    form = WebPageForm(*_posted(request))
    problem = ""
    if request.method == "POST" and form.is_valid():
        try:
            page = web.read_page(
                url=form.cleaned_data["url"], html=form.cleaned_data.get("html") or ""
            )
        except (fetch.FetchError, extract.ExtractionError) as exc:
            problem = str(exc)
        else:
            review = ReviewForm(initial=web.review_initial(page))
            return _review(request, review, segmentation_preview(page.body, page.language))
    status = 422 if form.is_bound else 200
    context = {"form": form, "problem": problem, "title": "Import from a web page"}
    return _page(request, "ingest/web_import.html", context, status)


def _review(request, form: ReviewForm, segmentation, status: int = 200):
    context = {"form": form, "segmentation": segmentation, "title": "Review the imported article"}
    return _page(request, "ingest/web_review.html", context, status)


@require_http_methods(["POST"])
def web_review(request):
    """Step 2: preview the segmentation, or save through the article writer."""
    _require(request, "coverage.add_article")
    form = ReviewForm(request.POST)
    body, language = request.POST.get("body", ""), request.POST.get("language", "")
    if PREVIEW in request.POST:
        segmentation = segmentation_preview(body, language)
        if request.htmx:
            return TemplateResponse(
                request,
                "admin/coverage/article/change_form.html#segmentation",
                {"segmentation": segmentation},
            )
        return _review(request, form, segmentation)
    if form.is_valid():
        try:
            article = web.article_from_review(form.cleaned_data)
        except web.ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request,
                f"Imported “{article.title}”: {article.passages.count()} passages.",
            )
            return redirect("admin:coverage_article_change", article.pk)
    return _review(request, form, segmentation_preview(body, language), status=422)
