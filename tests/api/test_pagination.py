"""Cursor pagination: stable order, opaque signed cursors, bounded pages, and a constant
number of queries per page."""

import datetime

import pytest

from mediacompare.notes import services as note_services
from tests.api.conftest import API
from tests.factories import EventFactory, OutletFactory, UserFactory


def walk(client, url: str) -> list[int]:
    seen = []
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.text
        body = response.json()
        seen += [item["id"] for item in body["items"]]
        url = body["next"]
    return seen


def test_every_item_once_in_order_across_pages(client, db):
    # Several events on one day: the id breaks the tie, so pages neither skip nor repeat.
    days = [datetime.date(2021, 1, 1 + n % 3) for n in range(11)]
    events = [EventFactory(starts_on=day) for day in days]
    expected = [e.pk for e in sorted(events, key=lambda e: (e.starts_on, e.pk), reverse=True)]
    assert walk(client, f"{API}/events?limit=2") == expected
    assert walk(client, f"{API}/events?limit=200") == expected


def test_next_keeps_the_filters(client, db):
    for n in range(5):
        OutletFactory(name=f"Outlet {n:02}")
    first = client.get(f"{API}/outlets?limit=2").json()
    assert "limit=2" in first["next"]
    assert len(walk(client, first["next"])) == 3


def test_the_last_page_has_no_next(client, db):
    OutletFactory()
    assert client.get(f"{API}/outlets").json()["next"] is None


@pytest.mark.parametrize("cursor", ["garbage", "e30", "W10:1a2b3c:abc", "%00", "x" * 400])
def test_forged_cursors_are_400(client, db, cursor):
    response = client.get(f"{API}/events?cursor={cursor}")
    assert response.status_code == 400
    assert "cursor" in response.json()["detail"]


def test_a_cursor_only_works_where_it_was_given(client, db):
    for _ in range(3):
        OutletFactory()
        EventFactory()
    next_events = client.get(f"{API}/events?limit=1").json()["next"]
    cursor = next_events.split("cursor=")[1]
    assert client.get(f"{API}/outlets?cursor={cursor}").status_code == 400


def test_too_long_a_cursor_is_422(client, db):
    assert client.get(f"{API}/events?cursor={'x' * 600}").status_code == 422


LISTS = [
    "/events",
    "/outlets",
    "/articles",
    "/links",
    "/comparisons",
    "/notes",
]


@pytest.mark.parametrize("path", LISTS)
def test_queries_per_page_do_not_grow_with_items(
    client, notes, path, django_assert_max_num_queries
):
    EventFactory()
    passage = notes["public"].passage
    for n in range(3):
        note_services.note_create(
            author=UserFactory(),
            passage=passage,
            body=f"Note {n}",
            visibility="public",
            tags=f"t{n}",
        )
    # The first request of a rate-limit window also makes its row.
    client.get(f"{API}{path}")
    # The throttle (one upsert) and the page: 1 query,
    # 3 for notes (tags and nothing else prefetched), whatever the page size.
    with django_assert_max_num_queries(8) as small:
        assert client.get(f"{API}{path}?limit=1").status_code == 200
    with django_assert_max_num_queries(8) as large:
        assert len(client.get(f"{API}{path}?limit=200").json()["items"]) > 1
    assert len(small) == len(large)


def test_passages_queries_do_not_grow(client, coverage, django_assert_max_num_queries):
    article = coverage["articles"][0]
    client.get(f"{API}/outlets")
    with django_assert_max_num_queries(7):
        response = client.get(f"{API}/articles/{article.pk}/passages?limit=200")
    assert len(response.json()["items"]) == article.passages.count()
