"""The scale run of issue 13: generate, import, align with workers, measure.

    python benchmarks/scale/run.py --articles 100000 --events 5000 --workers 2
    make scale N=100000 WORKERS=2
    python benchmarks/scale/run.py --articles 5000 --import-only   # the import alone

Steps, each timed:

1. generate the articles as JSON Lines (``generate.py``, seeded) into ``var/scale/``;
2. drop and create the PostgreSQL database ``--database`` (default ``mc_scale``) on
   ``--server`` (a role with CREATEDB), migrate;
3. import the file through the bulk path, ``manage.py import_coverage FILE``, in a
   child process (its wall time, CPU time and peak memory);
4. start ``--workers`` worker processes and wait until the alignment queue is empty
   (or ``--align-budget`` seconds have passed: the workers are then stopped, and the
   figures say how many events were aligned, never more); per worker: CPU seconds and
   peak resident memory (from ``wait4``), and the throughput per core (articles
   aligned per CPU second of the workers);
5. build a 50-article database (``<database>_small``) from the first 50 lines of the
   same file, the same way;
6. measure both databases in a child process each, through Django's test client with
   ``DEBUG`` off and a signed-in reader, as ``page_bench.py`` does: the event page and
   the comparison (2 and 4 columns) of the same two events, present in both (plus 8
   other aligned events of the large one), the search (the kinds of
   ``search_bench.py``: common and rare words, phrase, CJK, filters, the page itself)
   and the API's list endpoints (every GET path without a parameter in
   ``/api/v1/openapi.json``), if the API is installed; p50 and p95 of each;
7. the database's size (``pg_database_size``) and its five largest tables.

It prints a table of figures and writes them as JSON to ``var/scale/scale-N.json``.
The machine is shared: the load average is recorded before each measurement.
Extrapolations (when the budget stopped the alignment) are printed as such.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PYTHON = sys.executable
MANAGE = str(ROOT / "manage.py")
DEFAULT_SERVER = "postgres://mediacompare:mediacompare@127.0.0.1:5432"
SMALL_ARTICLES = 50
# The events measured in both databases: the first two of the file, whole in both.
SAME_EVENTS = 2
OTHER_EVENTS = 8
# One core for numpy in every child: throughput is per core.
SINGLE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


# ----------------------------------------------------------------------------- helpers
def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (``share`` in 0..1) of a non-empty list."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(timings: list[float]) -> dict:
    return {
        "n": len(timings),
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(percentile(timings, 0.95), 1),
        "max_ms": round(max(timings), 1),
    }


def database_url(server: str, name: str) -> str:
    parts = urlsplit(server)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", "", ""))


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def child_env(url: str, **extra: str) -> dict[str, str]:
    env = dict(os.environ, DATABASE_URL=url, REQUEST_LOG="false", **SINGLE_THREAD)
    env.update(extra)
    return env


def run_child(args: list[str], env: dict[str, str], output: Path) -> dict:
    """Run a child to completion; its wall time, CPU time and peak memory."""
    started = time.perf_counter()
    with output.open("ab") as out:
        process = subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(args[:4])} failed ({process.returncode}); see {output}")
    return {
        "wall_s": round(wall, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
    }


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        pass
    return 0.0


def recreate_database(server: str, name: str) -> None:
    import psycopg

    with psycopg.connect(database_url(server, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def sql(url: str, query: str) -> list[tuple]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(query).fetchall()


def table_exists(url: str, table: str) -> bool:
    return bool(sql(url, f"SELECT to_regclass('{table}') IS NOT NULL")[0][0])


# ----------------------------------------------------------------------------- import
def production_env(url: str) -> dict[str, str]:
    """The import's and the workers' environment: production settings (DEBUG off, so
    no query log grows in a long-lived worker) with tasks stored in the database."""
    return child_env(
        url,
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        TASKS_BACKEND="database",
        LOG_LEVEL="WARNING",
    )


def database_times(url: str) -> tuple[float, float]:
    """PostgreSQL's own clock for the database, in seconds: time spent executing
    statements, and time idle in a transaction (``pg_stat_database``, PostgreSQL 14+)."""
    ((active, idle),) = sql(
        url,
        "SELECT active_time, idle_in_transaction_time FROM pg_stat_database"
        " WHERE datname = current_database()",
    )
    return active / 1000, idle / 1000


def import_file(path: Path, url: str, logfile: Path) -> dict:
    """The bulk path, ``import_coverage``: embeddings and alignment left to the workers.
    Besides the command's wall time, CPU and memory: the PostgreSQL time it caused
    (statements executing, and idle in a transaction while Python worked)."""
    command = [PYTHON, MANAGE, "import_coverage", str(path)]
    active, idle = database_times(url)
    figures = run_child(command, production_env(url), logfile)
    # The statistics collector reports a closed session's times within a second or so.
    time.sleep(1.5)
    active_after, idle_after = database_times(url)
    figures["pg_active_s"] = round(active_after - active, 1)
    figures["pg_idle_in_transaction_s"] = round(idle_after - idle, 1)
    figures["path"] = "manage.py import_coverage (TASKS_BACKEND=database)"
    return figures


# ----------------------------------------------------------------------------- align
def worker_command() -> list[str]:
    """A django-tasks-db worker that exits when the queue is empty."""
    return [PYTHON, MANAGE, "db_worker", "--no-reload", "--batch", "--no-startup-delay"]


def aligned_events(url: str) -> int:
    return sql(
        url,
        "SELECT count(DISTINCT a.event_id) FROM coverage_comparison c"
        " JOIN coverage_article a ON a.id = c.article_a_id",
    )[0][0]


def queue_length(url: str) -> int | None:
    """Events still waiting for alignment, when the app keeps that list."""
    if table_exists(url, "coverage_pendingalignment"):
        return sql(url, "SELECT count(*) FROM coverage_pendingalignment WHERE NOT failed")[0][0]
    return None


def align(url: str, workers: int, budget: float, logfile: Path, events_total: int) -> dict:
    """Start the workers, wait for the queue to drain (or the budget), stop them."""
    env = production_env(url)
    started = time.perf_counter()
    processes = []
    out = logfile.open("ab")
    for _ in range(workers):
        processes.append(
            subprocess.Popen(worker_command(), env=env, stdout=out, stderr=subprocess.STDOUT)
        )
    rss_samples: dict[int, list[float]] = {p.pid: [] for p in processes}
    usages: dict[int, object] = {}
    stopped_by_budget = False
    progress = []
    while True:
        time.sleep(10)
        elapsed = time.perf_counter() - started
        for p in processes:
            if p.pid not in usages:
                rss_samples[p.pid].append(rss_mb(p.pid))
                pid, status, usage = os.wait4(p.pid, os.WNOHANG)
                if pid:
                    usages[p.pid] = usage
                    p.returncode = os.waitstatus_to_exitcode(status)
        pending = queue_length(url)
        if len(progress) == 0 or elapsed - progress[-1][0] >= 60:
            done = aligned_events(url)
            progress.append((round(elapsed), done))
            log(f"  {done}/{events_total} events aligned after {elapsed:.0f} s (queue: {pending})")
        if len(usages) == len(processes):
            break
        if pending == 0:
            break
        if elapsed > budget:
            stopped_by_budget = True
            break
    wall = time.perf_counter() - started
    for p in processes:
        if p.pid not in usages:
            p.send_signal(signal.SIGTERM)
    for p in processes:
        if p.pid not in usages:
            try:
                _pid, status, usage = os.wait4(p.pid, 0)
            except ChildProcessError:
                continue
            usages[p.pid] = usage
    out.close()
    done = aligned_events(url)
    progress.append((round(wall), done))
    articles, passages = sql(
        url,
        "SELECT count(DISTINCT a.id), (SELECT count(*) FROM coverage_passage)"
        " FROM coverage_article a WHERE EXISTS (SELECT 1 FROM coverage_comparison c"
        " WHERE c.article_a_id = a.id OR c.article_b_id = a.id)",
    )[0]
    per_worker = []
    for p in processes:
        usage = usages.get(p.pid)
        samples = [s for s in rss_samples[p.pid] if s]
        per_worker.append(
            {
                "cpu_s": round(usage.ru_utime + usage.ru_stime, 1) if usage else None,
                "peak_rss_mb": round(usage.ru_maxrss / 1024, 1) if usage else None,
                "median_rss_mb": round(statistics.median(samples), 1) if samples else None,
            }
        )
    cpu = sum(w["cpu_s"] or 0 for w in per_worker)
    return {
        "workers": workers,
        "wall_s": round(wall, 1),
        "stopped_by_budget": stopped_by_budget,
        "events_aligned": done,
        "events_total": events_total,
        "articles_aligned": articles,
        "passages": passages,
        "progress": progress,
        "per_worker": per_worker,
        "worker_cpu_s": round(cpu, 1),
        "articles_per_cpu_s": round(articles / cpu, 2) if cpu else None,
        "events_per_cpu_s": round(done / cpu, 3) if cpu else None,
        "articles_per_s_wall": round(articles / wall, 2) if wall else None,
    }


# ----------------------------------------------------------------------------- measure
def measure(out: Path, same: int, others: int, requests: int, seed: int) -> None:
    """Time pages, searches and the API in this database; write JSON to ``out``."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mediacompare.settings")
    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import AnonymousUser
    from django.db import connection
    from django.db.models import Exists, OuterRef
    from django.test import Client
    from django.test.utils import setup_test_environment

    from mediacompare.coverage.models import Article, Comparison, Event
    from mediacompare.search import selectors
    from mediacompare.search.query import parse_query

    settings.DEBUG = False
    setup_test_environment()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    rng = random.Random(seed)
    user, _ = get_user_model().objects.get_or_create(username="scale-reader")
    client = Client()
    client.force_login(user)

    compared = Comparison.objects.filter(article_a__event=OuterRef("pk"))
    aligned = Event.objects.filter(Exists(compared))
    first = list(aligned.filter(slug__in=[f"scale-event-{k}" for k in range(same)]))
    rest = list(aligned.exclude(pk__in=[e.pk for e in first]).values_list("pk", flat=True))
    extra = list(Event.objects.filter(pk__in=rng.sample(rest, min(others, len(rest)))))

    def timed_get(url: str, runs: int) -> list[float]:
        client.get(url)  # warm: templates, connection, caches
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        return timings

    def page_urls(event: Event) -> dict[str, str]:
        articles = list(Article.objects.filter(event=event).order_by("-is_primary", "pk"))
        primary = articles[0]
        english = [a for a in articles[1:] if a.language == "en"] or articles[1:]
        others4 = (english + [a for a in articles[1:] if a not in english])[:3]
        compare = f"/events/{event.slug}/compare/?a={primary.pk}"
        return {
            "event page": f"/events/{event.slug}/",
            "comparison, 2 columns": f"{compare}&b={others4[0].pk}",
            "comparison, 4 columns": compare
            + "".join(f"&{k}={a.pk}" for k, a in zip("bcd", others4, strict=False)),
        }

    results: dict = {"load_average": os.getloadavg()[0], "pages": {}, "search": {}, "api": {}}
    counts = {
        "articles": Article.objects.count(),
        "events": Event.objects.count(),
        "aligned_events": aligned.count(),
    }
    results["counts"] = counts
    for group, events in (("same events", first), ("other events", extra)):
        if not events:
            continue
        timings: dict[str, list[float]] = {}
        for event in events:
            for kind, url in page_urls(event).items():
                timings.setdefault(kind, []).extend(timed_get(url, requests))
        results["pages"][group] = {
            "events": [e.slug for e in events],
            **{kind: summary(t) for kind, t in timings.items()},
        }

    # Searches: the kinds of search_bench.py, on this data.
    anonymous = AnonymousUser()
    titles = list(Event.objects.values_list("title", "pk")[:2000])
    names = [t.split()[0] for t, _ in titles] or ["Kelvorin"]
    event_ids = [pk for _, pk in titles]
    import datetime

    def search(text, **filters):
        return selectors.search(
            query=parse_query(text), filters=selectors.Filters(**filters), user=anonymous
        )

    since, until = datetime.date(2019, 1, 1), datetime.date(2019, 12, 31)
    kinds = {
        "common word (democracy)": lambda i: search("democracy"),
        "common word, Russian (демократии)": lambda i: search("демократии"),
        "rare word (an event's invented name)": lambda i: search(names[i % len(names)]),
        'phrase ("joint article")': lambda i: search('"joint article"'),
        "CJK word (民主)": lambda i: search("民主"),
        "CJK character (俄)": lambda i: search("俄"),
        "OR and NOT (summit OR conference -china)": lambda i: search("summit OR conference -china"),
        "no match": lambda i: search(f"qzxqzx{i}"),
        "common word + event": lambda i: search(
            "democracy", event=Event.objects.get(pk=event_ids[i % len(event_ids)])
        ),
        "common word + language + year": lambda i: search(
            "democracy", language="en", since=since, until=until
        ),
        "CJK word + language zh": lambda i: search("民主", language="zh"),
        # A frequent word in a language it is rare in: few matches for the filters, many
        # rows with the word (the filters must prune inside the index, not in the table).
        "common word + language it is rare in (summit, ko)": lambda i: search(
            "summit", language="ko"
        ),
        "common word + rare language + year (summit, ko, 2019)": lambda i: search(
            "summit", language="ko", since=since, until=until
        ),
    }
    everything = []
    for name, function in kinds.items():
        function(0)
        timings = []
        for i in range(requests):
            started = time.perf_counter()
            function(i + 1)
            timings.append((time.perf_counter() - started) * 1000)
        everything += timings
        results["search"][name] = summary(timings)
    for name, url in (
        ("page: common word", "/search/?q=democracy"),
        ("page: rare word + language", f"/search/?q={names[0]}&language=en"),
    ):
        timings = timed_get(url, requests)
        everything += timings
        results["search"][name] = summary(timings)
    results["search"]["all searches"] = summary(everything)

    # The API's list endpoints, if the API is there: each bare, and by event where it
    # takes that filter.
    schema = client.get("/api/v1/openapi.json")
    if schema.status_code == 200:
        paths = schema.json().get("paths", {})
        event_id = (first or extra or [None])[0]
        urls = []
        for path, operations in paths.items():
            if "get" not in operations or "{" in path:
                continue
            urls.append(path)
            names = {p.get("name") for p in operations["get"].get("parameters", [])}
            if event_id is not None and "event" in names:
                urls.append(f"{path}?event={event_id.pk}")
        everything = []
        for url in urls:
            status = client.get(url).status_code
            if status != 200:
                results["api"][url] = {"status": status}
                continue
            timings = timed_get(url, requests)
            everything += timings
            results["api"][url] = summary(timings)
        if everything:
            results["api"]["all list endpoints"] = summary(everything)
    else:
        results["api"] = {"absent": f"GET /api/v1/openapi.json answered {schema.status_code}"}
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False))


