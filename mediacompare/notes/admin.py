from django.contrib import admin

from mediacompare.notes.models import Note, Tag


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin):
    """Read-only inspection: notes change through the site, where the services check them."""

    list_display = ["__str__", "author", "visibility", "is_orphaned", "hidden_at", "created_at"]
    list_filter = ["visibility", "is_orphaned", ("hidden_at", admin.EmptyFieldListFilter)]
    search_fields = ["body", "quote", "author__username", "tags__name"]
    list_select_related = ["author", "passage"]
    raw_id_fields = ["passage", "linked_passage", "parent"]
    readonly_fields = [
        "author",
        "passage",
        "linked_passage",
        "parent",
        "quote",
        "prefix",
        "suffix",
        "start",
        "end",
        "body_html",
        "hidden_at",
        "hidden_by",
        "hidden_reason",
        "deleted_at",
        "created_at",
        "updated_at",
    ]

    # A body changed here would not be re-rendered and sanitised: edits go through the site.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    search_fields = ["name"]
