"""Where to send a user back to after a form: only ever a URL on this site."""

from urllib.parse import urlsplit

from django.utils.http import url_has_allowed_host_and_scheme


def safe_next_url(request, fallback: str) -> str:
    """The ``next`` parameter if it points back to this site, else ``fallback``.

    Only a path ("/…") or an absolute URL on this host: a bare word ("abc") is on this
    site too, but ``redirect()`` would read it as a view's name (NoReverseMatch)."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if (
        "\x00" not in candidate
        and url_has_allowed_host_and_scheme(
            candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        and (candidate.startswith("/") or urlsplit(candidate).netloc)
    ):
        return candidate
    return fallback


def wants_fragment(request) -> bool:
    """Whether to answer with an htmx fragment rather than the whole page.

    Boosted navigation and history restoration (back button after a cache miss)
    need the whole page.
    """
    htmx = getattr(request, "htmx", None)
    return bool(htmx) and not htmx.boosted and not htmx.history_restore_request
