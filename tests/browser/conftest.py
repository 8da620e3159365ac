"""Playwright fixtures: Debian's Chromium on pytest-django's live server.

The browser is started once for the tests in this package; each test gets its own
context (cookies, storage) and page, and a fresh database with the demo loaded.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.core.servers.basehttp import WSGIServer
from playwright.sync_api import expect, sync_playwright

from mediacompare.coverage.demo import create_demo_accounts, load_event

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artefacts" / "screenshots"

# The machine is shared: give assertions as long as actions (10 s) before they fail.
expect.set_options(timeout=10_000)

# The machine has no network: keep Chromium from calling Google on start-up.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(items):
    browser_dir = Path(__file__).resolve().parent
    for item in items:
        if browser_dir in item.path.parents:
            item.add_marker(pytest.mark.browser)


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false"}


def _chromium_path() -> str | None:
    if path := os.environ.get("CHROMIUM_PATH"):
        # An explicit path wins; a wrong one is "not found", not a silent fallback.
        return path if os.access(path, os.X_OK) else None
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    return None


@pytest.fixture(scope="package")
def playwright():
    # Playwright's sync API keeps an asyncio loop running in this thread, so Django would
    # refuse ORM calls from tests and fixtures; set only while the browser package runs.
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE", "true"))
        with sync_playwright() as pw:
            yield pw


@pytest.fixture(scope="package")
def browser(playwright):
    path = _chromium_path()
    if path is None:
        message = (
            "Chromium not found: browser tests SKIPPED. "
            "Install Debian's chromium or set CHROMIUM_PATH"
            f" (CHROMIUM_PATH={os.environ.get('CHROMIUM_PATH', '')!r})"
        )
        if _in_ci():
            pytest.fail(message.replace("SKIPPED", "FAILED (CI is set)"))
        pytest.skip(message)
    browser = playwright.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


class _OneRequestAtATime(WSGIServer):
    """Django's plain WSGI server, taking the live server thread's arguments: requests
    are served one after another in the thread that holds the database connections
    (and each response closes its connection, as Django does for unthreaded servers)."""

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)


@pytest.fixture(scope="session")
def _one_request_at_a_time(django_db_setup):
    """On in-memory SQLite, every request thread of the live server shares the test
    database's one connection, so two requests at once (an admin autocomplete and a
    form's POST) can interleave on it: a session read comes back empty and the user is
    sent to log in mid-test. There the live server serves one request at a time; on
    PostgreSQL each thread has its own connection and requests stay concurrent."""
    from django.db import connections
    from django.test.testcases import LiveServerThread

    if not any(c.vendor == "sqlite" and c.is_in_memory_db() for c in connections.all()):
        yield
        return
    threaded = LiveServerThread.server_class
    LiveServerThread.server_class = _OneRequestAtATime
    yield
    LiveServerThread.server_class = threaded


@pytest.fixture(scope="session")
def live_server(django_db_setup, _one_request_at_a_time, live_server):
    """pytest-django's live server, started only once the test database exists.

    Started earlier, it would not share the in-memory SQLite test database's connection
    with its request threads, which then open their own and leak them (ResourceWarning).
    """
    return live_server


# Chromium's own CSP message does not say which element broke the policy; this does.
CSP_REPORTER = """
document.addEventListener("securitypolicyviolation", (e) => console.info(
  "CSP violation:", e.violatedDirective, "at", e.sourceFile + ":" + e.lineNumber,
  "on", e.target && e.target.outerHTML ? e.target.outerHTML.slice(0, 160) : String(e.target),
  "sample:", e.sample));
"""


class ConsoleErrors(list):
    """Console messages of type "error" (CSP violations included) and uncaught exceptions."""

    def watch(self, page):
        page.add_init_script(CSP_REPORTER)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.append(f"uncaught: {error}"))
        return page

    def _console(self, message):
        url = message.location.get("url", "")
        # The app serves no favicon yet, and Chromium asks for one on every page (reported).
        if message.type == "error" and not url.endswith("/favicon.ico"):
            self.append(f"{message.text} ({url})")
        elif message.text.startswith("CSP violation:"):
            self.append(message.text)


@pytest.fixture
def console_errors():
    return ConsoleErrors()


@pytest.fixture
def new_page(browser, live_server, console_errors):
    """Open a page in a new context; extra keyword arguments go to ``new_context``."""
    contexts = []

    def open_page(**options):
        options.setdefault("base_url", live_server.url)
        options.setdefault("viewport", {"width": 1280, "height": 900})
        context = browser.new_context(**options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return console_errors.watch(context.new_page())

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def demo(transactional_db):
    """The demo event and the demo accounts, in this test's database."""
    event = load_event()
    accounts = create_demo_accounts()
    return event, accounts


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> None:
        # caret="hide" leaves style="" on inputs, which htmx later copies: a CSP violation.
        page.screenshot(path=SCREENSHOTS / f"{name}.png", caret="initial")

    return take


@pytest.fixture
def log_in():
    def go(page, username: str, password: str) -> None:
        """Log in through the page's own "Log in" link, coming back to the same page."""
        page.get_by_role("navigation", name="Account").get_by_role("link", name="Log in").click()
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Log in").click()
        page.get_by_text(f"Signed in as {username}").wait_for()

    return go
