from django import forms

from mediacompare.coverage import columns
from mediacompare.coverage.models import Article
from mediacompare.parameters import NumberField


class ComparisonForm(forms.Form):
    """Which two to four articles of an event to read side by side (a GET form).

    ``a`` is the pivot; ``b`` is required; ``c`` and ``d`` add columns.
    """

    a = forms.TypedChoiceField(coerce=int, label=columns.LABELS["a"])
    b = forms.TypedChoiceField(coerce=int, label=columns.LABELS["b"])
    c = forms.TypedChoiceField(
        coerce=int, required=False, empty_value=None, label=columns.LABELS["c"]
    )
    d = forms.TypedChoiceField(
        coerce=int, required=False, empty_value=None, label=columns.LABELS["d"]
    )
    diff = forms.BooleanField(required=False, label="Only differences (hide verbatim rows)")
    # Which page of rows: from a row number, or the page holding a row (deep links).
    start = NumberField(required=False, min_value=0, max_value=1_000_000, label="start")
    row = forms.RegexField(required=False, regex=columns.ROW_ANCHOR, max_length=7)
    # A folded run of verbatim rows to show, by its first row (links without JavaScript).
    open = forms.RegexField(required=False, regex=columns.ROW_ANCHOR, max_length=7)

    def __init__(self, *args, articles: list[Article], **kwargs):
        super().__init__(*args, **kwargs)
        self.articles = {article.pk: article for article in articles}
        # The choices come from the list the page already holds: no extra query.
        choices = [(a.pk, f"{a.outlet.name} — {a.title}") for a in articles]
        self.fields["a"].choices = choices
        self.fields["b"].choices = choices
        self.fields["c"].choices = [("", "— none —"), *choices]
        self.fields["d"].choices = [("", "— none —"), *choices]

    def clean(self):
        data = super().clean()
        chosen = [data.get(key) for key in columns.KEYS if data.get(key) is not None]
        if len(chosen) != len(set(chosen)):
            raise forms.ValidationError("Choose different articles for each column.")
        return data

    @property
    def paging_errors(self) -> list[str]:
        """What was wrong with the page of rows asked for (the page shows no such fields)."""
        return [error for name in ("start", "row", "open") for error in self.errors.get(name, [])]

    @property
    def column_fields(self):
        """The four column choosers, which the page shows (paging fields are not)."""
        return [self[key] for key in columns.KEYS]

    @property
    def chosen_articles(self) -> list[Article]:
        """The chosen articles, pivot first, in column order."""
        keys = [self.cleaned_data.get(key) for key in columns.KEYS]
        return [self.articles[pk] for pk in keys if pk is not None]
