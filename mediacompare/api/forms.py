from django import forms

from mediacompare.api.models import TOKEN_NAME_MAX_LENGTH


class TokenForm(forms.Form):
    name = forms.CharField(
        max_length=TOKEN_NAME_MAX_LENGTH,
        label="What is it for?",
        help_text="A name to recognise it by, e.g. “my research scripts”.",
    )
