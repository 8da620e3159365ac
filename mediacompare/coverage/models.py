"""Events, the outlets that covered them, their articles, and the passages and
links the alignment engine derives from those articles."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import IntegrityError, models, router, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import dateformat

from mediacompare.alignment import kinds
from mediacompare.coverage import languages
from mediacompare.coverage.bylines import normalise_byline


class Outlet(models.Model):
    class Kind(models.TextChoices):
        """What the outlet is; who owns or funds it is ``state_affiliation``, a separate fact."""

        NEWS_AGENCY = "agency", "News agency"
        NEWSPAPER = "newspaper", "Newspaper"
        MAGAZINE = "magazine", "Magazine"
        BROADCASTER = "broadcaster", "Broadcaster (television, radio)"
        ONLINE = "online", "Online news site"
        AGGREGATOR = "aggregator", "Aggregator"
        BLOG = "blog", "Blog"
        GOVERNMENT = "government", "Government body (ministry, embassy, office)"
        INTERNATIONAL = "international", "International organisation"
        NGO = "ngo", "Non-governmental organisation"
        THINK_TANK = "think_tank", "Think tank or research institute"

    class StateAffiliation(models.TextChoices):
        STATE_OWNED = "state", "State-owned or state-controlled"
        STATE_FUNDED = "funded", "Publicly funded, editorially independent"
        INDEPENDENT = "independent", "Independent"
        UNKNOWN = "unknown", "Unknown"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    country = models.CharField(max_length=100, help_text="Country the outlet is based in.")
    language = languages.LanguageField(help_text="Main language.")
    kind = models.CharField(max_length=20, choices=Kind, default=Kind.ONLINE)
    state_affiliation = models.CharField(
        max_length=20, choices=StateAffiliation, default=StateAffiliation.UNKNOWN
    )
    homepage = models.URLField(blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name"], name="outlet_name_unique"),
            models.CheckConstraint(
                condition=Q(
                    kind__in=[
                        "agency",
                        "newspaper",
                        "magazine",
                        "broadcaster",
                        "online",
                        "aggregator",
                        "blog",
                        "government",
                        "international",
                        "ngo",
                        "think_tank",
                    ]
                ),
                name="outlet_kind_valid",
            ),
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


class ArticleVersionConflict(ValidationError):
    """An article was saved by someone else since this copy of it was read.

    Raised by :meth:`Article.save` instead of overwriting their save; nothing is written.
    """

    def __init__(self, *, article: "Article", current_version: int | None):
        self.article_id = article.pk
        self.read_version = article.version
        self.current_version = current_version
        if current_version is None:
            message = f"Article {article.pk} was deleted since it was read; nothing was saved."
        else:
            message = (
                f"Article {article.pk} was saved by someone else since it was read (read at "
                f"version {article.version}, saved version is {current_version}). Nothing was "
                "saved: reload the article and apply the changes again."
            )
        super().__init__(message, code="stale_version")


class Article(models.Model):
    class DatePrecision(models.TextChoices):
        """How much of ``published_at`` the source gives; the rest is not shown."""

        YEAR = "year", "Year only"
        MONTH = "month", "Month only"
        DAY = "day", "Day"
        MINUTE = "minute", "Day and time"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="articles")
    outlet = models.ForeignKey(Outlet, on_delete=models.PROTECT, related_name="articles")
    title = models.CharField(max_length=500)
    source_url = models.URLField(max_length=1000, blank=True)
    byline = models.CharField(
        max_length=300, blank=True, help_text='Stored without "By " and trailing punctuation.'
    )
    published_at = models.DateTimeField(
        null=True, blank=True, help_text="In UTC; at midnight when only the day is known."
    )
    published_precision = models.CharField(
        max_length=10,
        choices=DatePrecision,
        default=DatePrecision.MINUTE,
        help_text="How much of the date the source gives: readers see only that much.",
    )
    published_approximate = models.BooleanField(
        default=False,
        help_text="The date is inferred or uncertain (from the address, a page date, "
        '"on Friday"), not stated by the source.',
    )
    language = languages.LanguageField(help_text="Language of the body.")
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
    version = models.PositiveIntegerField(
        default=1,
        editable=False,
        help_text="Counts saves: a save made from an older version is refused, not applied.",
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
            models.CheckConstraint(
                condition=Q(published_precision__in=["year", "month", "day", "minute"]),
                name="article_published_precision_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.outlet}: {self.title}"

    def save(self, **kwargs):
        """Save, unless someone saved this article since it was read (optimistic locking).

        The version is claimed with ``UPDATE ... WHERE version = N`` in the same
        transaction as the save, so of two saves from version N exactly one is applied;
        the other raises :class:`ArticleVersionConflict`. In ``save()`` rather than in the
        services so that every writer respects it, whatever path it takes. A second
        primary article that slips past validation (two saves at once) is reported as a
        ValidationError rather than the database's IntegrityError.
        """
        using = kwargs.get("using") or router.db_for_write(Article, instance=self)
        read_version = self.version
        try:
            # A savepoint: after an IntegrityError the transaction can still ask why.
            with transaction.atomic(using=using):
                if not self._state.adding:
                    rows = Article._base_manager.using(using).filter(pk=self.pk)
                    if not rows.filter(version=read_version).update(version=read_version + 1):
                        current = rows.values_list("version", flat=True).first()
                        raise ArticleVersionConflict(article=self, current_version=current)
                    self.version = read_version + 1
                super().save(**kwargs)
        except IntegrityError:
            self.version = read_version
            if self.is_primary and (primary := self.other_primary()) is not None:
                raise ValidationError({"is_primary": [self.primary_taken_error(primary)]}) from None
            raise
        except BaseException:
            self.version = read_version
            raise

    def get_absolute_url(self) -> str:
        return reverse("coverage:article_detail", args=[self.event.slug, self.pk])

    @property
    def base_language(self) -> str:
        """The language without region or script ("zh" for "zh-Hant"): what alignment compares."""
        return languages.base_language(self.language)

    @property
    def direction(self) -> str:
        """How its text runs ("rtl" for Arabic, else "ltr"): HTML's ``dir`` beside ``lang``."""
        return languages.direction(self.language)

    # How each precision is shown to readers, and written in <time datetime="...">.
    _DATE_FORMATS = {
        DatePrecision.YEAR: ("Y", "Y"),
        DatePrecision.MONTH: ("M Y", "Y-m"),
        DatePrecision.DAY: ("j M Y", "Y-m-d"),
        DatePrecision.MINUTE: (r"j M Y, H:i \U\T\C", "c"),
    }

    def _published_format(self, which: int) -> str:
        formats = self._DATE_FORMATS.get(self.published_precision, self._DATE_FORMATS["minute"])
        return dateformat.format(self.published_at.astimezone(datetime.UTC), formats[which])

    @property
    def published_display(self) -> str:
        """The date as far as the source gives it: "27 Nov 2021" or "27 Nov 2021, 19:44 UTC"."""
        if self.published_at is None:
            return "date unknown"
        shown = self._published_format(0)
        return f"{shown} (approx.)" if self.published_approximate else shown

    @property
    def published_iso(self) -> str:
        """The date for ``<time datetime>``, no more precise than the source: "2021-11-27"."""
        return self._published_format(1) if self.published_at else ""

    def clean(self):
        # Here rather than in each writer: admin, services and demo loader all validate.
        self.byline = normalise_byline(self.byline)

    def other_primary(self) -> "Article | None":
        """The primary article of this article's event, if that is another article."""
        if self.event_id is None:
            return None
        others = Article.objects.filter(event_id=self.event_id, is_primary=True)
        if self.pk is not None:
            others = others.exclude(pk=self.pk)
        return others.select_related("outlet", "event").first()

    def primary_taken_error(self, primary: "Article") -> ValidationError:
        return ValidationError(
            f"Event “{primary.event}” already has a primary source: “{primary}” (article "
            f"{primary.pk}). Untick “Is primary” there first, or untick it here.",
            code="primary_taken",
        )

    def validate_constraints(self, exclude=None):
        exclude = set(exclude or ())
        errors = {}
        checked = self.is_primary and not exclude & {"event", "is_primary"}
        if checked and (primary := self.other_primary()) is not None:
            errors["is_primary"] = [self.primary_taken_error(primary)]
            # The unique constraint would say the same without naming the primary.
            exclude.add("is_primary")
        try:
            super().validate_constraints(exclude=exclude)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)


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
    # The sentence embedding, computed once when the text is saved and reused by every
    # realignment: 512 signed bytes (mediacompare.alignment.embed.to_bytes). Empty for
    # boilerplate and for languages the model lacks.
    embedding = models.BinaryField(null=True, blank=True, editable=False)
    # Which model made it (embed.MODEL_ID): a different model means recompute.
    embedding_model = models.CharField(max_length=100, blank=True, editable=False)

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
    reads from ``a`` to ``b``, and is empty between passages in different languages
    (``translation`` links).
    """

    # The engine's vocabulary (mediacompare.alignment.kinds), stored as it names it.
    Kind = models.TextChoices(
        "Kind", [(value.upper(), (value, label)) for value, label in kinds.CHOICES]
    )

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
                condition=Q(kind__in=list(kinds.KINDS)),
                name="link_kind_valid",
            ),
            models.CheckConstraint(
                condition=Q(origin__in=["automatic", "editor"]), name="link_origin_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.passage_a_id} ~ {self.passage_b_id}"


class Comparison(models.Model):
    """Whether two articles of an event were compared when they were last aligned.

    One row per pair of articles (lower id on side ``a``). ``compared`` is False when
    the engine cannot compare them (different languages, one of which the model lacks):
    their passages are then neither omissions nor additions of each other, and the pages
    say "not compared" rather than "left out".
    """

    article_a = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    article_b = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    compared = models.BooleanField()
    reason = models.CharField(max_length=200, blank=True, help_text="Why not, when not compared.")
    aligned_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["article_a", "article_b"], name="comparison_pair_unique"
            ),
            models.CheckConstraint(
                condition=Q(article_a__lt=F("article_b")), name="comparison_articles_ordered"
            ),
        ]

    def __str__(self) -> str:
        verdict = "compared" if self.compared else "not compared"
        return f"{self.article_a_id} ~ {self.article_b_id}: {verdict}"


class PendingAlignment(models.Model):
    """An event whose alignment is queued or running in a background worker.

    One row per event, whatever number of articles changed: saving or importing an
    article while the row exists only bumps ``generation``, so an event gets one
    queued alignment task, not one per article (coverage.tasks). The task deletes the
    row when it has aligned the latest generation; a failure is tried again a bounded
    number of times, then kept here with its error (``failed``) for the event page.
    """

    event = models.OneToOneField(Event, on_delete=models.CASCADE, related_name="pending_alignment")
    # Bumped by every request: a task that aligned an older generation queues another.
    generation = models.PositiveIntegerField(default=1)
    attempts = models.PositiveIntegerField(default=0)
    failed = models.BooleanField(default=False)
    last_error = models.TextField(blank=True)
    requested_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        state = "failed" if self.failed else "pending"
        return f"{self.event_id}: alignment {state} (generation {self.generation})"
