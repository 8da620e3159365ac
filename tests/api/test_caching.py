"""Public answers are cacheable and revalidate with their ETag."""

from tests.api.conftest import API
from tests.factories import OutletFactory


def test_public_answers_carry_an_etag_and_revalidate(client, db, settings):
    OutletFactory()
    response = client.get(f"{API}/outlets")
    assert response["Cache-Control"] == f"public, max-age={settings.API_CACHE_SECONDS}"
    etag = response["ETag"]
    again = client.get(f"{API}/outlets", headers={"If-None-Match": etag})
    assert again.status_code == 304
    OutletFactory()
    changed = client.get(f"{API}/outlets", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_errors_are_not_cached(client, db):
    response = client.get(f"{API}/events?limit=0")
    assert response.status_code == 422
    assert "no-store" in response["Cache-Control"]
