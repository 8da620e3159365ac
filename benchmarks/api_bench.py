"""Server time of the API's list endpoints (p50, p95) on a realistic database.

Builds a throwaway database (SQLite in a temporary folder unless DATABASE_URL is given)
with the demo event (49 real articles, aligned by the real services; --no-demo skips it)
plus a synthetic bulk of ``--events`` events x ``--articles`` articles, each with 12
passages, links between neighbouring articles, a comparison row per pair of articles of
an event and notes (public and private), written with bulk_create (the API only reads
them). Then times each list endpoint through Django's full middleware stack (session,
rate limit counted in the database, ETag) with the test client: the first page, a
filtered page and a page deep in the list (reached by following ``next``). Target: p95
<= 50 ms per list endpoint.

    python benchmarks/api_bench.py [--events 300] [--articles 20] [--requests 100]

On a database given by DATABASE_URL, --keep leaves the synthetic bulk there and --reuse
times the bulk a previous --keep left (a PostgreSQL build of 20,000 articles takes
minutes: the search index's triggers run on every insert):

    DATABASE_URL=postgres://…/mc_api python benchmarks/api_bench.py --events 1000 --keep
    DATABASE_URL=postgres://…/mc_api python benchmarks/api_bench.py --reuse
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Names of what the run makes (a fixed one, so that --reuse finds it again).
PREFIX = "apibench"


def build(events: int, per_event: int, seed: int = 11) -> dict:
    """The synthetic bulk; returns what the endpoints are asked about."""
    import datetime

    from django.contrib.auth import get_user_model

    from mediacompare.coverage.models import (
        Article,
        Comparison,
        Event,
        Outlet,
        Passage,
        PassageLink,
    )
    from mediacompare.notes.models import Note

    rng = random.Random(seed)
    languages = ["en", "en", "en", "ru", "zh-Hans", "ar", "de", "fr"]
    words = [f"w{rng.randrange(10**6):x}" for _ in range(5000)]

    def sentence() -> str:
        return " ".join(rng.choices(words, k=rng.randint(10, 25))).capitalize() + "."

    outlets = Outlet.objects.bulk_create(
        Outlet(
            name=f"{PREFIX} outlet {n}",
            slug=f"{PREFIX}-outlet-{n}",
            country="Nowhere",
            language=rng.choice(languages),
        )
        for n in range(300)
    )
    start = datetime.date(2015, 1, 1)
    event_rows = Event.objects.bulk_create(
        Event(
            title=f"{PREFIX} event {n}: {sentence()[:80]}",
            slug=f"{PREFIX}-event-{n}",
            summary=sentence(),
            starts_on=start + datetime.timedelta(days=n % 3000),
        )
        for n in range(events)
    )
    users = [get_user_model().objects.create_user(f"{PREFIX}-{n}") for n in range(20)]
    sentences = [sentence() for _ in range(3000)]
    made = {"articles": 0, "passages": 0, "links": 0, "comparisons": 0, "notes": 0}
    for batch_start in range(0, len(event_rows), 100):
        batch = event_rows[batch_start : batch_start + 100]
        articles = []
        for event in batch:
            for n in range(per_event):
                published = datetime.datetime.combine(
                    event.starts_on, datetime.time(rng.randrange(24)), tzinfo=datetime.UTC
                )
                articles.append(
                    Article(
                        event=event,
                        outlet=rng.choice(outlets),
                        title=sentence()[:200],
                        body="",
                        language=rng.choice(languages),
                        published_at=published,
                        is_primary=n == 0,
                    )
                )
        texts = {}
        for article in articles:
            texts[id(article)] = [rng.choice(sentences) for _ in range(12)]
            article.body = " ".join(texts[id(article)])
        Article.objects.bulk_create(articles)
        passages = []
        for article in articles:
            offset = 0
            for index, text in enumerate(texts[id(article)]):
                passages.append(
                    Passage(
                        article=article,
                        index=index,
                        paragraph=index // 4,
                        start=offset,
                        end=offset + len(text),
                        text=text,
                    )
                )
                offset += len(text) + 1
        Passage.objects.bulk_create(passages, batch_size=2000)
        by_article = {}
        for passage in passages:
            by_article.setdefault(passage.article_id, []).append(passage)
        links, comparisons, notes = [], [], []
        for event_articles in (
            articles[i : i + per_event] for i in range(0, len(articles), per_event)
        ):
            for i, a in enumerate(event_articles):
                for b in event_articles[i + 1 :]:
                    comparisons.append(
                        Comparison(
                            article_a=a,
                            article_b=b,
                            compared=a.language == b.language or rng.random() < 0.8,
                            reason="" if rng.random() < 0.9 else "the model lacks a language",
                        )
                    )
            for a, b in zip(event_articles, event_articles[1:], strict=False):
                for pa, pb in zip(by_article[a.pk][:6], by_article[b.pk][:6], strict=True):
                    links.append(
                        PassageLink(
                            article_a=a,
                            article_b=b,
                            passage_a=pa,
                            passage_b=pb,
                            kind=rng.choice(["verbatim", "edited", "paraphrase", "translation"]),
                            score=rng.random(),
                        )
                    )
            for article in event_articles[:3]:
                passage = by_article[article.pk][1]
                notes.append(
                    Note(
                        author=rng.choice(users),
                        passage=passage,
                        body="A remark on this passage.",
                        body_html="<p>A remark on this passage.</p>",
                        visibility=rng.choice(["public", "public", "private"]),
                    )
                )
        PassageLink.objects.bulk_create(links, batch_size=2000)
        Comparison.objects.bulk_create(comparisons, batch_size=2000)
        Note.objects.bulk_create(notes, batch_size=2000)
        made["articles"] += len(articles)
        made["passages"] += len(passages)
        made["links"] += len(links)
        made["comparisons"] += len(comparisons)
        made["notes"] += len(notes)
    middle = event_rows[len(event_rows) // 2]
    return {
        "made": made,
        "event": middle.pk,
        "article": Article.objects.filter(event=middle).order_by("id").first().pk,
        "outlet": outlets[0].pk,
        "user": users[0],
    }


def remove() -> None:
    """Delete what a run made (on a database given by DATABASE_URL)."""
    from django.contrib.auth import get_user_model

    from mediacompare.api.models import ApiToken
    from mediacompare.coverage.models import Event, Outlet
    from mediacompare.notes.models import Note

    Note.objects.filter(passage__article__event__slug__startswith=PREFIX).delete()
    Event.objects.filter(slug__startswith=PREFIX).delete()
    Outlet.objects.filter(slug__startswith=PREFIX).delete()
    ApiToken.objects.filter(user__username__startswith=PREFIX).delete()
    get_user_model().objects.filter(username__startswith=PREFIX).delete()


def reused() -> dict:
    """What build() returned, read back from the bulk a --keep run left."""
    from django.contrib.auth import get_user_model

    from mediacompare.coverage.models import (
        Article,
        Comparison,
        Event,
        Outlet,
        Passage,
        PassageLink,
    )
    from mediacompare.notes.models import Note

    events = Event.objects.filter(slug__startswith=PREFIX).order_by("id")
    total = events.count()
    if not total:
        raise SystemExit("--reuse: no bulk here; run once with --keep first")
    middle = events[total // 2]
    ours = {"article__event__slug__startswith": PREFIX}
    made = {
        "articles": Article.objects.filter(event__slug__startswith=PREFIX).count(),
        "passages": Passage.objects.filter(**ours).count(),
        "links": PassageLink.objects.filter(article_a__event__slug__startswith=PREFIX).count(),
        "comparisons": Comparison.objects.filter(article_a__event__slug__startswith=PREFIX).count(),
        "notes": Note.objects.filter(passage__article__event__slug__startswith=PREFIX).count(),
    }
    users = get_user_model().objects.filter(username__startswith=PREFIX).order_by("id")
    outlets = Outlet.objects.filter(slug__startswith=PREFIX).order_by("id")
    return {
        "made": made,
        "event": middle.pk,
        "article": Article.objects.filter(event=middle).order_by("id").first().pk,
        "outlet": outlets.first().pk,
        "user": users.first(),
    }


def timed(client, url: str, requests: int, **headers) -> tuple:
    """p50 and p95 server time in ms (wall, then this process's CPU), queries and size of
    GET ``url``."""
    from django.db import connection

    client.get(url, headers=headers)  # warm: URL resolver, connection, throttle row
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    # Counted as they run (the query log is cleared when a request starts).
    with connection.execute_wrapper(count):
        response = client.get(url, headers=headers)
    assert response.status_code == 200, (url, response.status_code, response.content[:300])
    timings, cpu = [], []
    for _ in range(requests):
        started, started_cpu = time.perf_counter(), time.process_time()
        client.get(url, headers=headers)
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)

    def p95(values):
        return statistics.quantiles(values, n=20, method="inclusive")[-1]

    return (
        statistics.median(timings),
        p95(timings),
        statistics.median(cpu),
        p95(cpu),
        len(executed),
        len(response.content),
    )


def deep(client, url: str, pages: int) -> str:
    """The address of page ``pages`` of ``url``, by following ``next``."""
    for _ in range(pages):
        following = client.get(url).json()["next"]
        if following is None:
            break
        url = following
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=300)
    parser.add_argument("--articles", type=int, default=20, help="per synthetic event")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--no-demo", action="store_true", help="leave out the demo event")
    parser.add_argument("--keep", action="store_true", help="leave the synthetic bulk there")
    parser.add_argument("--reuse", action="store_true", help="time the bulk --keep left")
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="mediacompare-api-bench-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{folder}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mediacompare.settings")
    os.environ.setdefault("REQUEST_LOG", "false")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    from mediacompare.api import services as api_services
    from mediacompare.coverage.models import Event

    settings.DEBUG = False
    # Every request still counts against the limit in the database; none is refused.
    settings.API_RATE_LIMIT = settings.API_RATE_LIMIT_AUTHENTICATED = 10**9
    setup_test_environment()
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    if not args.no_demo and not Event.objects.filter(slug__startswith="china-russia").exists():
        call_command("load_demo", verbosity=0)
    if args.reuse:
        data = reused()
    else:
        remove()
        data = build(args.events, args.articles)
    built = time.perf_counter() - started
    # A token of the same name from an earlier run (--reuse) is replaced.
    data["user"].api_tokens.filter(name="bench").delete()
    token = api_services.token_create(user=data["user"], name="bench")[1]

    anonymous = Client()
    e, a, o = data["event"], data["article"], data["outlet"]
    endpoints = [
        ("events", "/api/v1/events"),
        ("events ?q=", "/api/v1/events?q=event+5"),
        ("events by dates", "/api/v1/events?date_from=2015-02-01&date_to=2015-03-31"),
        ("outlets", "/api/v1/outlets"),
        ("articles", "/api/v1/articles"),
        ("articles ?event=", f"/api/v1/articles?event={e}"),
        ("articles ?outlet=&language=", f"/api/v1/articles?outlet={o}&language=en"),
        ("articles by dates", "/api/v1/articles?published_from=2015-02-01&published_to=2015-03-31"),
        ("passages of an article", f"/api/v1/articles/{a}/passages"),
        ("links", "/api/v1/links"),
        ("links ?event=", f"/api/v1/links?event={e}"),
        ("links ?article=&kind=", f"/api/v1/links?article={a}&kind=verbatim"),
        ("comparisons", "/api/v1/comparisons"),
        ("comparisons ?event=", f"/api/v1/comparisons?event={e}"),
        ("comparisons ?compared=false", "/api/v1/comparisons?compared=false"),
        ("notes (public)", "/api/v1/notes"),
        ("notes ?event=", f"/api/v1/notes?event={e}"),
    ]
    for name, path in [("events", "/api/v1/events"), ("articles", "/api/v1/articles")]:
        endpoints.append((f"{name}, page 40 (deep)", deep(anonymous, path, 40)))
    endpoints.append(("links, page 40 (deep)", deep(anonymous, "/api/v1/links", 40)))
    rows = [(label, *timed(anonymous, url, args.requests)) for label, url in endpoints]
    rows.append(
        (
            "notes with a token (own private)",
            *timed(anonymous, "/api/v1/notes", args.requests, Authorization=f"Bearer {token}"),
        )
    )
    # What the rate limit's write (a transaction per request) costs of the figures above.
    from mediacompare.api.throttling import DatabaseThrottle

    DatabaseThrottle.allow_request = lambda self, request: True
    for label, url in endpoints[:1] + endpoints[15:16]:
        rows.append((f"{label}, rate limit off", *timed(anonymous, url, args.requests)))
    made = data["made"]
    print(
        f"\nDatabase: {engine}; demo event {'left out' if args.no_demo else 'included'} + "
        f"{Event.objects.filter(slug__startswith=PREFIX).count()} events, "
        f"{made['articles']} articles, {made['passages']} passages, "
        f"{made['links']} links, {made['comparisons']} comparisons, {made['notes']} notes "
        f"(built in {built:.0f} s). {args.requests} requests each, 50 items a page, "
        "anonymous unless said."
    )
    print(
        f"{'endpoint':<36} {'p50 ms':>7} {'p95 ms':>7} {'CPU p50':>8} {'CPU p95':>8}"
        f" {'queries':>8} {'KB':>6}"
    )
    for label, p50, p95, cpu50, cpu95, queries, size in rows:
        print(
            f"{label:<36} {p50:>7.1f} {p95:>7.1f} {cpu50:>8.1f} {cpu95:>8.1f}"
            f" {queries:>8} {size / 1024:>6.0f}"
        )
    load = os.getloadavg()[0]
    print(f"Load average during the run: {load:.1f} on {os.cpu_count()} cores.")
    worst = max(rows, key=lambda row: row[2])
    verdict = "met" if worst[2] <= 50 else "NOT met"
    print(f"Worst p95: {worst[2]:.1f} ms ({worst[0]}); target <= 50 ms {verdict}.")

    if not (args.keep or args.reuse):
        remove()


if __name__ == "__main__":
    main()
