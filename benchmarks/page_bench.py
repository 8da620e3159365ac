"""Server time of the event page and the comparison against a trivial one-query page,
in one run.

Builds a throwaway database (SQLite in a temporary folder unless DATABASE_URL is
given) with one event of 4 articles x 200 passages, links computed by the real
services, and two notes on every passage; then times each page through Django's full
middleware stack with the test client, signed in. Prints medians, queries per page
and the ratios: the target is the event page and the 4-column comparison each costing
no more than 10x the trivial page. The first request of each page is not timed (it
fills the caches a real site keeps warm).

    python benchmarks/page_bench.py [--passages 200] [--requests 30]
"""

import argparse
import gzip
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def synthetic_articles(passages: int, count: int, seed: int = 7) -> list[str]:
    """A source text and copies that reuse, reword, reorder and add sentences."""
    rng = random.Random(seed)
    vocabulary = [
        f"{rng.choice('bcdfghklmnprstvz')}{rng.choice('aeiou')}{i:x}w" for i in range(3000)
    ]

    def sentence() -> str:
        words = rng.sample(vocabulary, rng.randint(10, 22))
        return " ".join(words).capitalize() + "."

    source = [sentence() for _ in range(passages)]
    texts = []
    for _ in range(count):
        copy = []
        for original in source:
            roll = rng.random()
            if roll < 0.35:
                copy.append(original)
            elif roll < 0.6:
                words = original.rstrip(".").split()
                for _ in range(2):
                    words[rng.randrange(len(words))] = rng.choice(vocabulary)
                copy.append(" ".join(words) + ".")
            elif roll < 0.8:
                copy.append(sentence())
        rng.shuffle(copy)
        # Sentences of its own to the same length: every article has ``passages``.
        copy += [sentence() for _ in range(passages - len(copy))]
        texts.append(copy[:passages])
    articles = [source, *texts[: count - 1]]
    return ["\n".join(" ".join(a[i : i + 5]) for i in range(0, len(a), 5)) for a in articles]


def median_ms(client, url: str, requests: int) -> tuple[float, int, int]:
    """Median server time in ms, the page's size and how many queries it makes."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm caches: templates, URL resolver, connection, pages' caches
    # The log keeps at most 9,000 queries: a full one would count none.
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    count = len(queries)
    timings, cpu = [], []
    size = 0
    for _ in range(requests):
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        size = len(response.content)
    return statistics.median(timings), size, count, statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=200)
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="mediacompare-bench-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{folder}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mediacompare.settings")
    # One log line per request would be printed among the figures (and timed).
    os.environ.setdefault("REQUEST_LOG", "false")
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    from mediacompare.coverage import services
    from mediacompare.coverage.models import Event, Outlet, PassageLink
    from mediacompare.notes.models import Note

    settings.DEBUG = False
    setup_test_environment()
    if "sqlite" not in settings.DATABASES["default"]["ENGINE"]:
        print("Using DATABASE_URL as given; the bench event is removed afterwards.")
    call_command("migrate", verbosity=0)

    started = time.perf_counter()
    event = Event.objects.create(
        title="Benchmark event", slug=f"bench-{os.getpid()}", starts_on="2021-11-26"
    )
    users = [get_user_model().objects.create_user(f"bench{os.getpid()}-{i}") for i in range(3)]
    articles = []
    for number, body in enumerate(synthetic_articles(args.passages, 4)):
        outlet = Outlet.objects.create(
            name=f"Bench outlet {os.getpid()}-{number}",
            slug=f"bench-{os.getpid()}-{number}",
            country="Nowhere",
            language="en",
        )
        articles.append(
            services.article_create(
                event=event,
                outlet=outlet,
                title=f"Article {number}",
                body=body,
                language="en",
                is_primary=number == 0,
            )
        )
    notes = []
    for article in articles:
        for passage in article.passages.all():
            for user in users[:2]:
                notes.append(
                    Note(
                        author=user,
                        passage=passage,
                        body="A note.",
                        body_html="<p>A note.</p>",
                        visibility="public",
                    )
                )
    Note.objects.bulk_create(notes)
    built = time.perf_counter() - started
    passages = sum(a.passages.count() for a in articles)
    links = PassageLink.objects.filter(article_a__event=event).count()

    anonymous = Client()
    client = Client()
    client.force_login(users[2])
    ids = [a.pk for a in articles]
    compare = f"/events/{event.slug}/compare/?a={ids[0]}&b={ids[1]}&c={ids[2]}&d={ids[3]}"
    pages = [
        ("trivial page (event list, one query)", "/"),
        ("event page (matrix, timeline)", f"/events/{event.slug}/"),
        ("comparison page, 2 columns", f"/events/{event.slug}/compare/?a={ids[0]}&b={ids[1]}"),
        ("comparison page, 4 columns", compare),
    ]
    # The trivial page is read anonymously: one query, no session.
    results = [(pages[0][0], *median_ms(anonymous, pages[0][1], args.requests))]
    results += [(label, *median_ms(client, url, args.requests)) for label, url in pages[1:]]

    print(
        f"\nData: 4 articles, {passages} passages, {links} stored links, {len(notes)} notes "
        f"(built in {built:.1f} s); {args.requests} requests per page, median server time."
    )
    # Wall time, and this process's CPU time (steadier when other work shares the machine).
    header = f"{'page':<40} {'median ms':>10} {'x trivial':>10} {'CPU ms':>7} {'x trivial':>10}"
    print(f"{header} {'queries':>8} {'HTML KB':>9} {'gzip KB':>8}")
    trivial, trivial_cpu = results[0][1], results[0][4]
    for (label, ms, size, queries, cpu), (_, url) in zip(results, pages, strict=True):
        body = (anonymous if url == "/" else client).get(url).content
        print(
            f"{label:<40} {ms:>10.1f} {ms / trivial:>10.1f} {cpu:>7.1f} {cpu / trivial_cpu:>10.1f}"
            f" {queries:>8} {size / 1024:>9.0f} {len(gzip.compress(body)) / 1024:>8.0f}"
        )
    for name, row in (("Event page", results[1]), ("Comparison page (4 columns)", results[-1])):
        print(
            f"{name} / trivial page: {row[1] / trivial:.1f}x wall time,"
            f" {row[4] / trivial_cpu:.1f}x CPU time (target <= 10x)"
        )
    # Notes protect their passages: remove them first.
    Note.objects.filter(passage__article__event=event).delete()
    event.delete()


if __name__ == "__main__":
    main()
