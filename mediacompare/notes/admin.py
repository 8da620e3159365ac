from django.contrib import admin

from mediacompare.notes import rules, services
from mediacompare.notes.models import Note, Tag
from mediacompare.notes.selectors import tags_visible_to


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin):
    """Read-only inspection: notes change through the site, where the services check them.

    The permission map decides here too: nobody, superusers included, sees another
    user's private notes, and only a note's author deletes it (through the service,
    which keeps a thread others replied to).
    """

    list_display = ["__str__", "author", "visibility", "is_orphaned", "hidden_at", "created_at"]
    list_filter = ["visibility", "is_orphaned", ("hidden_at", admin.EmptyFieldListFilter)]
    search_fields = ["body", "quote", "author__username", "tags__name"]
    list_select_related = ["author", "passage"]
    raw_id_fields = ["passage", "linked_passage", "parent"]
    # Deleting many at once would bypass the service and the rules; one at a time it goes
    # through both.
    actions = None
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

    def get_queryset(self, request):
        return super().get_queryset(request).filter(rules.visible(request.user))

    # A body changed here would not be re-rendered and sanitised: edits go through the site.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or rules.may(request.user, rules.Action.DELETE, obj))

    def delete_model(self, request, obj):
        services.note_delete(note=obj, editor=request.user)


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    search_fields = ["name"]

    def get_queryset(self, request):
        # A tag only private notes carry is their authors' alone.
        return tags_visible_to(request.user)
