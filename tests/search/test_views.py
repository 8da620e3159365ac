"""The search page: plain GET form, htmx fragment, messages for bad input, escaping."""

import random
import re

import pytest
from django.urls import reverse

from mediacompare.search import selectors
from tests.factories import ArticleFactory, NoteFactory, UserFactory
from tests.search.conftest import CHINESE

pytestmark = pytest.mark.django_db
URL = reverse("search:search")
HTMX = {"HX-Request": "true"}


def results_html(response) -> str:
    return re.search(r'<section class="search-results".*?</section>', response.text, re.S).group()


def test_the_page_is_linked_from_the_header(client):
    response = client.get(reverse("coverage:event_list"))
    assert f'href="{URL}"' in response.text


def test_empty_page_shows_the_form(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert '<form method="get" action="/search/"' in response.text
    assert 'name="q"' in response.text and 'hx-push-url="true"' in response.text
    assert "Results 1" not in response.text


def test_results_link_to_passage_article_and_note(client):
    article = ArticleFactory(title="Summit of Zanzibar", body="The Zanzibar accord was signed.")
    passage = article.passages.get()
    note = NoteFactory(passage=passage, body="A Zanzibar remark")
    response = client.get(URL, {"q": "zanzibar"})
    assert response.status_code == 200
    html = results_html(response)
    assert f'href="{passage.get_absolute_url()}"' in html
    assert f'href="{article.get_absolute_url()}"' in html
    assert f'href="{reverse("notes:detail", args=[note.pk])}"' in html
    assert "<mark>Zanzibar</mark>" in html
    assert "Results 1–3 of 3." in html
    # Narrowing links keep the search and add one filter.
    assert f"?q=zanzibar&amp;event={article.event.slug}" in html


def test_htmx_gets_only_the_results(client):
    ArticleFactory(body="The Zanzibar accord was signed.")
    response = client.get(URL, {"q": "zanzibar"}, headers=HTMX)
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section class="search-results"')
    assert "<html" not in response.text and "<form" not in response.text
    assert "<mark>Zanzibar</mark>" in response.text
    assert "HX-Request" in response["Vary"]


def test_history_restore_gets_the_whole_page(client):
    response = client.get(URL, {"q": "x"}, headers={**HTMX, "HX-History-Restore-Request": "true"})
    assert "<html" in response.text


def test_head_is_answered_and_post_is_not(client):
    assert client.head(URL, {"q": "x"}).status_code == 200
    assert client.post(URL, {"q": "x"}).status_code == 405


def test_chinese_search_through_the_page(client):
    ArticleFactory(body=CHINESE, language="zh")
    response = client.get(URL, {"q": "民主峰会", "language": "zh", "kind": "passage"})
    html = results_html(response)
    assert html.count("<mark>民主峰会</mark>") == 2
    assert 'lang="zh"' in html


def test_outlet_and_user_text_is_escaped(client):
    hostile = '<img src=x onerror="alert(1)"> & <b>bold</b>'
    article = ArticleFactory(title=f"Zanzibar {hostile}", body=f"Zanzibar accord {hostile}.")
    article.outlet.name = f"Agency {hostile}"
    article.outlet.save()
    NoteFactory(passage=article.passages.get(), body=f"Zanzibar note {hostile}")
    html = client.get(URL, {"q": "zanzibar"}).text
    assert "<img" not in html and "<b>bold" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html


def test_no_template_marks_text_safe():
    from pathlib import Path

    template = Path(__file__).resolve().parents[2] / "templates" / "search" / "search.html"
    source = template.read_text(encoding="utf-8")
    assert "|safe" not in source and "autoescape off" not in source


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "x" * 201}, "The search is too long: at most 200 characters (it has 201)."),
        ({"q": "china\x00"}, "NUL character"),
        ({"q": "-summit"}, "-word only leaves out results"),
        ({"q": '"" * -'}, "no letters or digits"),
        ({"q": "x", "since": "2021-13-45"}, "Enter a date as YYYY-MM-DD"),
        ({"q": "x", "since": "2021-12-02", "until": "2021-12-01"}, "end date is before"),
        ({"q": "x", "language": "xx"}, "Unknown language “xx”"),
        ({"q": "x", "event": "no-such-event"}, "There is no event “no-such-event”."),
        ({"q": "x", "outlet": "<script>"}, "There is no outlet “&lt;script&gt;”."),
        ({"q": "x", "kind": "users"}, "Show articles, passages or notes"),
        ({"q": "x", "page": "²"}, "The page is a number from 1 to 50."),
        ({"q": "x", "page": "51"}, "The page is a number from 1 to 50."),
        ({"q": "x", "page": "0"}, "The page is a number from 1 to 50."),
    ],
)
def test_bad_input_gets_a_message(client, params, message):
    response = client.get(URL, params)
    assert response.status_code == 400
    assert message in response.text
    assert '<form method="get"' in response.text
    fragment = client.get(URL, params, headers=HTMX)
    assert fragment.status_code == 422
    assert message in fragment.text and "<form" not in fragment.text


