from django.contrib import admin
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path

from mediacompare import parameters
from mediacompare.ingest import views
from mediacompare.ingest.models import ImportJob


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    """Bulk imports: the list is the admin's; uploading and following one are our pages."""

    list_display = [
        "file_name",
        "status",
        "rows_total",
        "problem_count",
        "created",
        "updated",
        "created_by",
        "created_at",
    ]
    list_filter = ["status"]
    exclude = ["payload"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("payload")

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("upload/", wrap(views.bulk_import), name="ingest_bulk_import"),
            path("<int:pk>/progress/", wrap(views.import_job), name="ingest_import_job"),
            path("web/", wrap(views.web_import), name="ingest_web_import"),
            path("web/review/", wrap(views.web_review), name="ingest_web_review"),
            *super().get_urls(),
        ]

    def add_view(self, request, form_url="", extra_context=None):
        return redirect("admin:ingest_bulk_import")

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # The admin's <path:object_id> takes any text; the progress page takes a number.
        try:
            pk = parameters.number(object_id, name="id", minimum=1)
        except parameters.BadParameter:
            raise Http404("No such import.") from None
        return redirect("admin:ingest_import_job", pk)

    def has_change_permission(self, request, obj=None):
        return False
