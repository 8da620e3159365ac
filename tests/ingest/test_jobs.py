import io
import json
import zipfile

import pytest

from mediacompare.coverage.models import Article
from mediacompare.ingest import jobs, services
from mediacompare.ingest.models import ImportJob
from mediacompare.ingest.tasks import run_import_job


def payload(*rows) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in rows).encode()


def test_a_job_checks_imports_and_records_its_counts(db, row, admin_user):
    job = ImportJob.objects.create(
        created_by=admin_user, file_name="a.jsonl", payload=payload(row(1), {"body": "x"})
    )
    assert run_import_job.call(job.pk) == 1
    job.refresh_from_db()
    assert (job.status, job.rows_total, job.rows_done, job.created) == ("done", 2, 2, 1)
    assert job.problems[0] == ["line 2", "“event” is required"]
    assert job.problem_count == 3
    # Run once only: a finished job is skipped.
    assert run_import_job.call(job.pk) == 0


def test_a_zip_job_uses_its_event(db, admin_user):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.txt", "outlet: TASS\nlanguage: en\n---\nThe ambassadors wrote.\n")
    job = ImportJob.objects.create(
        created_by=admin_user,
        file_name="a.zip",
        payload=archive.getvalue(),
        event_slug="zipped",
        event_date="2021-11-27",
    )
    run_import_job.call(job.pk)
    assert Article.objects.get().event.slug == "zipped"


def test_an_unreadable_file_fails_the_job_with_a_message(db, admin_user):
    job = ImportJob.objects.create(
        created_by=admin_user, file_name="a.zip", payload=b"PK\x03\x04junk"
    )
    run_import_job.call(job.pk)
    job.refresh_from_db()
    assert job.status == "failed"
    assert job.error.startswith("The ZIP file cannot be read")


def test_an_unexpected_error_fails_the_job_and_keeps_whole_batches(
    db, row, admin_user, monkeypatch
):
    job = ImportJob.objects.create(
        created_by=admin_user, file_name="a.jsonl", payload=payload(row(1), row(2), row(3))
    )
    write = services._Importer.write
    calls = []

    def second_batch_breaks(self, rows):
        calls.append(rows)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return write(self, rows)

    monkeypatch.setattr(services._Importer, "write", second_batch_breaks)
    monkeypatch.setattr(services, "BATCH_SIZE", 2)
    with pytest.raises(RuntimeError):
        jobs.job_run(job=job)
    job.refresh_from_db()
    assert (job.status, job.error) == ("failed", "RuntimeError: disk full")
    # The first batch is whole; the failed one left nothing.
    assert sorted(Article.objects.values_list("source_url", flat=True)) == [
        "https://example.org/1",
        "https://example.org/2",
    ]
    assert all(a.passages.exists() for a in Article.objects.all())
