"""The browser fixtures of tests/browser (Chromium on the live server, the demo loaded)."""

from tests.browser.conftest import (  # noqa: F401
    _one_request_at_a_time,
    browser,
    console_errors,
    demo,
    live_server,
    new_page,
    page,
    playwright,
    screenshot,
)
