"""Settings for mediacompare, read from environment variables.

Development defaults are safe for a laptop: SQLite in ``var/``, DEBUG on, and a
throwaway secret key that is refused as soon as DEBUG is off.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not (value.isascii() and value.isdigit()):
        raise ImproperlyConfigured(f"{name} must be a whole number of zero or more; got {value!r}.")
    return int(value)


DEBUG = env_bool("DEBUG", True)

_DEV_SECRET_KEY = "django-insecure-development-only-key-do-not-deploy"
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = _DEV_SECRET_KEY
elif SECRET_KEY == _DEV_SECRET_KEY and not DEBUG:
    raise ImproperlyConfigured("The development SECRET_KEY cannot be used when DEBUG is off.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
# A form refused by CSRF protection gets a page of ours that says what to do.
CSRF_FAILURE_VIEW = "mediacompare.accounts.views.csrf_failure"

INSTALLED_APPS = [
    "mediacompare.admin_site.MediacompareAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    "mediacompare.coverage",
    "mediacompare.notes",
    "mediacompare.accounts",
    "mediacompare.search",
    "mediacompare.review",
    "mediacompare.ingest",
    "django_tasks_db",
    # The API (/api/v1/) and ninja's own docs page assets (served from our static files).
    "ninja",
    "mediacompare.api",
]

# The largest request body taken (bodysize.py): the admin's bulk upload (50 MB, in
# ingest.jobs) and the rest of its form.
MAX_REQUEST_BODY_BYTES = 51 * 1024 * 1024

MIDDLEWARE = [
    # Outermost: one log line per request, with the final status and the whole duration.
    "mediacompare.requestlog.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A body larger than any form the site takes is a 413 before anything reads it.
    "mediacompare.bodysize.RequestBodyLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # An empty 405 becomes a page that says what the address is for.
    "mediacompare.methods.MethodNotAllowedPageMiddleware",
    # Turns axes' lockout into our "too many attempts" page.
    "axes.middleware.AxesMiddleware",
    # Innermost: it calls the view, so it can retry a read once on a dropped connection.
    "mediacompare.outage.DatabaseOutageMiddleware",
]

ROOT_URLCONF = "mediacompare.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
            ],
        },
    },
]

WSGI_APPLICATION = "mediacompare.wsgi.application"

# SQLite is the embedded default so a newcomer needs no server; PostgreSQL in production.
# var/ is made by `make` (settings create no directories on import).
# Persistent connections with health checks rather than psycopg's pool: a gunicorn sync
# worker serves one request at a time, so one connection per process is all a pool would
# hold; the health check replaces a connection the server dropped before it is used.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}",
        conn_max_age=env_int("CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A server that is down answers at once; one that is unreachable should not hold a
    # worker for the kernel's default of minutes before the user gets the 503 page.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env_int("DATABASE_CONNECT_TIMEOUT", 5)
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Persistent connections bring nothing to SQLite and keep files locked in tests.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"init_command": "PRAGMA journal_mode=WAL;", "transaction_mode": "IMMEDIATE"}
    )


AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out client before the password is even checked.
    "mediacompare.accounts.backends.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "coverage:event_list"
LOGOUT_REDIRECT_URL = "coverage:event_list"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Written by `collectstatic` (which creates it); nothing is created here on import.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "staticfiles"))
# Serve from the app folders too, so runserver and tests need no collectstatic.
WHITENOISE_USE_FINDERS = DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Django's built-in CSP: no inline script anywhere, nonces for the htmx script tag.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
# HTTPS: in production plain-HTTP requests are redirected, except the health check, which
# load balancers usually ask over HTTP.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"


def _proxy_ssl_header(value: str) -> tuple[str, str] | None:
    """``X-Forwarded-Proto`` or ``X-Forwarded-Proto=https`` -> Django's (META key, value)."""
    if not value.strip():
        return None
    header, _, expected = value.partition("=")
    key = "HTTP_" + header.strip().upper().replace("-", "_")
    return key, (expected.strip() or "https")


# Only behind a proxy that sets this header and strips it from clients' requests.
SECURE_PROXY_SSL_HEADER = _proxy_ssl_header(os.environ.get("SECURE_PROXY_SSL_HEADER", ""))
# How many proxies in front of the app append to X-Forwarded-For (0: use the peer address).
PROXY_COUNT = env_int("PROXY_COUNT", 0)


# Email (Django 6.1's MAILERS): printed to the console in development; SMTP from
# EMAIL_URL, or from EMAIL_HOST and its companions, in production.
def _smtp_mailer(url: str) -> dict:
    """smtp://user:password@host:port (STARTTLS; the default port is 587) or smtp+ssl://."""
    parts = urlsplit(url)
    if parts.scheme not in {"smtp", "smtp+tls", "smtp+ssl"} or not parts.hostname:
        raise ImproperlyConfigured("EMAIL_URL must look like smtp://user:password@host:587.")
    use_ssl = parts.scheme == "smtp+ssl"
    return {
        "host": parts.hostname,
        "port": parts.port or (465 if use_ssl else 587),
        "username": unquote(parts.username or ""),
        "password": unquote(parts.password or ""),
        "use_ssl": use_ssl,
        "use_tls": not use_ssl,
    }


