"""Rate limits of the API: per token, per logged-in user, else per client address,
counted in the database by ``accounts.throttle.hit`` so every worker shares the count."""

import threading

from django.conf import settings
from ninja.throttling import BaseThrottle

from mediacompare.accounts import throttle


def throttle_key(request) -> tuple[str, int]:
    """The key the request is counted under and the limit that applies to it."""
    token = getattr(request, "api_token", None)
    if token is not None:
        return f"api:token:{token.pk}", settings.API_RATE_LIMIT_AUTHENTICATED
    user = getattr(request, "auth", None)
    if user is not None and user.is_authenticated:
        return f"api:user:{user.pk}", settings.API_RATE_LIMIT_AUTHENTICATED
    return f"api:ip:{throttle.client_ip(request)}", settings.API_RATE_LIMIT


class DatabaseThrottle(BaseThrottle):
    """ninja's throttle interface over ``accounts.throttle.hit`` (atomic, shared)."""

    def __init__(self):
        # wait() is asked right after allow_request(), in the same thread.
        self._last = threading.local()

    def allow_request(self, request) -> bool:
        key, limit = throttle_key(request)
        self._last.retry_after = throttle.hit(key=key, limit=limit, period=settings.API_RATE_PERIOD)
        return not self._last.retry_after

    def wait(self) -> float | None:
        return getattr(self._last, "retry_after", None) or None
