import threading
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test import RequestFactory

from mediacompare.accounts import throttle
from mediacompare.accounts.models import AttemptWindow

NOON = datetime(2026, 11, 1, 12, 0, 10, tzinfo=UTC)


def test_hit_allows_the_limit_then_says_how_long_to_wait(db):
    hour = timedelta(hours=1)
    results = [throttle.hit(key="k", limit=3, period=hour, now=NOON) for _ in range(4)]
    assert results[:3] == [0, 0, 0]
    assert results[3] == 3600 - 10


def test_hit_counts_keys_and_windows_apart(db):
    hour = timedelta(hours=1)
    for _ in range(2):
        throttle.hit(key="a", limit=1, period=hour, now=NOON)
    assert throttle.hit(key="b", limit=1, period=hour, now=NOON) == 0
    assert throttle.hit(key="a", limit=1, period=hour, now=NOON + hour) == 0


def test_old_windows_are_deleted(db):
    hour = timedelta(hours=1)
    throttle.hit(key="a", limit=1, period=hour, now=NOON)
    throttle.hit(key="a", limit=1, period=hour, now=NOON + 3 * hour)
    assert AttemptWindow.objects.count() == 1


def test_an_attempt_is_one_statement(db, django_assert_num_queries):
    hour = timedelta(hours=1)
    # The window's first attempt also forgets the ended windows.
    with django_assert_num_queries(2):
        throttle.hit(key="a", limit=2, period=hour, now=NOON)
    with django_assert_num_queries(1):
        assert throttle.hit(key="a", limit=2, period=hour, now=NOON) == 0
    with django_assert_num_queries(1):
        assert throttle.hit(key="a", limit=2, period=hour, now=NOON, cost=2) > 0
    assert AttemptWindow.objects.get(key="a").count == 4


def test_client_ip_reads_forwarded_for_only_behind_declared_proxies(settings):
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 192.0.2.5"
    )
    settings.PROXY_COUNT = 0
    assert throttle.client_ip(request) == "10.0.0.1"
    settings.PROXY_COUNT = 1
    assert throttle.client_ip(request) == "192.0.2.5"
    settings.PROXY_COUNT = 2
    assert throttle.client_ip(request) == "6.6.6.6"
    settings.PROXY_COUNT = 3  # fewer entries than proxies: the peer
    assert throttle.client_ip(request) == "10.0.0.1"


@pytest.mark.parametrize(
    "forwarded",
    ["junk", "a" * 300, "192.0.2.5:8080", "unknown", "_hidden", "fe80::1%" + "a" * 300],
)
def test_a_forwarded_entry_that_is_no_address_is_not_the_client(settings, forwarded):
    """A proxy passing a client's X-Forwarded-For through (or one that appends a port or
    "unknown") gave a key that is no address: axes' lookup of it (an inet column on
    PostgreSQL) and the attempt row (key up to 200 characters) failed, a 500 on login,
    sign-up, password reset and the API. The peer's address counts instead."""
    settings.PROXY_COUNT = 1
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert throttle.client_ip(request) == "10.0.0.1"
    ipv6 = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="2001:db8::1")
    assert throttle.client_ip(ipv6) == "2001:db8::1"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="parallel writers need PostgreSQL")
def test_parallel_attempts_never_overshoot_the_limit(transactional_db):
    barrier = threading.Barrier(8)
    results = []

    def attempt():
        try:
            barrier.wait()
            results.append(throttle.hit(key="race", limit=3, period=timedelta(hours=1), now=NOON))
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(result == 0 for result in results) == [False] * 5 + [True] * 3
    assert AttemptWindow.objects.get(key="race").count == 8


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's commit setting")
def test_the_count_commits_without_waiting_for_the_disk_and_nothing_else_does(
    transactional_db,
):
    from django.db import transaction
    from django.test.utils import CaptureQueriesContext

    hour = timedelta(hours=1)
    with CaptureQueriesContext(connection) as alone:
        throttle.hit(key="a", limit=5, period=hour, now=NOON)
    assert "synchronous_commit" in alone.captured_queries[0]["sql"]
    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronous_commit")
        assert cursor.fetchone()[0] == "on"
    # In a caller's transaction the setting would be the caller's: not asked for.
    with transaction.atomic(), CaptureQueriesContext(connection) as inside:
        throttle.hit(key="a", limit=5, period=hour, now=NOON)
    assert all("synchronous_commit" not in query["sql"] for query in inside.captured_queries)
    assert AttemptWindow.objects.get(key="a").count == 2
