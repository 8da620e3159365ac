from django import forms

from mediacompare.coverage.models import Article


class ArticleChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, article: Article) -> str:
        return f"{article.outlet.name} — {article.title}"


class ComparisonForm(forms.Form):
    """Which two articles of an event to read side by side (a GET form)."""

    a = ArticleChoiceField(queryset=Article.objects.none(), label="Left (pivot)")
    b = ArticleChoiceField(queryset=Article.objects.none(), label="Right")

    def __init__(self, *args, articles, **kwargs):
        super().__init__(*args, **kwargs)
        queryset = Article.objects.filter(pk__in=[a.pk for a in articles]).select_related("outlet")
        self.fields["a"].queryset = queryset
        self.fields["b"].queryset = queryset
        # The choices come from the list the page already holds: no extra query.
        choices = [(a.pk, f"{a.outlet.name} — {a.title}") for a in articles]
        self.fields["a"].choices = choices
        self.fields["b"].choices = choices

    def clean(self):
        data = super().clean()
        if data.get("a") and data.get("b") and data["a"] == data["b"]:
            raise forms.ValidationError("Choose two different articles to compare.")
        return data
