"""gunicorn settings for `make serve` (read from the environment, like Django's).

BIND (default 127.0.0.1:8000), WEB_CONCURRENCY (workers; default 2 per core + 1),
GUNICORN_TIMEOUT (seconds, default 30). Requests are logged by Django (one structured
line each), so gunicorn's access log is off; its own messages use the same format.
"""

import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
# Sync workers: one request at a time each, one persistent database connection each.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, so a slow leak never grows without bound.
max_requests = 2000
max_requests_jitter = 200
# No control socket in $HOME: several instances (a load test beside a server) would clash.
control_socket_disable = True
accesslog = None
errorlog = "-"
loglevel = "info"
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "structured": {
            "()": "mediacompare.requestlog.StructuredFormatter",
            "output": os.environ.get("LOG_FORMAT", "json"),
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "structured"},
    },
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
    },
}