def measure_database(url: str, out: Path, logfile: Path, args) -> dict:
    run_child(
        [
            PYTHON,
            __file__,
            "_measure",
            str(out),
            str(SAME_EVENTS),
            str(args.other_events),
            str(args.requests),
            str(args.seed),
        ],
        # The API's rate limits would answer 429 to a benchmark.
        child_env(url, API_RATE_LIMIT="1000000", API_RATE_LIMIT_AUTHENTICATED="1000000"),
        logfile,
    )
    return json.loads(out.read_text())


def database_size(url: str) -> dict:
    (total,) = sql(url, "SELECT pg_database_size(current_database())")[0]
    tables = sql(
        url,
        "SELECT relname, pg_total_relation_size(c.oid), pg_relation_size(c.oid)"
        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE c.relkind = 'r' AND n.nspname = 'public'"
        " ORDER BY 2 DESC LIMIT 5",
    )
    rows = {name: count for name, count in table_counts(url, [t[0] for t in tables])}
    return {
        "database_mb": round(total / 1e6),
        "tables": [
            {
                "table": name,
                "total_mb": round(size / 1e6),
                "heap_mb": round(heap / 1e6),
                "rows": rows.get(name),
            }
            for name, size, heap in tables
        ],
    }


def table_counts(url: str, tables: list[str]):
    for table in tables:
        yield table, sql(url, f'SELECT count(*) FROM "{table}"')[0][0]


