import pytest
from django.urls import reverse

from tests.factories import UserFactory


@pytest.fixture
def staff_client(client, db):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_a_jobs_change_address_goes_to_its_progress_page(staff_client) -> None:
    response = staff_client.get(reverse("admin:ingest_importjob_change", args=[7]))
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:ingest_import_job", args=[7])


@pytest.mark.parametrize("object_id", ["abc", "\x00", "1.5", "٣", "9" * 40])
def test_a_change_address_that_names_no_job_is_a_404(staff_client, object_id) -> None:
    """Not the 500 of reversing the progress page (its pk is a number) with "abc"."""
    url = reverse("admin:ingest_importjob_change", args=[object_id])
    assert staff_client.get(url).status_code == 404
