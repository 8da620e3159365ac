"""When the database is unreachable: a 503 page with Retry-After, never a traceback.

A read (GET or HEAD) that fails because the connection is gone (the server dropped it
in a restart, a failover or an idle timeout, or refused a new one) is retried once, as
soon as the database accepts a connection again, waiting at most DATABASE_RETRY_WAIT
seconds for it: a restart of a few seconds costs readers a slow page, not an error. A
write is never retried: its transaction has been rolled back, and the page tells the user
that the change was not saved and to send it again, so nothing acknowledged is lost.
"""

import logging
import sys
import time

from django.conf import settings
from django.db import InterfaceError, OperationalError, connections
from django.http import HttpResponse, HttpResponseServerError
from django.template.loader import render_to_string
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRIED_METHODS = {"GET", "HEAD"}
# How often a waiting read tries to reconnect.
RETRY_INTERVAL = 0.25


def _describe(error: Exception) -> str:
    first_line = (str(error).strip().splitlines() or [""])[0]
    return f"{error.__class__.__name__}: {first_line[:200]}"


def database_unavailable(request) -> HttpResponse:
    """The 503 page. It reads nothing from the database (not even the session)."""
    wrote = request.method not in RETRIED_METHODS
    # No request context: a context processor could reach for the user, hence the database.
    body = render_to_string("503.html", {"wrote": wrote})
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(settings.DATABASE_RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


def _discard_dropped_connections() -> list:
    """Close the connections that are gone; those a retry would need to open again.

    Empty when nothing was lost (a cancelled query, a full disk: retrying would not help)
    or when an outer transaction (ATOMIC_REQUESTS, a test) cannot be resumed.
    """
    lost = []
    for connection in connections.all(initialized_only=True):
        if connection.in_atomic_block:
            return []
        if connection.connection is None or not connection.is_usable():
            connection.close()
            lost.append(connection)
    return lost


def _wait_for(lost, seconds: float) -> bool:
    """Whether every lost connection could be opened again within ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            for connection in lost:
                connection.ensure_connection()
            return True
        except DATABASE_ERRORS:
            for connection in lost:
                connection.close()
            if time.monotonic() + RETRY_INTERVAL > deadline:
                return False
            time.sleep(RETRY_INTERVAL)


class DatabaseOutageMiddleware:
    """Innermost middleware: calls the view itself so that a read can be retried once."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method not in RETRIED_METHODS:
            return None
        try:
            return view_func(request, *view_args, **view_kwargs)
        except DATABASE_ERRORS as error:
            lost = _discard_dropped_connections()
            # A view may opt out: the health check reports an outage at once.
            retry = bool(lost) and getattr(view_func, "database_retry", True)
            if not retry or not _wait_for(lost, settings.DATABASE_RETRY_WAIT):
                logger.error("database unavailable: %s", _describe(error))
                return database_unavailable(request)
            logger.warning(
                "database connection lost (%s); retrying the read once", _describe(error)
            )
        try:
            return view_func(request, *view_args, **view_kwargs)
        except DATABASE_ERRORS as error:
            logger.error("database unavailable on retry: %s", _describe(error))
            return database_unavailable(request)

    def process_exception(self, request, exception):
        # Writes: the view's transaction was rolled back by the error; say so, do not retry.
        if isinstance(exception, DATABASE_ERRORS):
            logger.error("database unavailable: %s", _describe(exception))
            return database_unavailable(request)
        return None


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """handler500: a database error outside the view (middleware, session) is a 503 too."""
    if isinstance(sys.exception(), DATABASE_ERRORS):
        return database_unavailable(request)
    return HttpResponseServerError(render_to_string(template_name))
