"""The task backend follows DEBUG unless TASKS_BACKEND names one (settings.py)."""

import os
import subprocess
import sys


def backend_with(**env) -> str:
    code = "from django.conf import settings; print(settings.TASKS['default']['BACKEND'])"
    environment = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "TASKS_BACKEND")}
    environment.update(env, DJANGO_SETTINGS_MODULE="mediacompare.settings")
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_development_runs_tasks_at_once_and_production_in_the_database():
    assert backend_with() == "django.tasks.backends.immediate.ImmediateBackend"
    production = backend_with(DEBUG="false", SECRET_KEY="x" * 60, ALLOWED_HOSTS="example.org")
    assert production == "django_tasks_db.DatabaseBackend"
    assert backend_with(TASKS_BACKEND="database") == "django_tasks_db.DatabaseBackend"
    dummy = "django.tasks.backends.dummy.DummyBackend"
    assert backend_with(TASKS_BACKEND=dummy) == dummy