# ----------------------------------------------------------------------------- report
def report(figures: dict) -> str:
    lines = []
    add = lines.append
    add(f"\nScale run: {figures['articles']} articles in {figures['events']} events")
    add(f"  generate: {figures['generate']['wall_s']} s ({figures['generate']['mb']} MB of JSON)")
    imp = figures["import"]
    add(
        f"  import ({imp['path']}): {imp['wall_s']} s wall, {imp['cpu_s']} s CPU,"
        f" peak {imp['peak_rss_mb']} MB"
    )
    al = figures["align"]
    add(
        f"  align: {al['workers']} workers, {al['wall_s']} s wall, {al['events_aligned']}"
        f"/{al['events_total']} events, {al['articles_aligned']} articles"
        + (" (STOPPED by the time budget)" if al["stopped_by_budget"] else "")
    )
    for k, w in enumerate(al["per_worker"]):
        add(
            f"    worker {k}: {w['cpu_s']} s CPU, peak RSS {w['peak_rss_mb']} MB,"
            f" median RSS {w['median_rss_mb']} MB"
        )
    add(
        f"  throughput per core: {al['articles_per_cpu_s']} articles per CPU second"
        f" ({al['events_per_cpu_s']} events); wall: {al['articles_per_s_wall']} articles/s"
    )
    total = imp["wall_s"] + al["wall_s"]
    add(f"  ingest + alignment, measured: {total:.0f} s ({total / 60:.1f} min)")
    if "extrapolated" in figures:
        ex = figures["extrapolated"]
        add(
            f"  EXTRAPOLATED (not measured): aligning all {figures['events']} events at the"
            f" measured wall rate: {ex['align_s']:.0f} s; ingest + alignment"
            f" {ex['total_s']:.0f} s ({ex['total_s'] / 3600:.2f} h)"
        )
    size = figures["size"]
    add(f"  database: {size['database_mb']} MB")
    for t in size["tables"]:
        add(
            f"    {t['table']:<32} {t['total_mb']:>7} MB ({t['heap_mb']} MB heap), {t['rows']} rows"
        )
    small, large = figures["small"], figures["large"]
    add(f"\n{'p50 / p95 ms':<44} {'50 articles':>16} {str(figures['articles']) + ' articles':>18}")
    for group in ("same events", "other events"):
        for kind in ("event page", "comparison, 2 columns", "comparison, 4 columns"):
            a = small["pages"].get(group, {}).get(kind)
            b = large["pages"].get(group, {}).get(kind)
            if not (a or b):
                continue
            cell = lambda s: f"{s['p50_ms']:.0f} / {s['p95_ms']:.0f}" if s else "-"  # noqa: E731
            add(f"{kind + ' (' + group + ')':<44} {cell(a):>16} {cell(b):>18}")
    for name in large["search"]:
        a, b = small["search"].get(name), large["search"][name]
        cell = lambda s: f"{s['p50_ms']:.0f} / {s['p95_ms']:.0f}" if s else "-"  # noqa: E731
        add(f"{'search: ' + name:<44} {cell(a):>16} {cell(b):>18}")
    if "absent" in large["api"]:
        add(f"API: {large['api']['absent']}")
    for name, b in large["api"].items():
        if name == "absent":
            continue
        if "status" in b:
            add(f"{'api: ' + name:<44} answered {b['status']}")
            continue
        if "?event=" in name:
            # The event's id differs between the databases: match by path.
            path = name.split("?")[0]
            a = next(
                (v for k, v in small["api"].items() if k.startswith(path + "?") and "p95_ms" in v),
                None,
            )
        else:
            a = small["api"].get(name)
        cell = lambda s: f"{s['p50_ms']:.0f} / {s['p95_ms']:.0f}" if s else "-"  # noqa: E731
        add(f"{'api: ' + name:<44} {cell(a):>16} {cell(b):>18}")
    add(
        f"Load average before measuring: {small['load_average']:.1f} (small),"
        f" {large['load_average']:.1f} (large), on {os.cpu_count()} cores"
    )
    return "\n".join(lines)


