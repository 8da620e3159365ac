from django.contrib import admin, messages
from django.db.models import Count, Q

from mediacompare.coverage import services
from mediacompare.coverage.models import Article, Event, Outlet, Passage, PassageLink


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
        links = 0
        for article in queryset:
            services.article_split(article=article)
            links += services.article_align(article=article)
        self.message_user(
            request,
            f"Re-split and re-aligned {queryset.count()} articles; {links} automatic links stored.",
            messages.SUCCESS,
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
