from django.contrib import admin

from mediacompare.notes.models import Note


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin):
    list_display = ["__str__", "author", "visibility", "is_orphaned", "created_at"]
    list_filter = ["visibility", "is_orphaned"]
    search_fields = ["body", "quote", "author__username"]
    list_select_related = ["author", "passage"]
    raw_id_fields = ["passage"]
    readonly_fields = [
        "author",
        "passage",
        "quote",
        "prefix",
        "suffix",
        "start",
        "end",
        "created_at",
        "updated_at",
    ]
