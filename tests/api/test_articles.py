import datetime

import pytest

from tests.api.conftest import API


def ids(client, query=""):
    response = client.get(f"{API}/articles?{query}")
    assert response.status_code == 200, response.text
    return [a["id"] for a in response.json()["items"]]


def test_articles_filtered(client, coverage):
    first, second, russian = coverage["articles"]
    tass, xinhua = coverage["outlets"]
    assert ids(client) == [first.pk, second.pk, russian.pk]
    assert ids(client, f"event={coverage['event'].pk}") == [first.pk, second.pk, russian.pk]
    assert ids(client, f"event={coverage['event'].pk + 1}") == []
    assert ids(client, f"outlet={xinhua.pk}") == [second.pk]
    assert ids(client, "language=ru") == [russian.pk]


def test_articles_by_published_day_in_utc(client, coverage):
    first, second, russian = coverage["articles"]
    first.published_at = datetime.datetime(2021, 11, 26, 23, 59, tzinfo=datetime.UTC)
    first.save()
    assert ids(client, "published_to=2021-11-26") == [first.pk]
    assert ids(client, "published_from=2021-11-27") == [second.pk, russian.pk]
    assert ids(client, "published_from=2021-11-26&published_to=2021-11-26") == [first.pk]


def test_the_extreme_days_are_days_like_others(client, coverage):
    assert len(ids(client, "published_from=0001-01-01&published_to=9999-12-31")) == 3


def test_article_list_leaves_the_body_to_the_detail(client, coverage):
    first = coverage["articles"][0]
    item = client.get(f"{API}/articles").json()["items"][0]
    assert "body" not in item
    assert item["url"] == f"http://testserver/events/{first.event.slug}/articles/{first.pk}/"
    detail = client.get(f"{API}/articles/{first.pk}").json()
    assert detail["body"] == first.body
    assert (detail["event"], detail["outlet"], detail["is_primary"]) == (
        first.event_id,
        first.outlet_id,
        True,
    )


def test_passages_in_order(client, coverage):
    first = coverage["articles"][0]
    items = client.get(f"{API}/articles/{first.pk}/passages?limit=200").json()["items"]
    passages = list(first.passages.order_by("index"))
    assert [p["id"] for p in items] == [p.pk for p in passages]
    assert items[0]["number"] == 1 and items[0]["text"] == passages[0].text
    assert client.get(f"{API}/articles/999999/passages").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "language=xx",
        "language=english",
        "event=0",
        "event=-1",
        "event=abc",
        "event=%C2%B2",  # a superscript two: str.isdigit() says yes
        "event=%D9%A1%D9%A2",  # Arabic-Indic digits
        "event=99999999999999999999999999",
        "outlet=1.5",
        "published_from=2021-02-30",
        "published_from=yesterday",
        "published_to=99999-01-01",
        "limit=0",
        "limit=100000",
        "limit=-5",
    ],
)
def test_bad_filters_are_422_with_the_parameter_named(client, db, query):
    response = client.get(f"{API}/articles?{query}")
    assert response.status_code == 422, response.text
    assert response.json()["detail"][0]["loc"] == ["query", query.split("=")[0]]


def test_unknown_language_says_what_to_use(client, db):
    response = client.get(f"{API}/articles?language=English")
    assert "use “en” (English)" in response.json()["detail"][0]["msg"]


@pytest.mark.parametrize("path", ["/articles/0", "/articles/abc", "/articles/1" + "0" * 30])
def test_bad_ids_in_paths_are_refused(client, db, path):
    assert client.get(f"{API}{path}").status_code in (404, 422)
