"""Numbers from outside, parsed in one place and strictly: query parameters, form fields
and numbers in paths, for every view of both apps.

Only the ASCII digits 0-9 ("²".isdigit() is true in Python, and int() reads
Arabic-Indic digits), at most 18 of them (int() refuses 4,300; the database's bigint
ends at 19), within the bounds the caller gives. A bad query parameter is a
:class:`BadParameter`, answered 400 with its message (:func:`bad_request`); a bad form
field is the form's error; a path that is not a number matches no URL (404).
"""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import (
    BadRequest,
    RequestDataTooBig,
    TooManyFieldsSent,
    ValidationError,
)
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.urls import converters, register_converter

MAX_DIGITS = 18
LARGEST = 10**MAX_DIGITS - 1
_DIGITS = re.compile(rf"[0-9]{{1,{MAX_DIGITS}}}", re.ASCII)


class BadParameter(BadRequest):
    """A query parameter that is not what the page takes; its message says why."""


def number(value, *, name: str, minimum: int = 0, maximum: int = LARGEST) -> int:
    """``value`` as a whole number from ``minimum`` to ``maximum``, or BadParameter."""
    text = value if isinstance(value, str) else str(value)
    if not _DIGITS.fullmatch(text):
        raise BadParameter(
            f"“{name}” must be a whole number written with the digits 0 to 9"
            f" (at most {MAX_DIGITS} of them)."
        )
    result = int(text)
    if not minimum <= result <= maximum:
        raise BadParameter(f"“{name}” must be from {minimum:,} to {maximum:,}.")
    return result


def optional_number(
    params, name: str, *, minimum: int = 0, maximum: int = LARGEST, default=None
) -> int | None:
    """The number ``params[name]`` holds, ``default`` if it is absent or empty."""
    value = params.get(name, "")
    if value == "":
        return default
    return number(value, name=name, minimum=minimum, maximum=maximum)


class NumberField(forms.IntegerField):
    """A form's whole number, read by :func:`number` (IntegerField takes "١٢" for 12)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return number(str(value), name=self.label or "The number")
        except BadParameter as error:
            raise ValidationError(str(error), code="invalid") from error


class NumberConverter:
    """``<number:pk>`` in a path: ASCII digits, at most 18 (longer matches no URL: 404)."""

    regex = rf"[0-9]{{1,{MAX_DIGITS}}}"

    def to_python(self, value: str) -> int:
        return number(value, name="number")

    def to_url(self, value) -> str:
        return str(int(value))


def register() -> None:
    """Make ``<number:...>`` available to the apps' URL patterns (once)."""
    if "number" not in converters.get_converters():
        register_converter(NumberConverter, "number")


def bad_request(request, exception, template_name: str = "400.html"):
    """400, saying what was wrong with a parameter (other refusals say nothing more)."""
    message = str(exception) if isinstance(exception, BadParameter) else ""
    if isinstance(exception, RequestDataTooBig):
        message = (
            "This request is larger than the site accepts"
            f" ({filesizeformat(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)} of form data)."
        )
    elif isinstance(exception, TooManyFieldsSent):
        message = f"This form sends more than {settings.DATA_UPLOAD_MAX_NUMBER_FIELDS:,} fields."
    if getattr(request, "htmx", False):
        return HttpResponseBadRequest(
            message or "Bad request.", content_type="text/plain; charset=utf-8"
        )
    return render(request, template_name, {"exception": message}, status=400)
