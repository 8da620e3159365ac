from django.contrib import admin, messages
from django.db.models import Count, Q
from django.tasks import TaskResultStatus

from mediacompare.coverage import services
from mediacompare.coverage.models import Article, Event, Outlet, Passage, PassageLink
from mediacompare.coverage.tasks import realign_article


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "country", "language", "kind", "state_affiliation"]
    list_filter = ["kind", "state_affiliation", "language", "country"]
    search_fields = ["name", "country", "homepage"]
    prepopulated_fields = {"slug": ["name"]}


class ArticleInline(admin.TabularInline):
    model = Article
    fields = ["outlet", "title", "published_at", "language", "is_primary", "is_excerpt"]
    readonly_fields = fields
    extra = 0
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "starts_on", "ends_on", "article_count"]
    search_fields = ["title", "summary"]
    # Explicit: the article count below groups the query, which drops Meta.ordering,
    # and the autocomplete paginates it.
    ordering = ["-starts_on", "title"]
    date_hierarchy = "starts_on"
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ArticleInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="Articles", ordering="article_count")
    def article_count(self, event):
        return event.article_count


class PassageInline(admin.TabularInline):
    model = Passage
    fields = ["index", "paragraph", "start", "end", "text"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    ordering = ["index"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "outlet",
        "event",
        "language",
        "published_at",
        "is_primary",
        "is_excerpt",
    ]
    list_filter = ["event", "outlet", "language", "is_excerpt", "is_primary"]
    list_select_related = ["outlet", "event"]
    search_fields = ["title", "body", "outlet__name", "byline"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["outlet", "event"]
    readonly_fields = ["link_summary", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["event", "outlet", "title", "body"]}),
        (
            "Source",
            {
                "fields": [
                    "source_url",
                    "byline",
                    ("published_at", "published_approximate"),
                    "language",
                    "translated_from",
                    ("is_excerpt", "is_primary"),
                ]
            },
        ),
        ("Alignment", {"fields": ["link_summary", "created_at", "updated_at"]}),
    ]
    inlines = [PassageInline]
    actions = ["resplit_and_realign"]

    def save_model(self, request, obj, form, change):
        # Splitting and aligning are the service's job, not save()'s.
        services.article_save(article=obj)

    @admin.display(description="Links to other articles")
    def link_summary(self, article):
        if not article.pk:
            return "Computed when the article is saved."
        counts = PassageLink.objects.filter(Q(article_a=article) | Q(article_b=article)).aggregate(
            total=Count("pk"),
            editor=Count("pk", filter=Q(origin=PassageLink.Origin.EDITOR)),
        )
        return f"{counts['total']} passage links ({counts['editor']} by editors)"

    @admin.action(description="Re-split and re-align selected articles")
    def resplit_and_realign(self, request, queryset):
        # One task per article: a database-backed worker spreads them out of the request.
        results = [realign_article.enqueue(pk) for pk in queryset.values_list("pk", flat=True)]
        done = [r for r in results if r.status == TaskResultStatus.SUCCESSFUL]
        failed = [r for r in results if r.status == TaskResultStatus.FAILED]
        links = sum(result.return_value for result in done)
        message = f"Re-split and re-aligned {len(done)} articles; {links} automatic links stored."
        if queued := len(results) - len(done) - len(failed):
            message += f" {queued} more queued."
        self.message_user(request, message, messages.SUCCESS)
        if failed:
            self.message_user(
                request, f"{len(failed)} articles could not be re-aligned.", messages.ERROR
            )


@admin.register(PassageLink)
class PassageLinkAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "score", "origin", "article_a", "article_b"]
    list_filter = ["kind", "origin"]
    list_select_related = ["article_a__outlet", "article_b__outlet"]
    readonly_fields = [
        "article_a",
        "article_b",
        "passage_a",
        "passage_b",
        "kind",
        "score",
        "origin",
        "diff",
        "created_at",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
