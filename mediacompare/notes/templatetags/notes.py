from django import template

from mediacompare.notes import rules

register = template.Library()


@register.simple_tag(takes_context=True)
def note_verdicts(context, note) -> dict[str, str]:
    """What the permission map says the page's user may do to ``note``, action by action:
    ``{% note_verdicts note as can %}{% if can.edit == "allowed" %}``."""
    return rules.verdicts(context.get("user"), note)