def measure_both(args, stem: str, logfile: Path, figures: dict) -> None:
    """The database's size, then pages, search and API in both databases."""
    large_url = database_url(args.server, args.database)
    small_url = database_url(args.server, f"{args.database}_small")
    figures["size"] = database_size(large_url)
    log("measuring the small database")
    small_json, large_json = args.output / f"{stem}-small.json", args.output / f"{stem}-large.json"
    figures["small"] = measure_database(small_url, small_json, logfile, args)
    log("measuring the large database")
    figures["large"] = measure_database(large_url, large_json, logfile, args)


def import_only(args, data: Path, url: str, logfile: Path, figures: dict) -> None:
    """``--import-only``: a fresh database, the file imported, the import's figures."""
    log(f"creating database {args.database}, migrating")
    recreate_database(args.server, args.database)
    run_child([PYTHON, MANAGE, "migrate", "--noinput", "-v0"], child_env(url), logfile)
    figures["load_average_before"] = round(os.getloadavg()[0], 1)
    log(f"importing {args.articles} articles")
    figures["import"] = imported = import_file(data, url, logfile)
    imported["articles_per_s"] = round(args.articles / imported["wall_s"], 1)
    figures["load_average_after"] = round(os.getloadavg()[0], 1)
    figures["size"] = database_size(url)
    result = args.output / f"import-{args.articles}.json"
    result.write_text(json.dumps(figures, indent=1, ensure_ascii=False))
    log(
        f"imported {args.articles} articles in {imported['wall_s']} s"
        f" ({imported['articles_per_s']} articles/s); command CPU {imported['cpu_s']} s,"
        f" peak RSS {imported['peak_rss_mb']} MB; PostgreSQL executing"
        f" {imported['pg_active_s']} s, idle in transaction"
        f" {imported['pg_idle_in_transaction_s']} s; load average"
        f" {figures['load_average_before']} -> {figures['load_average_after']}"
    )
    log(f"figures written to {result}")


