import json
import os
import subprocess
import sys
from pathlib import Path

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


PRODUCTION_ENV = Path(__file__).resolve().parent.parent / "production.env.example"


def _production_env(tmp_path, **overrides):
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG")}
    for line in PRODUCTION_ENV.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition("=")
            env[key] = value
    # The example's database need not exist for the checks; the static root must not be
    # created anywhere real.
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    env["STATIC_ROOT"] = str(tmp_path / "static")
    env.update(overrides)
    return env


def test_check_deploy_is_clean_with_the_documented_production_environment(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        cwd=PRODUCTION_ENV.parent,
        env=_production_env(tmp_path),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stderr


def test_production_settings_read_from_the_environment(tmp_path):
    code = (
        "from django.conf import settings as s; import json; print(json.dumps(["
        "s.DEBUG, s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD,"
        "list(s.SECURE_PROXY_SSL_HEADER), s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        "s.SECURE_SSL_REDIRECT, s.MAILERS['default']]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=_production_env(tmp_path, DJANGO_SETTINGS_MODULE="mediacompare.settings"),
        capture_output=True,
        text=True,
        check=True,
    )
    values = json.loads(result.stdout)
    assert values[:8] == [
        False,
        31536000,
        True,
        True,
        ["HTTP_X_FORWARDED_PROTO", "https"],
        True,
        True,
        True,
    ]
    assert values[8] == {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": "smtp.example.org",
            "port": 587,
            "username": "mediacompare@example.org",
            "password": "password",
            "use_ssl": False,
            "use_tls": True,
            "timeout": 10,
        },
    }


def test_development_mail_goes_to_the_console():
    result = _import_settings(DEBUG="true", EMAIL_URL="", EMAIL_HOST="")
    assert result.returncode == 0
    code = "import mediacompare.settings as s; print(s.MAILERS['default']['BACKEND'])"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("EMAIL_")}
    out = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "django.core.mail.backends.console.EmailBackend"


def test_a_malformed_number_in_the_environment_is_refused_clearly():
    result = _import_settings(SECURE_HSTS_SECONDS="１０")
    assert result.returncode != 0
    assert "SECURE_HSTS_SECONDS must be a whole number" in result.stderr


def test_settings_create_no_directories_on_import(tmp_path):
    # Any attempt to make a directory while the settings load fails the import.
    code = (
        "import os, pathlib\n"
        "def refuse(*args, **kwargs): raise AssertionError(f'mkdir on import: {args}')\n"
        "pathlib.Path.mkdir = refuse; os.makedirs = refuse; os.mkdir = refuse\n"
        "import mediacompare.settings\n"
    )
    environment = _production_env(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PRODUCTION_ENV.parent,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.iterdir()) == []
