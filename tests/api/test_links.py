import pytest

from mediacompare.coverage.models import Comparison, PassageLink
from tests.api.conftest import API


def test_links_with_kind_score_and_origin(client, coverage):
    first, second, _ = coverage["articles"]
    response = client.get(f"{API}/links?article_a={second.pk}&article_b={first.pk}&limit=200")
    items = response.json()["items"]
    stored = PassageLink.objects.filter(article_a=first, article_b=second).order_by("id")
    assert stored.exists()
    assert [link["id"] for link in items] == [link.pk for link in stored]
    link = items[0]
    assert link["kind"] in {"verbatim", "edited", "partial", "paraphrase", "translation"}
    assert 0 <= link["score"] <= 1
    assert link["origin"] == "automatic"


def test_links_filtered_by_kind_event_article_and_origin(client, coverage):
    first = coverage["articles"][0]
    verbatim = client.get(f"{API}/links?kind=verbatim&limit=200").json()["items"]
    assert verbatim and {link["kind"] for link in verbatim} == {"verbatim"}
    of_first = client.get(f"{API}/links?article={first.pk}&limit=200").json()["items"]
    assert all(first.pk in (link["article_a"], link["article_b"]) for link in of_first)
    of_event = client.get(f"{API}/links?event={coverage['event'].pk}&limit=200").json()["items"]
    assert len(of_event) == PassageLink.objects.count()
    assert client.get(f"{API}/links?origin=editor").json()["items"] == []


@pytest.mark.parametrize(
    "query", ["kind=copy", "origin=robot", "article_a=1", "article_a=1&article_b=1"]
)
def test_bad_link_filters_are_422(client, db, query):
    assert client.get(f"{API}/links?{query}").status_code == 422


def test_comparisons_say_which_pairs_were_not_compared_and_why(client, coverage):
    rows = client.get(f"{API}/comparisons?event={coverage['event'].pk}").json()["items"]
    assert len(rows) == Comparison.objects.count() == 3
    not_compared = client.get(f"{API}/comparisons?compared=false").json()["items"]
    assert all(row["reason"] for row in not_compared)
    assert len(not_compared) == Comparison.objects.filter(compared=False).count()


def test_links_say_which_decision_an_editor_made(client, coverage):
    from django.contrib.auth.models import Group

    from mediacompare.accounts.roles import EDITORS
    from mediacompare.review.services import link_decide
    from tests.factories import UserFactory

    editor = UserFactory()
    editor.groups.add(Group.objects.get(name=EDITORS))
    confirmed, untouched = PassageLink.objects.order_by("id")[:2]
    link_decide(
        editor=editor,
        passage=confirmed.passage_a,
        partner=confirmed.passage_b,
        action="confirm",
    )
    items = {link["id"]: link for link in client.get(f"{API}/links?limit=200").json()["items"]}
    assert items[confirmed.pk]["decision"] == "confirm"
    assert items[confirmed.pk]["origin"] == "editor"
    assert items[untouched.pk]["decision"] is None
