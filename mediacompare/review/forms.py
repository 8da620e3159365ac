from django import forms

from mediacompare.alignment import kinds
from mediacompare.parameters import NumberField
from mediacompare.review.models import LinkDecision

# Which part of the page an htmx decision asks back: the comparison (its default
# fragment), a passage page's review panel, or the queue's items.
FRAGMENTS = ("", "review", "queue")


class DecisionForm(forms.Form):
    passage = NumberField(min_value=1)
    partner = NumberField(min_value=1)
    action = forms.ChoiceField(choices=LinkDecision.Action.choices)
    kind = forms.ChoiceField(choices=[("", "—"), *kinds.CHOICES], required=False)


class DrawForm(forms.Form):
    partner = NumberField(min_value=1, error_messages={"required": "Choose the passage to link."})
    kind = forms.ChoiceField(choices=kinds.CHOICES)


class MarkForm(forms.Form):
    content = forms.ChoiceField(choices=[("yes", "Content"), ("no", "Not content")])
