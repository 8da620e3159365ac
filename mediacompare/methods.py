"""A 405 that says what the address is for, instead of Django's empty one.

``require_http_methods`` and class-based views answer a method they do not take with an
empty 405. A reader meets one by reloading, or going back to, the address a form was
sent to (``/notes/new/``, say): the page tells them what happened and where to go.
Responses that already carry a body (the API's JSON) are left as they are.
"""

from django.http import HttpResponse
from django.shortcuts import render


class MethodNotAllowedPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code != 405
            or response.streaming
            or response.content
            or request.method == "HEAD"
        ):
            return response
        allowed = response.get("Allow", "")
        if getattr(request, "htmx", False):
            page = HttpResponse(
                f"This address does not take {request.method} requests (it takes {allowed}).",
                status=405,
                content_type="text/plain; charset=utf-8",
            )
        else:
            page = render(
                request,
                "405.html",
                {"method": request.method, "takes_forms_only": allowed == "POST"},
                status=405,
            )
        page["Allow"] = allowed
        return page