def measure_again(args, stem: str, logfile: Path) -> None:
    """``--measure-only``: the figures of an earlier run, measured again (the time it
    took to import and align is kept as it was measured)."""
    result = args.output / f"{stem}.json"
    if not result.exists():
        raise SystemExit(f"{result} not found: run the whole benchmark first")
    figures = json.loads(result.read_text())
    large_url = database_url(args.server, args.database)
    small_url = database_url(args.server, f"{args.database}_small")
    for url in (small_url, large_url):
        run_child([PYTHON, MANAGE, "migrate", "--noinput", "-v0"], child_env(url), logfile)
    measure_both(args, stem, logfile, figures)
    figures["measured_again"] = time.ctime()
    result.write_text(json.dumps(figures, indent=1, ensure_ascii=False))
    print(report(figures))
    log(f"figures written to {result}")


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_measure":
        return measure(Path(argv[1]), int(argv[2]), int(argv[3]), int(argv[4]), int(argv[5]))

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=None, help="default: articles / 20")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--align-budget", type=float, default=3600, help="seconds")
    parser.add_argument(
        "--align-until",
        default="",
        help="HH:MM (local time): stop aligning then at the latest, whatever the budget",
    )
    parser.add_argument("--server", default=os.environ.get("SCALE_SERVER", DEFAULT_SERVER))
    parser.add_argument("--database", default="mc_scale")
    parser.add_argument("--requests", type=int, default=20, help="timed requests per URL")
    parser.add_argument("--other-events", type=int, default=OTHER_EVENTS)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--output", type=Path, default=ROOT / "var" / "scale")
    parser.add_argument(
        "--import-only",
        action="store_true",
        help="generate, create the database and import only (no alignment, no small"
        " database, no measurements): the import's rate, CPU and PostgreSQL time",
    )
    parser.add_argument(
        "--measure-only",
        action="store_true",
        help="measure the databases of an earlier run again (pages, search, API, size)"
        " and update its figures",
    )
    args = parser.parse_args(argv)
    if args.articles < 1 or args.workers < 1:
        parser.error("a run needs at least one article and one worker")
    events = args.events or max(1, args.articles // 20)
    args.output.mkdir(parents=True, exist_ok=True)
    stem = f"scale-{args.articles}"
    logfile = args.output / f"{stem}-children.log"
    figures: dict = {"articles": args.articles, "events": events, "started": time.ctime()}

    if args.measure_only:
        return measure_again(args, stem, logfile)

    from benchmarks.scale import generate

    data = args.output / f"articles-{args.articles}-{events}-{args.seed}.jsonl"
    log(f"generating {data.name}")
    started = time.perf_counter()
    if not data.exists():
        generate.write(data, count=args.articles, events=events, seed=args.seed)
    figures["generate"] = {
        "wall_s": round(time.perf_counter() - started, 1),
        "mb": round(data.stat().st_size / 1e6),
    }
    small_data = args.output / f"articles-{SMALL_ARTICLES}-first-of-{data.stem}.jsonl"
    with data.open(encoding="utf-8") as source, small_data.open("w", encoding="utf-8") as small:
        for _, line in zip(range(SMALL_ARTICLES), source, strict=False):
            small.write(line)

    large_url = database_url(args.server, args.database)
    small_url = database_url(args.server, f"{args.database}_small")
    if args.import_only:
        return import_only(args, data, large_url, logfile, figures)
    for url, name in ((large_url, args.database), (small_url, f"{args.database}_small")):
        log(f"creating database {name}, migrating")
        recreate_database(args.server, name)
        run_child([PYTHON, MANAGE, "migrate", "--noinput", "-v0"], child_env(url), logfile)

    log("importing the small database")
    import_file(small_data, small_url, logfile)
    align(small_url, 1, 600, logfile, -(-SMALL_ARTICLES // 20))
    log(f"importing {args.articles} articles")
    figures["import"] = import_file(data, large_url, logfile)
    log(f"imported: {figures['import']}")
    budget = args.align_budget
    if args.align_until:
        hour, minute = map(int, args.align_until.split(":"))
        now = time.localtime()
        until = time.mktime((*now[:3], hour, minute, 0, 0, 0, -1))
        budget = min(budget, max(60.0, until - time.time()))
    log(f"aligning with {args.workers} workers (budget {budget:.0f} s)")
    figures["align"] = align(large_url, args.workers, budget, logfile, events)
    al = figures["align"]
    if al["events_aligned"] < events and al["events_aligned"]:
        rate = al["events_aligned"] / al["wall_s"]
        figures["extrapolated"] = {
            "align_s": events / rate,
            "total_s": figures["import"]["wall_s"] + events / rate,
            "basis": "measured events per wall second of the workers, held constant",
        }
    measure_both(args, stem, logfile, figures)
    figures["finished"] = time.ctime()
    figures["children_cpu_s"] = round(
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
        + resource.getrusage(resource.RUSAGE_CHILDREN).ru_stime,
        1,
    )
    result = args.output / f"{stem}.json"
    result.write_text(json.dumps(figures, indent=1, ensure_ascii=False))
    print(report(figures))
    log(f"figures written to {result}")
    shutil.copy(result, args.output / "scale-latest.json")


if __name__ == "__main__":
    main()
