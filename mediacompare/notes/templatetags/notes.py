from django import template

from mediacompare.notes import rules
from mediacompare.notes.interface import Mark

register = template.Library()


@register.simple_tag
def marks_for(passage, passage_notes):
    """The passage's text in runs, those under visible span notes marked."""
    if not passage_notes:
        return [Mark(passage.text)]
    return passage_notes.marks(passage)


@register.simple_tag(takes_context=True)
def note_verdicts(context, note) -> dict[str, str]:
    """What the permission map says the page's user may do to ``note``, action by action:
    ``{% note_verdicts note as can %}{% if can.edit == "allowed" %}``."""
    return rules.verdicts(context.get("user"), note)
