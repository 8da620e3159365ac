"""An address reached with a method it does not take answers a 405 that says so."""

from django.urls import reverse


def test_a_form_address_reached_by_get_says_what_it_is_for(client, db):
    response = client.get(reverse("notes:create"))
    assert response.status_code == 405 and response["Allow"] == "POST"
    page = response.content.decode()
    assert "<h1>Nothing to show at this address</h1>" in page
    assert "This address receives forms" in page
    assert "Content-Security-Policy" in response


def test_other_methods_and_htmx_get_a_message_too(client, db):
    response = client.post(reverse("coverage:method"))
    assert response.status_code == 405
    assert "does not take POST requests" in response.content.decode()
    htmx = client.get(reverse("notes:create"), headers={"HX-Request": "true"})
    assert htmx.status_code == 405 and htmx["Content-Type"].startswith("text/plain")
    assert htmx.content.decode() == "This address does not take GET requests (it takes POST)."


def test_a_head_request_and_the_apis_own_405_are_left_alone(client, db):
    assert client.head(reverse("notes:create")).content == b""
    api = client.post("/api/v1/events")
    assert api.status_code == 405
    assert "Nothing to show" not in api.content.decode()
