"""Who is asking: a personal token (``Authorization: Bearer …``), the site's session, or
anyone. Every endpoint takes all three; what differs is what the notes selectors show."""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from ninja.errors import AuthenticationError
from ninja.security import APIKeyCookie, HttpBearer

from mediacompare.api.selectors import token_for_secret


class BearerToken(HttpBearer):
    """A personal API token. A malformed or revoked one is refused (401), never ignored:
    a client that sent a token expects its private notes, not the public view."""

    def __call__(self, request):
        header = request.headers.get("Authorization")
        if header is None:
            return None
        scheme, _, secret = header.partition(" ")
        if scheme.lower() != "bearer" or not secret.strip():
            raise AuthenticationError(message="Send a token as “Authorization: Bearer <token>”.")
        return self.authenticate(request, secret.strip())

    def authenticate(self, request, token):
        found = token_for_secret(token)
        if found is None:
            raise AuthenticationError(message="This API token is not valid (revoked or mistyped).")
        request.api_token = found
        return found.user


class SessionUser(APIKeyCookie):
    """The site's login session. The API only reads, so there is no CSRF to check."""

    param_name = settings.SESSION_COOKIE_NAME

    def __init__(self):
        super().__init__(csrf=False)

    def authenticate(self, request, key):
        return request.user if request.user.is_authenticated else None


def anyone(request):
    """Anonymous readers: public data only (AnonymousUser is truthy, so ninja accepts it)."""
    return AnonymousUser()


AUTH = [BearerToken(), SessionUser(), anyone]
