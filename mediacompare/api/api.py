"""The API object: /api/v1/, its routers, who may call it, how often, and how its
answers are cached."""

import hashlib

from django.conf import settings
from django.core.exceptions import BadRequest
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import quote_etag
from ninja import NinjaAPI
from ninja.errors import HttpError
from ninja.renderers import JSONRenderer

from mediacompare.api.auth import AUTH
from mediacompare.api.routers import articles, comparisons, events, links, notes, outlets
from mediacompare.api.throttling import DatabaseThrottle


class UnicodeJSONRenderer(JSONRenderer):
    # Texts in Chinese, Russian, Arabic… as they are: readable, and a third the size.
    json_dumps_params = {"ensure_ascii": False}


class ReadOnlyAPI(NinjaAPI):
    def create_response(self, request, data, *, status=None, temporal_response=None):
        response = super().create_response(
            request, data, status=status, temporal_response=temporal_response
        )
        return cache_headers(request, response)

    def get_openapi_schema(self, **kwargs):
        schema = super().get_openapi_schema(**kwargs)
        # Every operation answers anonymous callers too: authentication is optional.
        for operations in schema["paths"].values():
            for operation in operations.values():
                if "security" in operation:
                    operation["security"].append({})
        return schema


def cache_headers(request, response):
    """ETag and conditional GET for successful reads; public data cacheable by anyone,
    an authenticated caller's answers (which may hold private notes) only by them."""
    patch_vary_headers(response, ["Authorization", "Cookie"])
    if response.status_code != 200 or request.method not in ("GET", "HEAD"):
        patch_cache_control(response, no_store=True)
        return response
    user = getattr(request, "auth", None)
    if user is not None and user.is_authenticated:
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(response, public=True, max_age=settings.API_CACHE_SECONDS)
    etag = quote_etag(hashlib.blake2b(response.content, digest_size=16).hexdigest())
    response["ETag"] = etag
    return get_conditional_response(request, etag=etag, response=response)


api = ReadOnlyAPI(
    title="mediacompare API",
    version="1",
    description=(
        "Read-only: events, outlets, articles, passages, the links and comparisons between "
        "them, and notes as W3C Web Annotations. Anonymous callers read public data; a "
        "personal token (`Authorization: Bearer …`, made on /accounts/api-tokens/) or the "
        "site's session adds the caller's own private notes. Lists are cursor-paginated: "
        "follow `next`."
    ),
    urls_namespace="api",
    auth=AUTH,
    throttle=[DatabaseThrottle()],
    renderer=UnicodeJSONRenderer(),
)
api.add_router("/events", events.router)
api.add_router("/outlets", outlets.router)
api.add_router("/articles", articles.router)
api.add_router("/links", links.router)
api.add_router("/comparisons", comparisons.router)
api.add_router("/notes", notes.router)


@api.exception_handler(BadRequest)
def bad_request(request, exc):
    return api.create_response(request, {"detail": str(exc) or "Bad request."}, status=400)


@api.exception_handler(HttpError)
def http_error(request, exc):
    response = api.create_response(request, {"detail": str(exc)}, status=exc.status_code)
    if exc.status_code == 401:
        response["WWW-Authenticate"] = "Bearer"
    return response
