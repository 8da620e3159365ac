import datetime
import difflib
from dataclasses import dataclass, field
from itertools import zip_longest
from urllib.parse import urlencode

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import widgets
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import Http404
from django.tasks import TaskResultStatus
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from mediacompare import alignment
from mediacompare.alignment.diff import word_diff
from mediacompare.coverage import services, tasks
from mediacompare.coverage.bylines import normalise_byline
from mediacompare.coverage.languages import NAMES
from mediacompare.coverage.models import Article, Comparison, Event, Outlet, PassageLink

# The name of the "Preview segmentation" submit button.
PREVIEW = "_preview"
Precision = Article.DatePrecision


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "country", "language", "kind", "state_affiliation"]
    # Languages in use only, not the whole vocabulary.
    list_filter = [
        "kind",
        "state_affiliation",
        ("language", admin.AllValuesFieldListFilter),
        "country",
    ]
    search_fields = ["name", "country", "homepage"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "country", "language", "kind", "state_affiliation", "homepage"]


class ArticleInline(admin.TabularInline):
    model = Article
    fields = ["outlet", "title", "published", "language", "is_primary", "is_excerpt"]
    readonly_fields = fields
    extra = 0
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="Published")
    def published(self, article):
        return article.published_display


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


# --- The article form: a date alone, its precision, the version it was read at ---------


class PublishedAtField(forms.MultiValueField):
    """A date with an optional time: ``(date, time or None)``, or None when left empty."""

    widget = widgets.AdminSplitDateTime

    def __init__(self, **kwargs):
        date = forms.DateField(
            error_messages={"incomplete": "Enter the date too: a time alone is not a date."}
        )
        time = forms.TimeField(required=False)
        super().__init__((date, time), require_all_fields=False, required=False, **kwargs)

    def compress(self, data_list):
        if not data_list or data_list[0] is None:
            return None
        return data_list[0], data_list[1]


# The editor says only what is unusual: a date alone gives the day, with a time the minute.
PRECISION_CHOICES = [
    ("", "As entered: the day, or the day and time"),
    (Precision.MONTH, "Month only (e.g. “late November 2021”)"),
    (Precision.YEAR, "Year only"),
]


@dataclass
class Conflict:
    """What changed between the saved article and the form an editor submitted too late."""

    saved_version: int
    saved_at: datetime.datetime
    # Paragraph by paragraph: ("same", count of unchanged paragraphs) or ("changed", word diff).
    body: list[tuple[str, object]] = field(default_factory=list)
    # (label, saved value, submitted value) for the other fields that differ.
    fields: list[tuple[str, str, str]] = field(default_factory=list)


