"""Property-based robustness tests (hypothesis): hostile input never gives a 5xx or a
half-written row.

The default profile keeps the suite to well under a minute; run it longer with

    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/robustness -q

(``ci`` sits between the two). Profiles are registered here, not in settings.
"""

import os

import pytest
from hypothesis import HealthCheck, settings

# Examples run inside the test's one database transaction: a function-scoped fixture
# (the data, the client) is shared by every example on purpose.
SHARED = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
settings.register_profile("default", max_examples=40, deadline=None, suppress_health_check=SHARED)
settings.register_profile("ci", max_examples=300, deadline=None, suppress_health_check=SHARED)
settings.register_profile("long", max_examples=3000, deadline=None, suppress_health_check=SHARED)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def generous_rate_limits(settings):
    # The rate limits are tested elsewhere; here they would only stop the exploration.
    settings.NOTE_RATE_LIMIT = (10**6, 60)
    settings.NOTE_IMPORT_RATE_LIMIT = (10**9, 60)
