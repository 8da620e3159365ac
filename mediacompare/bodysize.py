"""413 for a request body larger than any form the site takes, before anything reads it.

Django bounds form fields (``DATA_UPLOAD_MAX_MEMORY_SIZE``), not uploaded files, and
the CSRF check reads a POST's form for its token: without this, any client could send
gigabytes to any address and have them written to a temporary file. The largest upload
the site takes is the admin's bulk import (``ingest.jobs.MAX_UPLOAD_BYTES``); larger
files go through the ``import_coverage`` command.
"""

from django.conf import settings
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        declared = request.headers.get("content-length") or ""
        if (
            declared.isascii()
            and declared.isdigit()
            and int(declared) > settings.MAX_REQUEST_BODY_BYTES
        ):
            return HttpResponse(
                "This request is larger than the site accepts"
                f" ({filesizeformat(settings.MAX_REQUEST_BODY_BYTES)}).",
                status=413,
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
