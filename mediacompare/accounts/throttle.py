"""Counting attempts per client address: sign-up limits, and the address axes uses.

``hit()`` is generic (a key, a limit, a period) so any other limit can use it.
"""

from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from mediacompare.accounts.models import AttemptWindow


def client_ip(request) -> str:
    """The client's address: the peer's, or the one the PROXY_COUNT-th proxy saw.

    X-Forwarded-For is read only when proxies are declared, and then from the right (the
    entries our own proxies appended), never the left-most one, which a client can forge.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.PROXY_COUNT
    if proxies:
        forwarded = [part.strip() for part in request.headers.get("x-forwarded-for", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return remote


@transaction.atomic
def hit(
    *, key: str, limit: int, period: timedelta, now: datetime | None = None, cost: int = 1
) -> int:
    """Count one attempt (``cost`` of them) for ``key``; 0 if it is within ``limit`` per
    ``period``, else the seconds until the current window ends (a Retry-After)."""
    now = now or timezone.now()
    seconds = max(1, int(period.total_seconds()))
    start = datetime.fromtimestamp(int(now.timestamp()) // seconds * seconds, UTC)
    window, created = AttemptWindow.objects.get_or_create(key=key, window_start=start)
    if created:
        AttemptWindow.objects.filter(window_start__lt=start - period).delete()
    # The UPDATE locks the row: the count read back includes every earlier attempt.
    AttemptWindow.objects.filter(pk=window.pk).update(count=F("count") + cost)
    count = AttemptWindow.objects.values_list("count", flat=True).get(pk=window.pk)
    if count <= limit:
        return 0
    return max(1, int((start + timedelta(seconds=seconds) - now).total_seconds()))
