import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import ArticleFactory


def _import_settings(**env):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", "import mediacompare.settings"],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    "env",
    [
        {"DEBUG": "false"},
        {"DEBUG": "0", "SECRET_KEY": "django-insecure-development-only-key-do-not-deploy"},
    ],
)
def test_production_refuses_a_missing_or_development_secret_key(env):
    result = _import_settings(**env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_accepts_a_real_secret_key():
    assert _import_settings(DEBUG="false", SECRET_KEY="a" * 50).returncode == 0


def test_database_is_persistent_with_health_checks():
    database = settings.DATABASES["default"]
    assert database["CONN_HEALTH_CHECKS"] is True
    if database["ENGINE"].endswith("postgresql"):
        assert database["CONN_MAX_AGE"] > 0


def test_pages_carry_a_strict_content_security_policy_with_a_nonce(client, db):
    article = ArticleFactory()
    response = client.get(article.get_absolute_url())
    policy = response["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    nonce = policy.split("'nonce-")[1].split("'")[0]
    scripts = [part for part in response.text.split("<script")[1:]]
    assert scripts, "htmx is served from our own static files"
    for script in scripts:
        assert f'nonce="{nonce}"' in script.split(">")[0]
        assert script.split(">", 1)[1].startswith("</script")  # no inline code
    assert "onclick=" not in response.text


def test_htmx_is_served_locally(client, db):
    response = client.get(reverse("coverage:event_list"))
    assert "/static/django_htmx/htmx-2.min.js" in response.text
    assert "unpkg" not in response.text and "cdn" not in response.text.lower()
