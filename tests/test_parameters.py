"""Numbers from outside are read in one place, strictly, and a bad one is a 4xx with a
message on every page that takes one: never a 500."""

import pytest
from django.urls import reverse

from mediacompare import parameters
from tests.factories import ArticleFactory, NoteFactory, UserFactory

HOSTILE = [
    "²",  # "²".isdigit() is True, int("²") raises
    "١٢",  # Arabic-Indic digits: isdigit() and int() both take them
    "9" * 5000,  # int() refuses more than 4,300 digits
    "9" * 19,  # past the database's bigint
    "-1",
    "1e3",
    " 7",
    "0x1f",
    "\x00",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_the_parser_takes_ascii_digits_within_bounds_only(value):
    with pytest.raises(parameters.BadParameter, match="page"):
        parameters.number(value, name="page", minimum=1)


def test_the_parser_reads_good_numbers_and_says_what_bounds_are():
    assert parameters.number("0042", name="x") == 42
    assert parameters.optional_number({}, "page", default=1) == 1
    assert parameters.optional_number({"page": ""}, "page", default=1) == 1
    with pytest.raises(parameters.BadParameter, match="from 1 to 10"):
        parameters.number("11", name="page", minimum=1, maximum=10)


@pytest.fixture
def world(db):
    article = ArticleFactory()
    other = ArticleFactory(event=article.event)
    note = NoteFactory(passage=article.passages.first())
    return {"article": article, "other": other, "note": note}


def urls_taking(world, value: str) -> list[str]:
    article, other = world["article"], world["other"]
    event = article.event
    compare = reverse("coverage:compare", args=[event.slug]) + f"?a={article.pk}&b={other.pk}"
    return [
        f"{article.passages.first().get_absolute_url()}?partner={value}",
        f"{reverse('notes:mine')}?page={value}",
        f"{reverse('notes:event', args=[event.slug])}?page={value}",
        f"{reverse('notes:orphaned')}?page={value}",
        f"{compare}&start={value}",
        f"{compare}&row=a{value}",
        f"{compare}&c={value}",
    ]


@pytest.mark.parametrize("value", HOSTILE)
def test_every_page_answers_a_bad_number_with_a_4xx_and_a_message(client, world, value):
    client.force_login(UserFactory())
    for url in urls_taking(world, value):
        response = client.get(url)
        assert response.status_code == 400, (url[:80], response.status_code)
        assert "must be" in response.text or 'role="alert"' in response.text, url[:80]
    passage = world["article"].passages.first()
    for data in (
        {"passage": value, "body": "x"},
        {"passage": passage.pk, "body": "x", "start": value, "end": value},
        {"passage": passage.pk, "body": "x", "linked_passage": value},
    ):
        response = client.post(reverse("notes:create"), data)
        assert response.status_code in (400, 422), (data, response.status_code)
        assert "whole number" in response.text, data


@pytest.mark.parametrize(
    "path",
    [
        "/notes/{value}/",
        "/notes/{value}/edit/",
        "/events/{slug}/articles/{value}/",
        "/events/{slug}/articles/{article}/passages/{value}/",
    ],
)
@pytest.mark.parametrize("value", ["9" * 19, "9" * 5000, "²", "١٢", "0"])
def test_numbers_in_paths_that_are_not_ids_are_404(client, world, path, value):
    url = path.format(value=value, slug=world["article"].event.slug, article=world["article"].pk)
    assert client.get(url).status_code == 404


def test_htmx_requests_get_the_message_as_text(client, world):
    url = urls_taking(world, "²")[0]
    response = client.get(url, headers={"HX-Request": "true"})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert "“partner” must be a whole number" in response.text


def test_pages_answer_head(client, world):
    client.force_login(world["note"].author)
    article, note = world["article"], world["note"]
    for url in [
        "/",
        article.event.get_absolute_url(),
        article.get_absolute_url(),
        article.passages.first().get_absolute_url(),
        reverse("coverage:compare", args=[article.event.slug]),
        reverse("notes:detail", args=[note.pk]),
        reverse("notes:edit", args=[note.pk]),
        reverse("notes:delete", args=[note.pk]),
        reverse("notes:mine"),
        reverse("notes:my_export", args=["csv"]),
        reverse("notes:event", args=[article.event.slug]),
        reverse("notes:tags"),
    ]:
        response = client.head(url)
        assert response.status_code == 200, url
        assert response.content == b""


def test_a_body_too_large_or_with_too_many_fields_says_so(client, db, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    signup = reverse("accounts:signup")
    response = client.post(signup, {"username": "x" * 2000})
    assert response.status_code == 400
    assert "This request is larger than the site accepts (1.0\xa0KB of form data)." in (
        response.text
    )
    response = client.post(signup, {f"field{n}": "x" for n in range(20)})
    assert response.status_code == 400
    assert "This form sends more than 10 fields." in response.text
    htmx = client.post(signup, {"username": "x" * 2000}, headers={"HX-Request": "true"})
    assert htmx.status_code == 400 and htmx.text.startswith("This request is larger")
