"""The filters' <option>s of the search page, in one call per list.

A page lists up to 200 events and 1,000 outlets: as a template loop, three lookups, a
comparison and a date filter per option cost a third of the page's CPU time.
"""

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.simple_tag
def options(choices, chosen) -> SafeString:
    """``<option>`` per (value, label) pair, both escaped; ``chosen``'s is selected."""
    chosen = "" if chosen is None else str(chosen)
    return mark_safe(
        "".join(
            f'<option value="{escape(value)}"{" selected" if value == chosen else ""}>'
            f"{escape(label)}</option>"
            for value, label in choices
        )
    )
