from django import forms

from mediacompare.notes import limits
from mediacompare.notes.models import Note
from mediacompare.parameters import NumberField

# How long a body may be is the service's to say (with how long it is): a field with a
# maxlength would let the browser cut what is pasted into it without a word.
BODY_ERRORS = {"required": "Write something in the note."}


class NoteForm(forms.Form):
    """The body, visibility and tags of a note; the target comes from the URL or hidden fields."""

    body = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Note",
        error_messages=BODY_ERRORS,
    )
    visibility = forms.ChoiceField(
        choices=Note.Visibility.choices,
        initial=Note.Visibility.PRIVATE,
        required=False,
        widget=forms.RadioSelect,
    )
    tags = forms.CharField(required=False, max_length=limits.TAGS_FIELD_MAX_LENGTH, label="Tags")

    def clean_visibility(self) -> str:
        # Private unless the author says otherwise.
        return self.cleaned_data["visibility"] or Note.Visibility.PRIVATE


class NoteCreateForm(NoteForm):
    passage = NumberField(min_value=1, widget=forms.HiddenInput, label="passage")
    start = NumberField(min_value=0, required=False, widget=forms.HiddenInput, label="start")
    end = NumberField(min_value=0, required=False, widget=forms.HiddenInput, label="end")
    quote = forms.CharField(required=False, strip=False, max_length=limits.QUOTE_MAX_LENGTH)
    linked_passage = NumberField(min_value=1, required=False, label="On its link with")


class ReplyForm(forms.Form):
    body = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Reply",
        error_messages=BODY_ERRORS,
    )


class HideForm(forms.Form):
    reason = forms.CharField(
        max_length=limits.HIDE_REASON_MAX_LENGTH,
        label="Reason",
        error_messages={"required": "Say why the note is hidden."},
    )


class NoteFilterForm(forms.Form):
    """Filters of the notes lists, from the query string."""

    tag = forms.CharField(required=False, max_length=limits.TAG_MAX_LENGTH)
    article = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)
    author = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)

    def __init__(self, *args, articles=(), authors=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["article"].choices = [("", "All articles")] + [
            (article.pk, f"{article.outlet.name}: {article.title}") for article in articles
        ]
        self.fields["author"].choices = [("", "Everyone")] + list(authors)


class ImportForm(forms.Form):
    file = forms.FileField(label="W3C Web Annotation JSON-LD file")
