from django.contrib import admin
from django.shortcuts import redirect
from django.urls import path

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
        return redirect("admin:ingest_import_job", object_id)

    def has_change_permission(self, request, obj=None):
        return False
