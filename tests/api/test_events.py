import datetime

from tests.api.conftest import API
from tests.factories import EventFactory


def test_events_latest_first_with_their_page(client, db):
    older = EventFactory(starts_on=datetime.date(2020, 1, 1))
    newer = EventFactory(starts_on=datetime.date(2022, 1, 1))
    response = client.get(f"{API}/events")
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["id"] for item in items] == [newer.pk, older.pk]
    assert items[0]["url"] == f"http://testserver/events/{newer.slug}/"


def test_events_filtered_by_words_and_dates(client, db):
    summit = EventFactory(title="Summit for Democracy", starts_on=datetime.date(2021, 12, 9))
    EventFactory(title="Olympics", starts_on=datetime.date(2022, 2, 4))
    running = EventFactory(
        title="Talks", starts_on=datetime.date(2021, 11, 1), ends_on=datetime.date(2021, 12, 31)
    )
    ids = lambda query: [e["id"] for e in client.get(f"{API}/events?{query}").json()["items"]]  # noqa: E731
    assert ids("q=democracy") == [summit.pk]
    assert ids("date_from=2021-12-01&date_to=2021-12-31") == [summit.pk, running.pk]
    assert ids("date_to=2021-11-30") == [running.pk]


def test_event_detail_counts_articles_and_outlets(client, coverage):
    event = coverage["event"]
    body = client.get(f"{API}/events/{event.pk}").json()
    assert (body["article_count"], body["outlet_count"]) == (3, 2)


def test_missing_event_is_404(client, db):
    assert client.get(f"{API}/events/999").status_code == 404


def test_date_range_backwards_is_422(client, db):
    response = client.get(f"{API}/events?date_from=2022-01-02&date_to=2022-01-01")
    assert response.status_code == 422
    assert "first date is after the second" in response.text
