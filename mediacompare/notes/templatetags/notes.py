from django import template

from mediacompare.notes.selectors import passage_marks, passage_partners

register = template.Library()


@register.simple_tag
def marks_for(passage, notes):
    """The passage's text in runs, those under visible span notes marked (see selectors)."""
    return passage_marks(passage, notes or [])


@register.simple_tag
def passage_partners_for(passage):
    """Passages of other articles linked to this one: what a link note can join it to."""
    return passage_partners(passage=passage)
