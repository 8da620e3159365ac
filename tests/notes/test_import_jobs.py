"""Large imports run as a background task with a progress page (issue 12): a job
record (status, counts, error), polled by htmx or reloaded without JS, all or nothing."""

import pytest
from django.urls import reverse

from mediacompare.notes import limits
from mediacompare.notes.models import Note, NoteImportJob
from mediacompare.notes.services.imports import import_job_run
from tests.factories import UserFactory
from tests.notes.test_exchange import setting, upload
from tests.notes.test_importing import counts, item

__all__ = ["item", "setting"]


@pytest.fixture
def small_inline(monkeypatch):
    monkeypatch.setattr(limits, "IMPORT_INLINE_MAX", 2)


def test_a_large_import_becomes_a_job_whose_page_shows_its_progress(
    client, item, small_inline, django_capture_on_commit_callbacks
):
    before = counts()
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, [item] * 3)
    job = NoteImportJob.objects.get()
    assert response.status_code == 302 and response.url == reverse(
        "notes:import_job", args=[job.pk]
    )
    # The immediate backend (tests, development) ran it once the upload was committed.
    assert (job.status, job.total, job.done, job.created) == ("done", 3, 3, 3)
    assert job.annotations == [] and Note.objects.count() == before[0] + 3
    page = client.get(response.url)
    assert page.status_code == 200 and page["Cache-Control"] == "private"
    assert "3 new, 0 updated, 0 unchanged" in page.text and "hx-get" not in page.text
    fragment = client.get(response.url, headers={"HX-Request": "true"})
    assert fragment.text.lstrip().startswith('<section class="import-progress"')


def test_a_queued_job_is_polled_and_refreshes_itself_without_js(client, item, small_inline):
    # Without the commit (the test's transaction), the task has not run: the job waits.
    assert upload(client, [item] * 3).status_code == 302
    job = NoteImportJob.objects.get()
    page = client.get(reverse("notes:import_job", args=[job.pk]))
    assert job.status == "queued" and "Waiting to start" in page.text
    assert 'hx-trigger="load delay:1s"' in page.text
    assert '<meta http-equiv="refresh" content="2">' in page.text
    import_job_run(job=job)
    job.refresh_from_db()
    assert job.status == "done"
    # Running it again (a worker retrying) writes nothing twice.
    count = Note.objects.count()
    import_job_run(job=job)
    assert Note.objects.count() == count


def test_a_job_that_fails_writes_nothing_and_says_why(client, item, small_inline):
    bad = {**item, "type": "Note"}
    before = counts()
    upload(client, [item, item, bad])
    job = NoteImportJob.objects.get()
    import_job_run(job=job)
    job.refresh_from_db()
    assert job.status == "failed" and job.error.startswith("Annotation 3:")
    assert "type must be" in job.error and counts() == before
    page = client.get(reverse("notes:import_job", args=[job.pk]))
    assert "Nothing was imported" in page.text


def test_an_unexpected_error_fails_the_job_with_nothing_written(
    client, item, small_inline, monkeypatch
):
    upload(client, [item] * 3)
    job = NoteImportJob.objects.get()
    before = counts()

    from mediacompare.notes import exchange

    real = exchange.import_annotations

    def half_then_broken(**kwargs):
        from django.db import transaction

        with transaction.atomic():
            real(**kwargs)
            raise RuntimeError("disk full")

    monkeypatch.setattr(exchange, "import_annotations", half_then_broken)
    with pytest.raises(RuntimeError):
        import_job_run(job=job)
    job.refresh_from_db()
    assert job.status == "failed" and "nothing was written" in job.error
    assert counts() == before


def test_only_its_author_sees_a_job(client, item, small_inline):
    upload(client, [item] * 3)
    url = reverse("notes:import_job", args=[NoteImportJob.objects.get().pk])
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_a_small_import_runs_at_once(client, item):
    assert upload(client, [item] * 2).status_code == 302
    assert not NoteImportJob.objects.exists()
