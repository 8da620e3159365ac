from django import forms

from mediacompare.coverage.models import Event, Outlet
from mediacompare.search import languages, selectors
from mediacompare.search.models import SearchEntry
from mediacompare.search.query import MAX_LENGTH, QueryError, parse_query

KIND_CHOICES = [("", "Everything")] + [
    (value, f"{label}s") for value, label in SearchEntry.Kind.choices
]
ISO_DATE = "Enter a date as YYYY-MM-DD, e.g. 2021-11-27."


class SearchForm(forms.Form):
    """The search box and its filters (a GET form); every parameter parsed strictly."""

    q = forms.CharField(
        required=False,
        max_length=MAX_LENGTH,
        label="Search",
        error_messages={
            "max_length": "The search is too long: at most %(limit_value)d characters "
            "(it has %(show_value)d).",
            "null_characters_not_allowed": "The search contains a NUL character; "
            "remove it and try again.",
        },
    )
    event = forms.CharField(required=False, max_length=120)
    outlet = forms.CharField(required=False, max_length=100)
    language = forms.ChoiceField(
        required=False,
        error_messages={
            "invalid_choice": "Unknown language “%(value)s”: choose one from the list."
        },
    )
    kind = forms.ChoiceField(
        required=False,
        choices=KIND_CHOICES,
        label="Show",
        error_messages={"invalid_choice": "Show articles, passages or notes (or everything)."},
    )
    since = forms.DateField(
        required=False,
        label="Published from",
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": ISO_DATE},
    )
    until = forms.DateField(
        required=False, label="to", input_formats=["%Y-%m-%d"], error_messages={"invalid": ISO_DATE}
    )
    page = forms.RegexField(
        required=False,
        regex=r"^[0-9]{1,4}$",
        error_messages={"invalid": f"The page is a number from 1 to {selectors.MAX_PAGE}."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", "All languages")] + [
            (language.code, language.name) for language in languages.languages().values()
        ]

    def clean_q(self):
        text = self.cleaned_data["q"]
        if not text:
            return None
        try:
            return parse_query(text)
        except QueryError as error:
            raise forms.ValidationError(str(error)) from None

    def clean_event(self):
        slug = self.cleaned_data["event"]
        if not slug:
            return None
        event = Event.objects.filter(slug=slug).first()
        if event is None:
            raise forms.ValidationError(f"There is no event “{slug}”.")
        return event

    def clean_outlet(self):
        slug = self.cleaned_data["outlet"]
        if not slug:
            return None
        outlet = Outlet.objects.filter(slug=slug).first()
        if outlet is None:
            raise forms.ValidationError(f"There is no outlet “{slug}”.")
        return outlet

    def clean_page(self):
        value = self.cleaned_data["page"]
        number = int(value) if value else 1
        if not 1 <= number <= selectors.MAX_PAGE:
            raise forms.ValidationError(f"The page is a number from 1 to {selectors.MAX_PAGE}.")
        return number

    def clean(self):
        data = super().clean()
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:
            self.add_error("until", "The end date is before the start date.")
        return data

    @property
    def filters(self) -> selectors.Filters:
        data = self.cleaned_data
        return selectors.Filters(
            event=data["event"],
            outlet=data["outlet"],
            language=data["language"],
            kind=data["kind"],
            since=data["since"],
            until=data["until"],
        )
