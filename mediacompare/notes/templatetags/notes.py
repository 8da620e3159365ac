from django import template

from mediacompare.notes.selectors import passage_marks

register = template.Library()


@register.simple_tag
def marks_for(passage, notes):
    """The passage's text in runs, those under visible span notes marked (see selectors)."""
    return passage_marks(passage, notes or [])


@register.filter
def link_partner(link, passage) -> int | None:
    """The id of the passage at the other end of ``link`` from ``passage``: a link note's pair."""
    if not link or not passage:
        return None
    return link.passage_b_id if link.passage_a_id == passage.pk else link.passage_a_id
