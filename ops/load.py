"""Load test: gunicorn with production settings on PostgreSQL, driven by wrk.

    make load LOAD_ARGS="--database-url postgres://…:5433/… --restart-cluster 15/loadtest"

Sets up the database (migrate, the demo event), collects static files into a temporary
folder, starts gunicorn on a free loopback port with DEBUG off, then runs wrk (2 threads,
16 connections by default) against the event page, the comparison with 2 and 4 columns
and a passage's htmx notes panel, one after the other; then, with ``--restart-cluster``,
a mixed run during which that PostgreSQL cluster is restarted. Prints requests/s, p50,
p95 and p99 latency and responses by status; the server's own request log (one JSON line
per request) is counted too. Traffic goes to 127.0.0.1 only and every run is bounded.

The restart must be of a cluster made for the purpose, never a shared one:
    pg_createcluster 15 loadtest --port 5433 --start -- --auth-host=trust --auth-local=trust
"""

import argparse
import collections
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
WRK_SCRIPT = Path(__file__).resolve().parent / "wrk_report.lua"

PICK_URLS = """
import json
import django
django.setup()
from collections import Counter
from django.db.models import Q
from mediacompare.coverage.models import Article, Event, PassageLink
from mediacompare.notes.models import Note

event = Event.objects.get(slug="{slug}")
pivot = Article.objects.filter(event=event, is_primary=True).first() or event.articles.first()
# The three articles with the most passages linked to the pivot's.
linked = Counter(
    b if a == pivot.pk else a
    for a, b in PassageLink.objects.filter(Q(article_a=pivot) | Q(article_b=pivot))
    .values_list("article_a", "article_b")
)
others = [pk for pk, _ in linked.most_common(3)]
note = (
    Note.objects.filter(visibility="public", passage__article__event=event, parent=None)
    .select_related("passage__article").first()
)
compare = f"/events/{{event.slug}}/compare/?a={{pivot.pk}}"
print(json.dumps({{
    "event page": f"/events/{{event.slug}}/",
    "compare, 2 columns": f"{{compare}}&b={{others[0]}}",
    "compare, 4 columns": f"{{compare}}&b={{others[0]}}&c={{others[1]}}&d={{others[2]}}",
    "notes fragment": "hx:" + note.passage.get_absolute_url(),
}}))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(command, env, **kwargs):
    return subprocess.run(command, cwd=ROOT, env=env, check=True, **kwargs)


def cluster_port(cluster: str) -> int:
    version, name = cluster.split("/")
    for line in subprocess.run(
        ["pg_lsclusters", "-h"], capture_output=True, text=True, check=True
    ).stdout.splitlines():
        fields = line.split()
        if fields[:2] == [version, name]:
            return int(fields[2])
    raise SystemExit(f"No PostgreSQL cluster {cluster} (see pg_lsclusters).")


def wrk(base_url, paths, *, duration, connections, threads):
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout",
        "10s",
        "-s",
        str(WRK_SCRIPT),
        base_url,
        "--",
        *paths,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def count_log(log_path: Path, since: int):
    """Statuses in the server's request log from byte offset ``since``."""
    statuses = collections.Counter()
    with log_path.open("rb") as log:
        log.seek(since)
        for raw in log:
            try:
                line = json.loads(raw)
            except ValueError:
                continue
            if line.get("logger") == "mediacompare.request":
                statuses[line["status"]] += 1
    return dict(sorted(statuses.items()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--duration", type=int, default=20, help="seconds per scenario")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument(
        "--workers", type=int, default=0, help="gunicorn workers (default: 2/core + 1)"
    )
    parser.add_argument("--event", default="china-russia-ambassadors-democracy-article")
    parser.add_argument(
        "--restart-cluster",
        default="",
        help="VERSION/NAME of a cluster of your own to restart mid-run (never a shared one)",
    )
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args()

    if not args.database_url.startswith(("postgres://", "postgresql://")):
        raise SystemExit("The load test runs on PostgreSQL: give --database-url or DATABASE_URL.")
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed: apt-get install wrk")
    database_port = urlsplit(args.database_url).port or 5432
    if args.restart_cluster:
        port = cluster_port(args.restart_cluster)
        if args.restart_cluster.endswith("/main") or port != database_port:
            raise SystemExit(
                f"--restart-cluster {args.restart_cluster} (port {port}) must be a cluster of "
                f"your own serving the load test's database (port {database_port}), not main."
            )

    workdir = Path(tempfile.mkdtemp(prefix="mediacompare-load-"))
    port = free_port()
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        # Plain HTTP on loopback: no proxy in front to terminate TLS.
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": args.database_url,
        "STATIC_ROOT": str(workdir / "static"),
        "LOG_FORMAT": "json",
        "BIND": f"127.0.0.1:{port}",
        "DJANGO_SETTINGS_MODULE": "mediacompare.settings",
    }
    if args.workers:
        env["WEB_CONCURRENCY"] = str(args.workers)
    parts = urlsplit(args.database_url)
    # Never print the password.
    print(f"== setting up {parts.hostname}:{database_port}{parts.path}")
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], env)
    run([PYTHON, "manage.py", "load_demo"], env, stdout=subprocess.DEVNULL)
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    urls = json.loads(
        run(
            [PYTHON, "-c", PICK_URLS.format(slug=args.event)], env, capture_output=True, text=True
        ).stdout
    )

    log_path = workdir / "gunicorn.log"
    log = log_path.open("wb")
    server = subprocess.Popen(
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "--config",
            "gunicorn.conf.py",
            "mediacompare.wsgi:application",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    results = {}
    try:
        for _ in range(100):
            try:
                if urllib.request.urlopen(base + "/healthz", timeout=2).status == 200:
                    break
            except OSError:
                time.sleep(0.2)
        else:
            raise SystemExit(f"gunicorn did not answer; see {log_path}")
        print(f"== gunicorn at {base} (DEBUG off), log {log_path}")
        print("== warming up")
        wrk(
            base,
            list(urls.values()),
            duration=5,
            connections=args.connections,
            threads=args.threads,
        )

        for name, path in urls.items():
            since = log_path.stat().st_size
            result = wrk(
                base,
                [path],
                duration=args.duration,
                connections=args.connections,
                threads=args.threads,
            )
            result["server_log_statuses"] = count_log(log_path, since)
            result["path"] = path
            results[name] = result
            print(
                f"{name:20} {result['rps']:8.1f} req/s  p50 {result['p50_ms']:7.1f} ms  "
                f"p95 {result['p95_ms']:7.1f} ms  p99 {result['p99_ms']:7.1f} ms  "
                f"non-2xx {result['requests'] - result['status_2xx']}  {path}"
            )

        if args.restart_cluster:
            version, name = args.restart_cluster.split("/")
            restart = {}

            def restart_later():
                time.sleep(args.duration / 3)
                started = time.monotonic()
                subprocess.run(
                    ["pg_ctlcluster", "--skip-systemctl-redirect", version, name, "restart"],
                    check=True,
                )
                restart["seconds"] = round(time.monotonic() - started, 2)

            since = log_path.stat().st_size
            restarter = threading.Thread(target=restart_later)
            restarter.start()
            result = wrk(
                base,
                list(urls.values()),
                duration=args.duration,
                connections=args.connections,
                threads=args.threads,
            )
            restarter.join()
            result["server_log_statuses"] = count_log(log_path, since)
            result["restart_seconds"] = restart.get("seconds")
            results["mixed, PostgreSQL restarted"] = result
            print(
                f"{'mixed + PG restart':20} {result['rps']:8.1f} req/s  "
                f"p95 {result['p95_ms']:7.1f} ms  "
                f"restart took {result['restart_seconds']} s  non-2xx "
                f"{result['requests'] - result['status_2xx']} (500: {result['status_500']}, "
                f"503: {result['status_503']}, other 5xx: {result['status_5xx_other']}, "
                f"4xx: {result['status_4xx']}); server log {result['server_log_statuses']}"
            )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()

    summary = {
        "connections": args.connections,
        "wrk_threads": args.threads,
        "duration_s": args.duration,
        "cores": os.cpu_count(),
        "results": results,
    }
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2))
    print(json.dumps(summary, indent=2))
    errors = sum(r["requests"] - r["status_2xx"] for k, r in results.items() if "restart" not in k)
    if errors:
        raise SystemExit(f"{errors} non-2xx responses in the steady runs")


if __name__ == "__main__":
    main()
