from django import template

from mediacompare.notes import rules
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


@register.simple_tag(takes_context=True)
def note_verdicts(context, note) -> dict[str, str]:
    """What the permission map says the page's user may do to ``note``, action by action:
    ``{% note_verdicts note as can %}{% if can.edit == "allowed" %}``."""
    return rules.verdicts(context.get("user"), note)
