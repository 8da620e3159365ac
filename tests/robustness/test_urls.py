"""Every URL parameter of every page, public and logged in: fuzzed path segments and
query strings never give a 5xx, and reading never writes."""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import given
from hypothesis import strategies as st

from mediacompare.notes import services
from mediacompare.notes.models import Note, Tag
from tests.factories import ArticleFactory, UserFactory
from tests.robustness.strategies import numbers, parameter_values, url_text

# Django's admin and auth views are Django's; the apps' pages are ours.
SKIPPED_PREFIXES = ("admin/",)
# Every name a view reads from the query string (grep request.GET, the forms), and then some.
QUERY_NAMES = [
    "a", "b", "c", "d", "diff", "start", "row", "open", "fragment", "partner", "page",
    "passage", "tag", "article", "author", "q", "next", "linked_passage", "end", "quote",
]  # fmt: skip


def _patterns(resolver: URLResolver, prefix: str = ""):
    """(route with converters, pattern) for every URL the site answers."""
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if route.startswith(SKIPPED_PREFIXES):
            continue
        if isinstance(entry, URLResolver):
            yield from _patterns(entry, route)
        elif isinstance(entry, URLPattern):
            yield route, entry


ROUTES = sorted({route for route, _ in _patterns(get_resolver())})


@pytest.fixture
def site(db):
    article = ArticleFactory()
    other = ArticleFactory(event=article.event)
    reader = UserFactory()
    passage = article.passages.first()
    start = article.body.index("democracy")
    public = services.note_create(
        author=reader,
        passage=article.passages.get(start__lte=start, end__gt=start),
        body="Public",
        start=start,
        end=start + 9,
        visibility="public",
        tags="tone",
        rate_limit=False,
    )
    services.note_create(author=UserFactory(), passage=passage, body="Private", rate_limit=False)
    return {
        "reader": reader,
        "slugs": [article.event.slug],
        "ids": [article.pk, other.pk, passage.pk, public.pk, passage.index + 1],
    }


def segment(site, name: str):
    """A value for the path's ``<converter:name>``: mostly one that exists, else anything."""
    real = {
        "slug": site["slugs"],
        "pk": [str(pk) for pk in site["ids"]],
        "number": ["1", "2", "3"],
        "fmt": ["jsonld", "csv", "md"],
    }.get(name, ["x"])
    hostile = st.one_of(
        numbers, url_text.filter(lambda text: "/" not in text and text not in ("", ".", ".."))
    )
    return st.one_of(st.sampled_from(real), st.sampled_from(real), hostile)


CONVERTER = re.compile(r"<(?:\w+:)?(\w+)>")


def fill(route: str, draw, site) -> str:
    """The route with each ``<converter:name>`` replaced by a drawn value."""
    return "/" + CONVERTER.sub(lambda match: draw(segment(site, match[1])), route)


def counts():
    return (Note.objects.count(), Tag.objects.count())


@given(data=st.data())
def test_no_page_answers_5xx_to_any_parameter(client, site, data):
    route = data.draw(st.sampled_from(ROUTES), label="route")
    query = data.draw(
        st.dictionaries(
            st.one_of(st.sampled_from(QUERY_NAMES), url_text), parameter_values, max_size=4
        ),
        label="query",
    )
    if data.draw(st.booleans(), label="logged in"):
        client.force_login(site["reader"])
    else:
        client.logout()
    htmx = {"HX-Request": "true"} if data.draw(st.booleans(), label="htmx") else {}
    before = counts()
    path = fill(route, data.draw, site)
    response = client.get(path, query, headers=htmx)
    assert response.status_code < 500, (path, query, response.status_code)
    assert counts() == before


@given(data=st.data())
def test_note_forms_answer_4xx_to_any_field_and_write_nothing_then(client, site, data):
    client.force_login(site["reader"])
    fields = {
        name: data.draw(st.one_of(st.sampled_from([str(pk) for pk in site["ids"]]), numbers))
        for name in data.draw(
            st.sets(st.sampled_from(["passage", "start", "end", "linked_passage"]))
        )
    }
    fields["body"] = data.draw(st.one_of(st.just("A note"), url_text), label="body")
    fields["tags"] = data.draw(url_text, label="tags")
    fields["visibility"] = data.draw(st.sampled_from(["private", "public", "", "x"]))
    before = counts()
    response = client.post("/notes/new/", fields)
    assert response.status_code < 500, (fields, response.status_code)
    if response.status_code >= 400:
        assert counts() == before


def test_the_routes_cover_every_app():
    prefixes = {route.split("/")[0] for route in ROUTES}
    assert {"events", "notes", "search", "accounts"} <= prefixes
    assert any("<number:pk>" in route for route in ROUTES)
