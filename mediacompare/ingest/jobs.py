"""Writes to import jobs: create one from an upload, run it (the task's body)."""

import time

from django.db import transaction

from mediacompare.ingest import services, sources
from mediacompare.ingest.models import ImportJob

# An upload larger than this is refused: bigger files go through the command.
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
# Progress is written at most this often (seconds) while rows are checked.
PROGRESS_EVERY = 0.5


@transaction.atomic
def job_create(
    *, user, file_name: str, payload: bytes, event_slug="", event_title="", event_date=None
) -> ImportJob:
    """Record an upload; the caller queues its import (``tasks.run_import_job``)."""
    job = ImportJob(
        created_by=user,
        file_name=file_name[:255],
        payload=payload,
        event_slug=event_slug,
        event_title=event_title,
        event_date=event_date,
    )
    job.full_clean()
    job.save()
    return job


def _update(job: ImportJob, **fields) -> None:
    ImportJob.objects.filter(pk=job.pk).update(**fields)
    for name, value in fields.items():
        setattr(job, name, value)


def job_run(*, job: ImportJob) -> int:
    """Check every row of the job's file, record the problems, import the valid rows
    (one transaction per batch, each whole or not at all), and record the counts.
    An unexpected error marks the job failed with its message; the batches written
    before it stay, and running the file again completes it (imports are idempotent)."""
    defaults = sources.Defaults(
        event=job.event_slug,
        event_title=job.event_title,
        event_date=job.event_date.isoformat() if job.event_date else "",
    )
    stream = sources.open_bytes(bytes(job.payload))
    last = [0.0]

    def progress(done: int) -> None:
        if time.monotonic() - last[0] >= PROGRESS_EVERY or done == job.rows_total:
            last[0] = time.monotonic()
            _update(job, rows_done=done)

    try:
        _update(job, status=ImportJob.Status.VALIDATING, rows_total=sources.count(stream))
        report = services.validate(stream, defaults=defaults, progress=progress)
        _update(
            job,
            status=ImportJob.Status.IMPORTING,
            rows_done=0,
            problems=[[p.where, p.message] for p in report.problems],
            problem_count=report.problem_count,
        )
        outcome = services.import_rows(stream, report, defaults=defaults, progress=progress)
    except sources.SourceError as exc:
        _update(job, status=ImportJob.Status.FAILED, error=str(exc))
        return 0
    except Exception as exc:
        _update(job, status=ImportJob.Status.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000])
        raise
    # The file is not needed once imported: only its report is kept.
    _update(
        job,
        payload=b"",
        status=ImportJob.Status.DONE,
        rows_done=report.rows,
        created=outcome.created,
        updated=outcome.updated,
        unchanged=outcome.unchanged,
    )
    return outcome.created + outcome.updated + outcome.unchanged
