"""Login throttling: django-axes' backend, for logins that come with a request."""

from axes.backends import AxesStandaloneBackend


class LoginThrottleBackend(AxesStandaloneBackend):
    """Refuses a locked-out client; ignores ``authenticate()`` calls without a request.

    Every login form (the site's and the admin's) passes the request. Calls without one
    (the test client's ``login()``, management commands) have no client to throttle, and
    axes would refuse them outright.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
