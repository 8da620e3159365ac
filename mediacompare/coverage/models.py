"""Events, the outlets that covered them, their articles, and the passages and
links the alignment engine derives from those articles."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse


class Outlet(models.Model):
    class Kind(models.TextChoices):
        WIRE_AGENCY = "wire", "Wire agency"
        NEWSPAPER = "newspaper", "Newspaper"
        BROADCASTER = "broadcaster", "Broadcaster"
        MAGAZINE = "magazine", "Magazine"
        ONLINE = "online", "Online news site"
        AGGREGATOR = "aggregator", "Aggregator"
        GOVERNMENT = "government", "Government"
        BLOG = "blog", "Blog"

    class StateAffiliation(models.TextChoices):
        STATE_OWNED = "state", "State-owned or state-controlled"
        STATE_FUNDED = "funded", "Publicly funded, editorially independent"
        INDEPENDENT = "independent", "Independent"
        UNKNOWN = "unknown", "Unknown"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    country = models.CharField(max_length=100, help_text="Country the outlet is based in.")
    language = models.CharField(max_length=20, help_text="Main language, as a BCP 47 code.")
    kind = models.CharField(max_length=20, choices=Kind, default=Kind.ONLINE)
    state_affiliation = models.CharField(
        max_length=20, choices=StateAffiliation, default=StateAffiliation.UNKNOWN
    )
    homepage = models.URLField(blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name"], name="outlet_name_unique"),
        ]

    def __str__(self) -> str:
        return self.name


class Event(models.Model):
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
    summary = models.TextField(blank=True)
    starts_on = models.DateField()
    ends_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Goes up whenever the event's passages or links change (coverage.revision): pages
    # key what they cache from them on it.
    revision = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["-starts_on", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="event_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("coverage:event_detail", args=[self.slug])


class Article(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="articles")
    outlet = models.ForeignKey(Outlet, on_delete=models.PROTECT, related_name="articles")
    title = models.CharField(max_length=500)
    source_url = models.URLField(max_length=1000, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    published_approximate = models.BooleanField(
        default=False, help_text="The source gives only a day, or the date is inferred."
    )
    language = models.CharField(max_length=20, help_text="Language of the body, as a BCP 47 code.")
    body = models.TextField(help_text="Plain text; paragraphs separated by line breaks.")
    is_excerpt = models.BooleanField(
        default=False, help_text="The body is an excerpt of the article, not the whole."
    )
    is_primary = models.BooleanField(
        default=False, help_text="The primary source of the event; the default pivot."
    )
    translated_from = models.CharField(
        max_length=300,
        blank=True,
        help_text='E.g. "Machine translation from Chinese". Empty for original text.',
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["published_at", "id"]
        indexes = [
            models.Index(fields=["event", "published_at"], name="article_event_published"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["event"], condition=Q(is_primary=True), name="article_one_primary_per_event"
            ),
            models.CheckConstraint(condition=~Q(body=""), name="article_body_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.outlet}: {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("coverage:article_detail", args=[self.event.slug, self.pk])

    @property
    def base_language(self) -> str:
        """The language without region or script ("zh" for "zh-Hant"): what alignment compares."""
        return self.language.split("-")[0].lower()


class Passage(models.Model):
    """A sentence of an article, with its place in the body text."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="passages")
    index = models.PositiveIntegerField(help_text="Order in the article, from 0.")
    paragraph = models.PositiveIntegerField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()
    is_boilerplate = models.BooleanField(
        default=False, help_text="A dateline, byline, credit or marker: not content, never linked."
    )

    class Meta:
        ordering = ["article", "index"]
        constraints = [
            models.UniqueConstraint(fields=["article", "index"], name="passage_index_unique"),
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="passage_span_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.article_id}#{self.index}: {self.text[:60]}"

    def get_absolute_url(self) -> str:
        return reverse(
            "coverage:passage_detail", args=[self.article.event.slug, self.article_id, self.number]
        )

    @property
    def number(self) -> int:
        """The passage's 1-based number, as readers count."""
        return self.index + 1

    @property
    def anchor(self) -> str:
        """The fragment that finds this passage on its article's page."""
        return f"p-{self.number}"


class PassageLink(models.Model):
    """Two passages of different articles that say the same thing.

    Stored once per pair, with the article of lower id on side ``a``; the word diff
    reads from ``a`` to ``b``.
    """

    class Kind(models.TextChoices):
        VERBATIM = "verbatim", "Verbatim"
        EDITED = "edited", "Edited"
        PARTIAL = "partial", "Partial quote"
        PARAPHRASE = "paraphrase", "Paraphrase"

    class Origin(models.TextChoices):
        AUTOMATIC = "automatic", "Automatic"
        EDITOR = "editor", "Editor"

    article_a = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    article_b = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    passage_a = models.ForeignKey(Passage, on_delete=models.CASCADE, related_name="links_as_a")
    passage_b = models.ForeignKey(Passage, on_delete=models.CASCADE, related_name="links_as_b")
    kind = models.CharField(max_length=20, choices=Kind)
    score = models.FloatField(validators=[MinValueValidator(0.0), MaxValueValidator(1.0)])
    origin = models.CharField(max_length=20, choices=Origin, default=Origin.AUTOMATIC)
    diff = models.JSONField(
        default=list, blank=True, help_text='Word diff from a to b: [["=", "text "], ...].'
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            models.Index(fields=["article_a", "article_b"], name="link_article_pair"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["passage_a", "passage_b"], name="link_pair_unique"),
            models.CheckConstraint(
                condition=Q(article_a__lt=F("article_b")), name="link_articles_ordered"
            ),
            models.CheckConstraint(
                condition=Q(score__gte=0.0) & Q(score__lte=1.0), name="link_score_range"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["verbatim", "edited", "partial", "paraphrase"]),
                name="link_kind_valid",
            ),
            models.CheckConstraint(
                condition=Q(origin__in=["automatic", "editor"]), name="link_origin_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.passage_a_id} ~ {self.passage_b_id}"