if os.environ.get("EMAIL_URL"):
    _SMTP = _smtp_mailer(os.environ["EMAIL_URL"])
elif os.environ.get("EMAIL_HOST"):
    _port = env_int("EMAIL_PORT", 587)
    _SMTP = {
        "host": os.environ["EMAIL_HOST"],
        "port": _port,
        "username": os.environ.get("EMAIL_HOST_USER", ""),
        "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
        "use_ssl": env_bool("EMAIL_USE_SSL", _port == 465),
        "use_tls": env_bool("EMAIL_USE_TLS", _port != 465),
    }
else:
    _SMTP = None
if _SMTP is not None:
    _SMTP["timeout"] = env_int("EMAIL_TIMEOUT", 10)
    MAILERS = {
        "default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": _SMTP}
    }
else:
    # Without SMTP, mail (password-reset links) is written to the server's console.
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "mediacompare <noreply@localhost>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_TIMEOUT", 60 * 60 * 3)

# Login throttling (django-axes): after LOGIN_FAILURE_LIMIT failed attempts from one
# address, that address may not log in (site or admin) for LOGIN_COOLOFF_MINUTES.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
# Who logged in from where is personal data we do not need to keep.
AXES_DISABLE_ACCESS_LOG = True
AXES_CLIENT_IP_CALLABLE = "mediacompare.accounts.throttle.client_ip"
AXES_LOCKOUT_CALLABLE = "mediacompare.accounts.views.locked_out"
AXES_HTTP_RESPONSE_CODE = 429
# Sign-up: at most SIGNUP_LIMIT accounts' worth of attempts per address and hour.
SIGNUP_LIMIT = env_int("SIGNUP_LIMIT", 10)
SIGNUP_PERIOD = timedelta(hours=1)
# Password reset: at most PASSWORD_RESET_LIMIT attempts per address and hour (else 429),
# and PASSWORD_RESET_EMAIL_LIMIT mails per email address and hour, whoever asks (beyond
# it the answer is the same, and no mail is sent).
PASSWORD_RESET_LIMIT = env_int("PASSWORD_RESET_LIMIT", 5)
PASSWORD_RESET_EMAIL_LIMIT = env_int("PASSWORD_RESET_EMAIL_LIMIT", 3)
PASSWORD_RESET_PERIOD = timedelta(hours=1)

# The read-only API (/api/v1/): requests per API_RATE_PERIOD from one address (anonymous)
# or one token or logged-in user; pages of API_PAGE_SIZE items (a caller asks for up to
# API_PAGE_SIZE_MAX); public answers cacheable for API_CACHE_SECONDS.
API_RATE_LIMIT = env_int("API_RATE_LIMIT", 60)
API_RATE_LIMIT_AUTHENTICATED = env_int("API_RATE_LIMIT_AUTHENTICATED", 600)
API_RATE_PERIOD = timedelta(minutes=1)
API_PAGE_SIZE = 50
API_PAGE_SIZE_MAX = 200
API_NOTES_PAGE_SIZE = 20
API_CACHE_SECONDS = env_int("API_CACHE_SECONDS", 60)
API_TOKENS_MAX = 20

# A read whose connection was lost waits up to DATABASE_RETRY_WAIT seconds for the
# database, then is retried once; after that, or for a write, the 503 page asks clients
# to come back after DATABASE_RETRY_AFTER seconds.
DATABASE_RETRY_WAIT = env_int("DATABASE_RETRY_WAIT", 5)
DATABASE_RETRY_AFTER = env_int("DATABASE_RETRY_AFTER", 5)

# Background work (alignment, imports) runs as Django tasks. "database" stores them in
# the database (django-tasks-db) for `manage.py db_worker` processes, any number on any
# machine sharing the database; "immediate" runs them at once, in the caller. Production
# (DEBUG off) defaults to the database; development and tests to immediate, so that
# `make run` needs no worker. A dotted path names any other backend.
_TASKS_BACKENDS = {
    "immediate": "django.tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
_tasks_backend = os.environ.get("TASKS_BACKEND", "immediate" if DEBUG else "database")
TASKS = {
    "default": {
        "BACKEND": _TASKS_BACKENDS.get(_tasks_backend, _tasks_backend),
    }
}
# How often a failed event alignment is tried again before it is reported as failed.
ALIGNMENT_ATTEMPTS = env_int("ALIGNMENT_ATTEMPTS", 3)

# One line per record on standard error: JSON in production, logfmt in development.
# The request logger writes one line per request (method, path without query string,
# status, duration, request id).
LOG_FORMAT = os.environ.get("LOG_FORMAT", "logfmt" if DEBUG else "json")
if LOG_FORMAT not in {"json", "logfmt"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be json or logfmt; got {LOG_FORMAT!r}.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "structured": {"()": "mediacompare.requestlog.StructuredFormatter", "output": LOG_FORMAT}
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "structured"},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "mediacompare.request": {
            "handlers": ["console"],
            "level": "INFO" if env_bool("REQUEST_LOG", True) else "WARNING",
            "propagate": False,
        },
        # Our request line says what runserver's access lines say; keep only its errors.
        "django.server": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}
