"""Forms of the import pages: a bulk upload, a web page to read, an article to review."""

import datetime

from django import forms

from mediacompare.coverage.admin import PublishedAtField
from mediacompare.coverage.models import Article, Event, Outlet
from mediacompare.ingest import extract, jobs


class BulkImportForm(forms.Form):
    file = forms.FileField(
        help_text="JSON Lines (one article per line), or a ZIP of corpus-format files "
        f"(.txt) or HTML pages; at most {jobs.MAX_UPLOAD_BYTES // 2**20} MB."
    )
    event_slug = forms.SlugField(
        required=False,
        label="Event",
        help_text="The event slug for rows that name none (a ZIP's files).",
    )
    event_title = forms.CharField(required=False, max_length=300, help_text="If that event is new.")
    event_date = forms.DateField(required=False, help_text="If that event is new: YYYY-MM-DD.")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > jobs.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                f"The file is larger than {jobs.MAX_UPLOAD_BYTES // 2**20} MB: import it with "
                "`manage.py import_coverage` on the server instead."
            )
        data = upload.read()
        head = data[:1024].lstrip()
        if not (data[:4] == b"PK\x03\x04" or head.startswith(b"{")):
            raise forms.ValidationError(
                "This is neither JSON Lines (one JSON object per line) nor a ZIP."
            )
        return upload.name, data


class WebPageForm(forms.Form):
    """A page to read: its address (fetched by the server), a saved file, or its HTML."""

    url = forms.URLField(
        required=False,
        label="Address",
        assume_scheme="https",
        help_text="http or https; the server fetches it if it can reach it.",
    )
    page = forms.FileField(required=False, label="Or a saved page", help_text="An .html file.")
    html = forms.CharField(
        required=False,
        label="Or the page's HTML",
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Paste the page source (View source, select all, copy).",
    )

    def clean(self):
        cleaned = super().clean()
        given = [name for name in ("url", "page", "html") if cleaned.get(name)]
        if len(given) != 1:
            raise forms.ValidationError("Give one of these: an address, a saved page or its HTML.")
        page = cleaned.get("page")
        if page is not None:
            if page.size > extract.MAX_HTML_BYTES:
                raise forms.ValidationError(
                    f"The page is larger than {extract.MAX_HTML_BYTES // 2**20} MB."
                )
            cleaned["html"] = page.read()
        return cleaned


class ReviewForm(forms.ModelForm):
    """The article read from a page, for an editor to check and correct before saving."""

    published_at = PublishedAtField(
        label="Published", help_text="The day the page gives; add the time (UTC) if it gives one."
    )
    outlet_name = forms.CharField(
        required=False,
        max_length=200,
        help_text="A new outlet with this name is created when no outlet is chosen.",
    )
    outlet_country = forms.CharField(required=False, max_length=100)

    class Meta:
        model = Article
        fields = [
            "event",
            "outlet",
            "title",
            "source_url",
            "byline",
            "published_at",
            "language",
            "is_excerpt",
            "is_primary",
            "body",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outlet"].required = False
        self.fields["event"].queryset = Event.objects.order_by("-starts_on", "title")
        self.fields["outlet"].queryset = Outlet.objects.order_by("name")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outlet") is None:
            name = (cleaned.get("outlet_name") or "").strip()
            if not name:
                self.add_error("outlet", "Choose the outlet, or give a new outlet's name.")
            elif Outlet.objects.filter(name=name).exists():
                self.add_error("outlet_name", f"An outlet is already named “{name}”: choose it.")
        entered = cleaned.get("published_at")
        if entered is not None:
            day, time = entered
            cleaned["published_precision"] = (
                Article.DatePrecision.MINUTE if time else Article.DatePrecision.DAY
            )
            cleaned["published_at"] = datetime.datetime.combine(
                day, time or datetime.time(), tzinfo=datetime.UTC
            )
        return cleaned
