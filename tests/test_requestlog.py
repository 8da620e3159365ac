"""One structured log line per request: method, path, status, duration, request id."""

import json
import logging

import pytest
from django.urls import reverse

from mediacompare.requestlog import StructuredFormatter


@pytest.fixture
def request_lines(caplog):
    caplog.set_level(logging.INFO, logger="mediacompare.request")

    def lines():
        formatter = StructuredFormatter("json")
        return [
            json.loads(formatter.format(record))
            for record in caplog.records
            if record.name == "mediacompare.request"
        ]

    return lines


def test_each_request_is_one_line_with_its_fields(client, db, request_lines):
    response = client.get(reverse("coverage:event_list") + "?token=secret-value")
    (line,) = request_lines()
    assert line["method"] == "GET"
    assert line["path"] == "/"  # never the query string
    assert line["status"] == 200
    assert isinstance(line["duration_ms"], float)
    assert line["request_id"] == response["X-Request-ID"]
    assert "secret-value" not in json.dumps(line)


def test_a_proxys_request_id_is_kept_and_a_forged_one_replaced(client, db, request_lines):
    kept = client.get("/healthz", headers={"X-Request-ID": "lb-1234abcd"})
    assert kept["X-Request-ID"] == "lb-1234abcd"
    forged = client.get("/healthz", headers={"X-Request-ID": 'x" level=error'})
    assert forged["X-Request-ID"] != 'x" level=error' and len(forged["X-Request-ID"]) == 32
    assert [line["request_id"] for line in request_lines()] == [
        "lb-1234abcd",
        forged["X-Request-ID"],
    ]


def test_password_reset_tokens_are_masked_in_the_logged_path(client, db, request_lines):
    client.get("/accounts/reset/MQ/abc123-0123456789abcdef/")
    (line,) = request_lines()
    assert "abc123" not in line["path"] and "MQ" not in line["path"]
    assert line["path"] == "/accounts/reset/…/…/"


def test_logfmt_is_one_line_with_quoted_values():
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, 'two\nlines "quoted"', (), None)
    record.fields = {"path": "/a b/"}
    line = StructuredFormatter("logfmt").format(record)
    assert "\n" not in line
    assert 'message="two\\nlines \\"quoted\\""' in line and 'path="/a b/"' in line


def test_an_exception_stays_on_one_json_line():
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    line = StructuredFormatter("json").format(record)
    assert "\n" not in line and "ValueError: boom" in json.loads(line)["exception"]
