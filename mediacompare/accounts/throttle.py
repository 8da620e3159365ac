"""Counting attempts per client address: sign-up limits, and the address axes uses.

``hit()`` is generic (a key, a limit, a period) so any other limit can use it.
"""

import ipaddress
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import connections, router
from django.utils import timezone

from mediacompare.accounts.models import AttemptWindow


def client_ip(request) -> str:
    """The client's address: the peer's, or the one the PROXY_COUNT-th proxy saw.

    X-Forwarded-For is read only when proxies are declared, and then from the right (the
    entries our own proxies appended), never the left-most one, which a client can forge.
    An entry that is not an IP address ("unknown", a port appended, a header passed
    through from the client), or that names an IPv6 zone ("fe80::1%…", of any length,
    meaningless off the local link), is not taken: the peer's address counts instead.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.PROXY_COUNT
    if proxies:
        forwarded = [part.strip() for part in request.headers.get("x-forwarded-for", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies and "%" not in forwarded[-proxies]:
            try:
                return str(ipaddress.ip_address(forwarded[-proxies]))
            except ValueError:
                pass
    return remote


def hit(
    *, key: str, limit: int, period: timedelta, now: datetime | None = None, cost: int = 1
) -> int:
    """Count one attempt (``cost`` of them) for ``key``; 0 if it is within ``limit`` per
    ``period``, else the seconds until the current window ends (a Retry-After).

    One statement (an upsert that returns the new count): atomic on its own, on
    PostgreSQL and SQLite alike, and shared by every worker through the row it counts in.
    """
    now = now or timezone.now()
    seconds = max(1, int(period.total_seconds()))
    start = datetime.fromtimestamp(int(now.timestamp()) // seconds * seconds, UTC)
    count = _add(key=key, start=start, cost=cost)
    if count == cost:
        # The window's first attempt (a row is made with ``cost``, and only grows): the
        # ended windows are forgotten once per key and window, not on every attempt.
        AttemptWindow.objects.filter(window_start__lt=start - period).delete()
    if count <= limit:
        return 0
    return max(1, int((start + timedelta(seconds=seconds) - now).total_seconds()))


def _add(*, key: str, start: datetime, cost: int) -> int:
    """Add ``cost`` to the count of ``key`` in the window from ``start`` (made at ``cost``
    if there is none yet) and return the count: the conflicting row is locked by the
    update, so the count read back includes every earlier attempt, in any process."""
    connection = connections[router.db_for_write(AttemptWindow)]
    quote = connection.ops.quote_name
    fields = {field.name: field for field in AttemptWindow._meta.concrete_fields}
    table = quote(AttemptWindow._meta.db_table)
    key_column, start_column, count_column = (
        quote(fields[name].column) for name in ("key", "window_start", "count")
    )
    values = "VALUES (%s, %s, %s)"
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        # A statement of its own (autocommit): its commit does not wait for the WAL to
        # reach the disk (6 ms a request on a busy disk, against 0.3). A crash may forget
        # the last fraction of a second of counts, never count one twice; the count is
        # as atomic and as shared as ever. Inside a caller's transaction the setting
        # would be that transaction's, so it is not asked for there.
        values = (
            "SELECT %s, %s, %s FROM (SELECT set_config('synchronous_commit', 'off', true))"
            " AS asynchronous_commit"
        )
    sql = (
        f"INSERT INTO {table} ({key_column}, {start_column}, {count_column})"
        f" {values} ON CONFLICT ({key_column}, {start_column})"
        f" DO UPDATE SET {count_column} = {table}.{count_column} + excluded.{count_column}"
        f" RETURNING {count_column}"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            sql, [key, fields["window_start"].get_db_prep_value(start, connection), cost]
        )
        return cursor.fetchone()[0]
