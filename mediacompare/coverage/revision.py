"""When an event's passages or links change, what pages cached from them is stale.

Every write that changes them (splitting an article, aligning it, re-aligning an event)
calls :func:`event_changed`; pages key their caches on ``Event.revision`` (with their
articles' ``updated_at``), so nothing is ever invalidated by hand.
"""

from django.db.models import F

from mediacompare.coverage.models import Event


def event_changed(event_id: int) -> None:
    """The event's passages or links changed: bump its revision."""
    Event.objects.filter(pk=event_id).update(revision=F("revision") + 1)