def body_changes(saved: str, yours: str) -> list[tuple[str, object]]:
    """A line diff of two bodies, with the words that differ inside each changed line."""
    before, after = saved.split("\n"), yours.split("\n")
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    changes: list[tuple[str, object]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            changes.append(("same", i2 - i1))
            continue
        for old, new in zip_longest(before[i1:i2], after[j1:j2], fillvalue=""):
            changes.append(("changed", word_diff(old, new)))
    return changes


class ArticleAdminForm(forms.ModelForm):
    published_at = PublishedAtField(
        label="Published",
        help_text="The date alone when the source gives only the day; add the time (UTC) "
        "when it gives one.",
    )
    published_precision = forms.ChoiceField(
        label="Precision", choices=PRECISION_CHOICES, required=False
    )
    # The version the editor read; a save from an older one is refused and explained.
    # (Not "version": a form may not name a model field that is not editable.)
    read_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Article
        fields = [
            "event",
            "outlet",
            "title",
            "source_url",
            "byline",
            "published_at",
            "published_precision",
            "published_approximate",
            "language",
            "translated_from",
            "is_excerpt",
            "is_primary",
            "body",
        ]
        labels = {"published_approximate": "Approximate"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.conflict: Conflict | None = None
        article = self.instance
        if article.published_at is not None:
            at = article.published_at.astimezone(datetime.UTC)
            with_time = article.published_precision == Precision.MINUTE
            self.initial["published_at"] = [at.date(), at.time() if with_time else None]
            coarse = article.published_precision in (Precision.MONTH, Precision.YEAR)
            self.initial["published_precision"] = article.published_precision if coarse else ""
        self.initial["read_version"] = article.version

    @property
    def previewing(self) -> bool:
        return self.is_bound and PREVIEW in self.data

    def is_valid(self):
        # A preview checks the form and shows it again with the segmentation; it never saves.
        return super().is_valid() and not self.previewing

    def clean(self):
        cleaned = super().clean()
        self._clean_published(cleaned)
        self._check_primary(cleaned)
        if self.instance.pk is not None:
            self._check_version(cleaned)
        return cleaned

    def _clean_published(self, cleaned):
        if "published_at" not in cleaned:
            return
        entered, choice = cleaned["published_at"], cleaned.get("published_precision", "")
        if entered is None:
            cleaned["published_precision"] = Precision.MINUTE
            if choice:
                self.add_error("published_precision", "Enter a date to give its precision.")
            return
        day, time = entered
        if choice and time is not None:
            self.add_error(
                "published_at",
                f"“{Precision(choice).label}” takes no time: clear the time, or choose "
                "“As entered”.",
            )
        cleaned["published_precision"] = choice or (
            Precision.MINUTE if time is not None else Precision.DAY
        )
        cleaned["published_at"] = datetime.datetime.combine(
            day, time or datetime.time(), tzinfo=datetime.UTC
        )

    def _check_primary(self, cleaned):
        if not cleaned.get("is_primary") or cleaned.get("event") is None:
            return
        candidate = Article(pk=self.instance.pk, event=cleaned["event"], is_primary=True)
        if (primary := candidate.other_primary()) is None:
            return
        # With a link; the model says the same in words to other writers (services, imports).
        self.add_error(
            "is_primary",
            ValidationError(
                format_html(
                    'Event “{}” already has a primary source: <a href="{}">{}</a>. '
                    "Untick “Is primary” there first, or untick it here.",
                    primary.event,
                    reverse("admin:coverage_article_change", args=[primary.pk]),
                    primary,
                ),
                code="primary_taken",
            ),
        )

    def _check_version(self, cleaned):
        saved, read = self.instance, cleaned.get("read_version")
        if read == saved.version:
            return
        if read is not None:
            self.conflict = self._conflict_with(saved, cleaned)
        # Shown again, the form carries the saved version: saving it again is a deliberate
        # choice to replace the saved article, made with the differences in view.
        self.data = self.data.copy()
        self.data["read_version"] = str(saved.version)
        raise ValidationError(
            "Not saved: someone else saved this article after you opened it. "
            "Compare the two below, then reload the saved article, or save again to "
            "replace it with yours.",
            code="stale_version",
        )

    def _conflict_with(self, saved: Article, cleaned) -> Conflict:
        yours_body = services.normalise_body(cleaned.get("body") or "")
        conflict = Conflict(saved_version=saved.version, saved_at=saved.updated_at)
        if yours_body != saved.body:
            conflict.body = body_changes(saved.body, yours_body)
        compared = [*_COMPARED, "published_precision"]
        yours = Article(**{name: cleaned[name] for name in compared if name in cleaned})
        yours.byline = normalise_byline(yours.byline or "")
        for name in _COMPARED:
            if name not in cleaned:
                continue
            before, after = _shown(saved, name), _shown(yours, name)
            if before != after:
                conflict.fields.append((self[name].label, before, after))
        return conflict


# The fields other than the body that a conflict lists when they differ.
_COMPARED = [
    "event",
    "outlet",
    "title",
    "source_url",
    "byline",
    "published_at",
    "published_approximate",
    "language",
    "translated_from",
    "is_excerpt",
    "is_primary",
]


def _shown(article: Article, name: str) -> str:
    if name == "published_at":
        return article.published_display
    value = getattr(article, name)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value) if value is not None else ""


# --- What the article page shows besides the form: passages and links ----------------


@dataclass(frozen=True)
class ShownPassage:
    number: int
    text: str
    is_boilerplate: bool


@dataclass(frozen=True)
class Segmentation:
    """Passages grouped in paragraphs; ``preview`` when they come from unsaved text."""

    preview: bool
    paragraphs: list[list[ShownPassage]]

    @property
    def count(self) -> int:
        return sum(len(paragraph) for paragraph in self.paragraphs)

    @property
    def not_content(self) -> int:
        return sum(p.is_boilerplate for paragraph in self.paragraphs for p in paragraph)


def _grouped(passages, *, preview: bool) -> Segmentation:
    paragraphs: dict[int, list[ShownPassage]] = {}
    for passage in passages:
        paragraphs.setdefault(passage.paragraph, []).append(
            ShownPassage(passage.index + 1, passage.text, passage.is_boilerplate)
        )
    return Segmentation(preview=preview, paragraphs=list(paragraphs.values()))


def segmentation_preview(body: str, language: str) -> Segmentation:
    """How the alignment engine will split a text not saved yet, exactly as saving will."""
    text = services.normalise_body(body)
    return _grouped(alignment.segment(text, language if language in NAMES else "en"), preview=True)


def saved_segmentation(article: Article) -> Segmentation:
    return _grouped(article.passages.order_by("index"), preview=False)


@dataclass(frozen=True)
class LinkRow:
    article: Article
    counts: list[int]
    by_editors: int
    compare_url: str
    compared: bool
    # Why the pair was not compared (a language the engine lacks), or that it is pending.
    not_compared_reason: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class LinkSummary:
    kinds: list[str]
    rows: list[LinkRow]

    @property
    def totals(self) -> list[int]:
        return [sum(column) for column in zip(*(row.counts for row in self.rows), strict=True)]

    @property
    def total(self) -> int:
        return sum(row.total for row in self.rows)


def link_summary(article_id: int) -> LinkSummary:
    """The links found between an article and each other article of its event, by kind."""
    article = Article.objects.select_related("event").get(pk=article_id)
    kinds = list(PassageLink.Kind)
    counts: dict[int, dict[str, int]] = {}
    by_editors: dict[int, int] = {}
    rows = (
        PassageLink.objects.filter(Q(article_a=article) | Q(article_b=article))
        .values("article_a", "article_b", "kind")
        .annotate(n=Count("pk"), editor=Count("pk", filter=Q(origin=PassageLink.Origin.EDITOR)))
        .order_by()
    )
    for row in rows:
        other = row["article_b"] if row["article_a"] == article.pk else row["article_a"]
        counts.setdefault(other, {})[row["kind"]] = row["n"]
        by_editors[other] = by_editors.get(other, 0) + row["editor"]
    verdicts = {
        (row.article_b_id if row.article_a_id == article.pk else row.article_a_id): row
        for row in Comparison.objects.filter(Q(article_a=article) | Q(article_b=article))
    }
    compare = reverse("coverage:compare", args=[article.event.slug])
    others = article.event.articles.exclude(pk=article.pk).select_related("outlet")
    return LinkSummary(
        kinds=[kind.label for kind in kinds],
        rows=[
            LinkRow(
                article=other,
                counts=[counts.get(other.pk, {}).get(kind, 0) for kind in kinds],
                by_editors=by_editors.get(other.pk, 0),
                compare_url=f"{compare}?{urlencode({'a': article.pk, 'b': other.pk})}",
                compared=other.pk in verdicts and verdicts[other.pk].compared,
                not_compared_reason=verdicts[other.pk].reason
                if other.pk in verdicts
                else "Not aligned yet.",
            )
            for other in others
        ],
    )


def pluralize_word(count: int, word: str) -> str:
    return word if count == 1 else f"{word}s"


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    list_display = [
        "title",
        "outlet",
        "event",
        "language",
        "published",
        "is_primary",
        "is_excerpt",
    ]
    list_filter = [
        "event",
        "outlet",
        ("language", admin.AllValuesFieldListFilter),
        "is_excerpt",
        "is_primary",
    ]
    list_select_related = ["outlet", "event"]
    search_fields = ["title", "body", "outlet__name", "byline"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["outlet", "event"]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["event", "outlet", "title", "read_version"]}),
        (
            "Source",
            {
                "fields": [
                    "source_url",
                    "byline",
                    ("published_at", "published_precision", "published_approximate"),
                    "language",
                    "translated_from",
                    ("is_excerpt", "is_primary"),
                ]
            },
        ),
        ("Text", {"fields": ["body"]}),
        ("Record", {"fields": [("created_at", "updated_at")], "classes": ["collapse"]}),
    ]
    actions = ["resplit_and_realign"]

    @admin.display(description="Published", ordering="published_at")
    def published(self, article):
        return article.published_display

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        # Created and updated times mean nothing before the first save.
        return fieldsets if obj is not None else [f for f in fieldsets if f[0] != "Record"]

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and PREVIEW in request.POST and request.htmx:
            return self.segmentation_preview_view(request, object_id)
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ValidationError:
            if request.method != "POST":
                raise
            # Another save landed between this form's checks and its own (a newer version,
            # a primary article): nothing was written. Run the view again; the form's checks
            # now see that save and explain it to the editor.
            return super().changeform_view(request, object_id, form_url, extra_context)

    def segmentation_preview_view(self, request, object_id):
        """The segmentation panel alone, for htmx; without JavaScript the whole form returns."""
        if object_id is None:
            allowed = self.has_add_permission(request)
        else:
            obj = self.get_object(request, unquote(object_id))
            if obj is None:
                raise Http404("No such article.")
            allowed = self.has_change_permission(request, obj)
        if not allowed:
            raise PermissionDenied
        segmentation = segmentation_preview(
            request.POST.get("body", ""), request.POST.get("language", "")
        )
        return TemplateResponse(
            request,
            "admin/coverage/article/change_form.html#segmentation",
            {"segmentation": segmentation},
        )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context["adminform"].form
        if form.previewing:
            context["segmentation"] = segmentation_preview(
                form.data.get("body", ""), form.data.get("language", "")
            )
        elif obj is not None and obj.pk is not None:
            context["segmentation"] = saved_segmentation(obj)
        if obj is not None and obj.pk is not None:
            context["links"] = link_summary(obj.pk)
        context["conflict"] = form.conflict
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        # Splitting and aligning are the service's job, not save()'s.
        services.article_save(article=obj)
        passages = obj.passages.aggregate(
            total=Count("pk"), not_content=Count("pk", filter=Q(is_boilerplate=True))
        )
        if tasks.runs_in_background():
            self.message_user(
                request,
                f"Split into {passages['total']} {pluralize_word(passages['total'], 'passage')} "
                f"({passages['not_content']} not content); its alignment with the event's other "
                "articles is queued for a background worker.",
                messages.INFO,
            )
            return
        links = link_summary(obj.pk)
        linked = sum(1 for row in links.rows if row.total)
        self.message_user(
            request,
            f"Split into {passages['total']} {pluralize_word(passages['total'], 'passage')} "
            f"({passages['not_content']} not content); {links.total} "
            f"{pluralize_word(links.total, 'link')} found with {linked} other "
            f"{pluralize_word(linked, 'article')}.",
            messages.INFO,
        )

    @admin.action(description="Re-split and re-align selected articles")
    def resplit_and_realign(self, request, queryset):
        if tasks.runs_in_background():
            # One coalesced task per event, not one per article, for the workers.
            event_ids = set(queryset.values_list("event_id", flat=True))
            for event_id in event_ids:
                tasks.request_event_alignment(event_id)
            self.message_user(
                request,
                f"Re-alignment of {len(event_ids)} {pluralize_word(len(event_ids), 'event')} "
                "queued for a background worker.",
                messages.SUCCESS,
            )
            return
        # Run at once by the immediate backend: one task per article.
        results = [
            tasks.realign_article.enqueue(pk) for pk in queryset.values_list("pk", flat=True)
        ]
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
