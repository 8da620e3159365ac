from django import forms
from django.conf import settings

from mediacompare.notes.models import Note


class NoteForm(forms.Form):
    """The body and visibility of a note; the target comes from the URL or hidden fields."""

    body = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=settings.NOTE_BODY_MAX_LENGTH,
        label="Note",
        error_messages={"required": "Write something in the note."},
    )
    visibility = forms.ChoiceField(
        choices=Note.Visibility.choices, initial=Note.Visibility.PRIVATE, widget=forms.RadioSelect
    )


class NoteCreateForm(NoteForm):
    passage = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    start = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)
