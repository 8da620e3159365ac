"""A request body larger than any form the site takes is refused (413) before it is read.

Django bounds form fields (DATA_UPLOAD_MAX_MEMORY_SIZE) but not uploaded files: any
client, signed in or not, could POST gigabytes of multipart to any address and the CSRF
check (which reads the form for its token) wrote them all to a temporary file first.
"""

from django.conf import settings
from django.urls import reverse

from mediacompare.ingest import jobs
from mediacompare.notes.models import NoteImportJob


def test_the_limit_leaves_room_for_the_largest_upload():
    assert settings.MAX_REQUEST_BODY_BYTES > jobs.MAX_UPLOAD_BYTES


def test_a_declared_body_over_the_limit_is_413_unread(client, db):
    too_big = str(settings.MAX_REQUEST_BODY_BYTES + 1)
    response = client.post(reverse("notes:import"), {"file": ""}, CONTENT_LENGTH=too_big)
    assert response.status_code == 413
    assert "larger than the site accepts" in response.text
    assert not NoteImportJob.objects.exists()
    htmx = client.post(
        reverse("notes:create"), {}, CONTENT_LENGTH=too_big, headers={"HX-Request": "true"}
    )
    assert htmx.status_code == 413 and htmx["Content-Type"].startswith("text/plain")


def test_a_body_within_the_limit_goes_through(client, db):
    response = client.post(reverse("notes:import"), {"file": ""})
    assert response.status_code == 302  # to log in: the request reached the view
