"""Structured logs: one line per record, and one record per request.

Each request gets an id (the proxy's ``X-Request-ID`` when it is a plain token, else a new
one), returned in the response's ``X-Request-ID`` and written on every log line emitted
while the request runs, so a traceback can be matched with its request line. The request
line carries the method, the path without its query string (tokens in password-reset
paths are masked), the status and the duration in milliseconds; never headers, cookies,
bodies or query strings.
"""

import json
import logging
import re
import time
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

from django.core.signals import request_finished
from django.dispatch import receiver

logger = logging.getLogger("mediacompare.request")

request_id_var: ContextVar[str] = ContextVar("request_id", default="")

_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
# URL parameters that are secrets: masked in the logged path.
_SECRET_URL_KWARGS = ("uidb64", "token")


def _request_id(request) -> str:
    given = request.headers.get("X-Request-ID", "")
    return given if _REQUEST_ID.fullmatch(given) else uuid.uuid4().hex


def _loggable_path(request) -> str:
    path = request.path
    match = getattr(request, "resolver_match", None)
    if match is not None:
        for name in _SECRET_URL_KWARGS:
            value = match.kwargs.get(name)
            if value:
                path = path.replace(str(value), "…")
    return path


class RequestLogMiddleware:
    """Outermost middleware: times the request and logs the final status."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = _request_id(request)
        # Cleared when the response is closed, after Django's own 4xx/5xx log line.
        request_id_var.set(request.request_id)
        started = time.perf_counter()
        response = self.get_response(request)
        response["X-Request-ID"] = request.request_id
        logger.info(
            "request",
            extra={
                "fields": {
                    "method": request.method,
                    "path": _loggable_path(request),
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "request_id": request.request_id,
                }
            },
        )
        return response


@receiver(request_finished)
def _forget_request_id(sender, **kwargs):
    request_id_var.set("")


class StructuredFormatter(logging.Formatter):
    """A log record as one line of JSON (``output="json"``) or logfmt."""

    def __init__(self, output: str = "json"):
        super().__init__()
        self.output = output

    def format(self, record: logging.LogRecord) -> str:
        fields = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields.update(getattr(record, "fields", {}))
        if isinstance(getattr(record, "status_code", None), int):
            fields.setdefault("status", record.status_code)
        if "request_id" not in fields and (request_id := request_id_var.get()):
            fields["request_id"] = request_id
        if record.exc_info:
            fields["exception"] = self.formatException(record.exc_info)
        if self.output == "json":
            return json.dumps(fields, ensure_ascii=False, default=str)
        return " ".join(f"{key}={_logfmt_value(value)}" for key, value in fields.items())


def _logfmt_value(value) -> str:
    text = str(value)
    if text and not any(char in text for char in ' ="\\\n\r\t'):
        return text
    return json.dumps(text, ensure_ascii=False)