@pytest.mark.parametrize(
    "text",
    [
        '"unbalanced',
        'NEAR(a b) AND "c',
        "a*",
        "-a -b c",
        "title:x ^y {z} [w]",
        "OR OR OR",
        "' OR 1=1 --",
        "\\",
        "é'\"`~!@#$%^&*()_+-=[]{}|;:,.<>/?",
        "民",
        "民 -主",
        "🙂 emoji",
        "\u200b\u202e",
    ],
)
def test_query_syntax_never_breaks_the_search(client, text):
    ArticleFactory(body="A plain sentence.")
    response = client.get(URL, {"q": text})
    assert response.status_code in (200, 400)
    assert "search-results" in response.text


def test_random_input_never_breaks_the_search(client):
    ArticleFactory(body=CHINESE + "\nThe summit, “quoted”; -dashed- *starred*.")
    alphabet = "ab民主 \"-*()^:NEAR OR\\'\t\u3000é,.;!?"
    rng = random.Random(13)
    for _ in range(60):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        response = client.get(URL, {"q": text}, headers=HTMX)
        assert response.status_code in (200, 422), text


def test_query_counts_do_not_grow_with_results(client, django_assert_num_queries):
    from django.db import connection

    def fill(count):
        for _ in range(count):
            article = ArticleFactory(body="The Zanzibar accord.\nZanzibar again.")
            NoteFactory(passage=article.passages.first(), body="Zanzibar note")

    # The events and outlets of the filters; then the search: (PostgreSQL's query per
    # configuration,) the candidates, the page, the page's note tags.
    expected = 5 + (connection.vendor == "postgresql")
    fill(1)
    with django_assert_num_queries(expected):
        assert client.get(URL, {"q": "zanzibar"}).status_code == 200
    fill(8)
    with django_assert_num_queries(expected):
        response = client.get(URL, {"q": "zanzibar"})
    assert "Results 1–20 of 36." in response.text
    with django_assert_num_queries(expected - 2):
        client.get(URL, {"q": "zanzibar"}, headers=HTMX)


def test_logged_in_readers_see_their_private_notes(client):
    user = UserFactory()
    passage = ArticleFactory(body="Nothing to see.").passages.get()
    NoteFactory(author=user, passage=passage, body="Private quokka", visibility="private")
    assert "Private quokka" not in client.get(URL, {"q": "quokka"}).text
    client.force_login(user)
    html = client.get(URL, {"q": "quokka"}).text
    assert "<mark>quokka</mark>" in html and "private</span>" in html


def test_more_matches_than_ranked_are_said(client, monkeypatch):
    monkeypatch.setattr(selectors, "CAP", 3)
    ArticleFactory(body="\n".join(f"Wombat {i}." for i in range(5)))
    html = client.get(URL, {"q": "wombat", "kind": "passage"}).text
    assert "of more than 3: the best of the first 3 matches are ranked" in html


def test_clearing_the_box_says_what_to_do(client):
    response = client.get(URL, {"q": "", "kind": "passage"}, headers=HTMX)
    assert response.status_code == 200
    assert "Type a word to search for." in response.text
