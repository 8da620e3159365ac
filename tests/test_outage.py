"""Database outages: a 503 page with Retry-After, a read retried once, a write never."""

import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.db import OperationalError, connection, transaction
from django.http import HttpResponse
from django.test import RequestFactory

from mediacompare import outage

ROOT = Path(__file__).resolve().parent.parent


def _production_env(static_root, database_url):
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG")}
    env.update(
        DEBUG="false",
        SECRET_KEY="x" * 50,
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=database_url,
        DATABASE_CONNECT_TIMEOUT="2",
        # Reads wait up to a second for the database before their 503.
        DATABASE_RETRY_WAIT="1",
        STATIC_ROOT=str(static_root),
        DJANGO_SETTINGS_MODULE="mediacompare.settings",
        LOG_LEVEL="CRITICAL",
        REQUEST_LOG="false",
    )
    return env


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """Production pages need collectstatic's manifest; it needs no database."""
    root = tmp_path_factory.mktemp("static")
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=_production_env(root, "sqlite:////nonexistent-directory/db.sqlite3"),
        check=True,
    )
    return root


def _run_against_refusing_database(static_root, database_url, script):
    env = _production_env(static_root, database_url)
    prelude = (
        "import warnings; warnings.simplefilter('ignore')\n"
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "client = Client(raise_request_exception=False)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", prelude + script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


@pytest.mark.parametrize(
    "database_url",
    [
        # Nothing listens on port 1: the server refuses the connection.
        "postgres://mediacompare@127.0.0.1:1/mediacompare",
        # A SQLite file in a directory that does not exist cannot be opened.
        "sqlite:////nonexistent-directory/db.sqlite3",
    ],
)
def test_pages_answer_503_with_retry_after_when_the_database_refuses(static_root, database_url):
    script = (
        "for method, path in [('get', '/'), ('head', '/healthz'), ('get', '/healthz'),"
        " ('get', '/accounts/login/'), ('post', '/accounts/signup/')]:\n"
        "    r = getattr(client, method)(path)\n"
        "    print(method, path, r.status_code, r.get('Retry-After'), r.get('Cache-Control'),"
        " 'Briefly unavailable' in r.content.decode(), 'not confirmed' in r.content.decode())\n"
    )
    result = _run_against_refusing_database(static_root, database_url, script)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "get / 503 5 no-store True False"
    assert lines[1].startswith("head /healthz 503 5 no-store")
    assert lines[2] == "get /healthz 503 5 no-store True False"
    # The login page reads the session only to render the form; still no traceback.
    assert lines[3].split()[2] in {"200", "503"}
    # A POST (here a sign-up, throttled through the database) is told it was not saved.
    assert lines[4] == "post /accounts/signup/ 503 5 no-store True True"
    assert "Traceback" not in result.stdout


def _view_failing(times, calls):
    def view(request):
        calls.append(request.method)
        if len(calls) <= times:
            raise OperationalError("server closed the connection unexpectedly")
        return HttpResponse("ok")

    return view


@pytest.fixture
def middleware():
    return outage.DatabaseOutageMiddleware(lambda request: HttpResponse("unused"))


class FlakyConnection:
    """A lost connection that the server accepts again after ``refusals`` attempts."""

    def __init__(self, refusals):
        self.refusals = refusals
        self.attempts = 0

    def ensure_connection(self):
        self.attempts += 1
        if self.attempts <= self.refusals:
            raise OperationalError("connection refused")

    def close(self):
        pass


@pytest.fixture
def quick_retries(settings, monkeypatch):
    monkeypatch.setattr(outage, "RETRY_INTERVAL", 0.01)
    settings.DATABASE_RETRY_WAIT = 1


def test_a_read_on_a_lost_connection_waits_for_the_database_and_is_retried_once(
    middleware, quick_retries
):
    calls, lost = [], FlakyConnection(refusals=3)
    with mock.patch.object(outage, "_discard_dropped_connections", return_value=[lost]):
        response = middleware.process_view(
            RequestFactory().get("/"), _view_failing(1, calls), (), {}
        )
    assert response.status_code == 200 and calls == ["GET", "GET"]
    assert lost.attempts == 4


def test_a_read_that_fails_twice_is_a_503(middleware, quick_retries):
    calls = []
    request = RequestFactory().head("/")
    with mock.patch.object(
        outage, "_discard_dropped_connections", return_value=[FlakyConnection(0)]
    ):
        response = middleware.process_view(request, _view_failing(2, calls), (), {})
    assert response.status_code == 503 and response["Retry-After"] == "5"
    assert calls == ["HEAD", "HEAD"]


def test_a_read_gives_up_when_the_database_stays_away(middleware, quick_retries, settings):
    settings.DATABASE_RETRY_WAIT = 0
    calls, lost = [], FlakyConnection(refusals=1000)
    with mock.patch.object(outage, "_discard_dropped_connections", return_value=[lost]):
        response = middleware.process_view(
            RequestFactory().get("/"), _view_failing(1, calls), (), {}
        )
    assert response.status_code == 503 and calls == ["GET"]
    assert lost.attempts == 1


def test_a_read_is_not_retried_when_no_connection_was_lost(middleware):
    # A cancelled query or a full disk: the connection is fine, retrying would only add load.
    calls = []
    with mock.patch.object(outage, "_discard_dropped_connections", return_value=[]):
        response = middleware.process_view(
            RequestFactory().get("/"), _view_failing(1, calls), (), {}
        )
    assert response.status_code == 503 and calls == ["GET"]


def test_the_health_check_reports_an_outage_at_once(middleware, quick_retries):
    from mediacompare.health import healthz

    assert healthz.database_retry is False
    calls = []
    view = _view_failing(1, calls)
    view.database_retry = False
    with mock.patch.object(
        outage, "_discard_dropped_connections", return_value=[FlakyConnection(0)]
    ):
        response = middleware.process_view(RequestFactory().get("/healthz"), view, (), {})
    assert response.status_code == 503 and calls == ["GET"]


def test_a_write_is_never_retried_and_its_transaction_is_rolled_back(client, db):
    calls = []

    def view(request):
        calls.append(request.method)
        with transaction.atomic():
            Group.objects.create(name="written before the failure")
            raise OperationalError("server closed the connection unexpectedly")

    middleware = outage.DatabaseOutageMiddleware(lambda request: HttpResponse())
    request = RequestFactory().post("/")
    assert middleware.process_view(request, view, (), {}) is None  # the view runs normally
    with pytest.raises(OperationalError) as raised:
        view(request)
    response = middleware.process_exception(request, raised.value)
    assert response.status_code == 503 and response["Retry-After"] == "5"
    assert "Your change was not confirmed" in response.content.decode()
    assert calls == ["POST"]
    assert not Group.objects.filter(name="written before the failure").exists()


def test_handler500_turns_a_database_error_outside_the_view_into_a_503(db):
    request = RequestFactory().get("/")
    try:
        raise OperationalError("the database system is shutting down")
    except OperationalError:
        response = outage.server_error(request)
    assert response.status_code == 503 and response["Retry-After"] == "5"
    try:
        raise ValueError("a bug")
    except ValueError:
        assert outage.server_error(request).status_code == 500


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL to drop a backend")
def test_a_connection_killed_by_the_server_is_replaced_and_the_read_retried(transactional_db):
    """The real thing: the server terminates our backend; the retry gets a new one."""
    import psycopg

    calls = []

    def view(request):
        calls.append(request.method)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            pid = cursor.fetchone()[0]
        if len(calls) == 1:
            params = connection.get_connection_params()
            params.pop("cursor_factory", None)
            params.pop("context", None)
            with psycopg.connect(**params, autocommit=True) as other:
                other.execute("SELECT pg_terminate_backend(%s)", [pid])
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        return HttpResponse(str(pid))

    middleware = outage.DatabaseOutageMiddleware(lambda request: HttpResponse())
    response = middleware.process_view(RequestFactory().get("/"), view, (), {})
    assert response.status_code == 200
    assert calls == ["GET", "GET"]
