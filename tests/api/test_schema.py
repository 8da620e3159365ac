"""The OpenAPI document is valid, and every operation's answers (results and refusals)
match what it says, on a database with something in every list."""

import re

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from tests.api.conftest import API, bearer


@pytest.fixture
def spec(client, db):
    response = client.get(f"{API}/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_the_document_is_valid_openapi(spec):
    validate(spec)
    assert spec["openapi"].startswith("3.1")


def check(spec, path: str, url: str, response) -> None:
    """``response`` to GET ``url`` matches the document's schema for ``path``."""
    declared = spec["paths"][path]["get"]["responses"]
    status = str(response.status_code)
    assert status in declared, f"{url}: {status} is not documented"
    schema = declared[status]["content"]["application/json"]["schema"]
    validator = Draft202012Validator({**schema, "components": spec["components"]})
    errors = [error.message for error in validator.iter_errors(response.json())]
    assert not errors, f"{url}: {errors}"


def fill(path: str, ids: dict) -> str:
    return re.sub(r"\{(\w+)\}", lambda match: str(ids[match.group(1)]), path)


def test_every_operation_answers_as_documented(client, spec, notes, coverage, token_of):
    article = coverage["articles"][0]
    present = {
        "event_id": coverage["event"].pk,
        "outlet_id": coverage["outlets"][0].pk,
        "article_id": article.pk,
        "note_id": notes["private"].pk,
    }
    absent = dict.fromkeys(present, 999_999)
    headers = bearer(token_of(notes["private_author"]))
    paths = [p for p in spec["paths"] if "openapi" not in p and "docs" not in p]
    assert len(paths) == 11
    for path in paths:
        url = fill(path, present)
        response = client.get(url, headers=headers)
        assert response.status_code == 200, url
        check(spec, path, url, response)
        # Lists are not empty: the items were checked against their schema too.
        if "{" not in path.rsplit("/", 1)[-1]:
            items = response.json().get("items")
            assert items is None or items, url
        if "{" in path:
            missing = fill(path, absent)
            check(spec, path, missing, client.get(missing, headers=headers))
        # Lists refuse these (422, 400); a detail ignores them (200): both as documented.
        check(spec, path, url, client.get(f"{url}?limit=0", headers=headers))
        check(spec, path, url, client.get(f"{url}?cursor=forged", headers=headers))


def test_refusals_match_the_document(client, spec, db, settings):
    check(spec, "/api/v1/articles", "bad filter", client.get(f"{API}/articles?language=xx"))
    check(spec, "/api/v1/articles", "bad cursor", client.get(f"{API}/articles?cursor=x"))
    unauthorised = client.get(f"{API}/articles", headers={"Authorization": "Bearer x"})
    check(spec, "/api/v1/articles", "bad token", unauthorised)
    settings.API_RATE_LIMIT = 0
    check(spec, "/api/v1/articles", "throttled", client.get(f"{API}/articles"))
