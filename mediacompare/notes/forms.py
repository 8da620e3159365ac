from django import forms
from django.conf import settings

from mediacompare.notes.models import Note


class NoteForm(forms.Form):
    """The body and visibility of a note; the target comes from the URL or hidden fields."""

    body = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=settings.NOTE_BODY_MAX_LENGTH,
        label="Note",
        error_messages={
            "required": "Write something in the note.",
            "max_length": f"A note is at most {settings.NOTE_BODY_MAX_LENGTH:,} characters long.",
        },
    )
    visibility = forms.ChoiceField(
        choices=Note.Visibility.choices,
        initial=Note.Visibility.PRIVATE,
        required=False,
        widget=forms.RadioSelect,
    )

    def clean_visibility(self) -> str:
        # Private unless the author says otherwise.
        return self.cleaned_data["visibility"] or Note.Visibility.PRIVATE


class NoteCreateForm(NoteForm):
    passage = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    start = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)
