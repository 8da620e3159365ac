from django import forms

from mediacompare.coverage.models import Article

COLUMN_LABELS = {"a": "Pivot", "b": "Compare with", "c": "and with", "d": "and with"}


class ComparisonForm(forms.Form):
    """Which two to four articles of an event to read side by side (a GET form).

    ``a`` is the pivot; ``b`` is required; ``c`` and ``d`` add columns.
    """

    a = forms.TypedChoiceField(coerce=int, label=COLUMN_LABELS["a"])
    b = forms.TypedChoiceField(coerce=int, label=COLUMN_LABELS["b"])
    c = forms.TypedChoiceField(coerce=int, required=False, empty_value=None, label="and with")
    d = forms.TypedChoiceField(coerce=int, required=False, empty_value=None, label="and with")
    diff = forms.BooleanField(required=False, label="Only differences (hide verbatim rows)")
    # Which page of rows: from a row number, or the page holding a row (deep links).
    start = forms.IntegerField(required=False, min_value=0, max_value=1_000_000)
    row = forms.RegexField(required=False, regex=r"^[a-d][1-9][0-9]{0,5}$", max_length=7)

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
        chosen = [data.get(key) for key in "abcd" if data.get(key) is not None]
        if len(chosen) != len(set(chosen)):
            raise forms.ValidationError("Choose different articles for each column.")
        return data

    @property
    def column_fields(self):
        """The four column choosers, which the page shows (paging fields are not)."""
        return [self[key] for key in "abcd"]

    @property
    def chosen_articles(self) -> list[Article]:
        """The chosen articles, pivot first, in column order."""
        keys = [self.cleaned_data.get(key) for key in "abcd"]
        return [self.articles[pk] for pk in keys if pk is not None]
