"""Large imports as background jobs: record one, run it (the task's body)."""

import time

from django.core.exceptions import ValidationError
from django.db import transaction

from mediacompare.notes import exchange
from mediacompare.notes.models import NoteImportJob

# Progress is written at most this often (seconds) while annotations are checked.
PROGRESS_EVERY = 0.5


@transaction.atomic
def import_job_create(*, author, items: list, host: str, file_name: str = "") -> NoteImportJob:
    """Record the annotations (from ``exchange.prepare_import``) for an import job;
    ``notes.tasks.queue_note_import`` records and queues one."""
    job = NoteImportJob(
        author=author, host=host, file_name=file_name[:255], annotations=items, total=len(items)
    )
    job.full_clean()
    job.save()
    return job


def _update(job: NoteImportJob, **fields) -> None:
    # Outside the import's transaction: the progress page sees it at once.
    NoteImportJob.objects.filter(pk=job.pk).update(**fields)
    for name, value in fields.items():
        setattr(job, name, value)


def import_job_run(*, job: NoteImportJob) -> NoteImportJob:
    """Check each annotation (rolled back; ``done`` counts them), then import them all in
    one transaction. A job that fails says why and has written nothing."""
    if job.finished:
        return job
    items, author, last = job.annotations, job.author, 0.0
    try:
        _update(job, status=NoteImportJob.Status.CHECKING, done=0)
        for number, item in enumerate(items, start=1):
            try:
                exchange.check_annotation(item, author=author, host=job.host)
            except ValidationError as error:
                raise ValidationError(
                    f"Annotation {number}: {'; '.join(error.messages)}"
                ) from error
            if time.monotonic() - last >= PROGRESS_EVERY or number == len(items):
                last = time.monotonic()
                _update(job, done=number)
        _update(job, status=NoteImportJob.Status.WRITING)
        result = exchange.import_annotations(author=author, items=items, host=job.host)
    except ValidationError as error:
        _update(job, status=NoteImportJob.Status.FAILED, error="; ".join(error.messages))
        return job
    except Exception as error:
        message = f"An unexpected error stopped it ({type(error).__name__}); nothing was written."
        _update(job, status=NoteImportJob.Status.FAILED, error=message)
        raise
    # The annotations are not needed once imported: only the counts are kept.
    _update(
        job,
        status=NoteImportJob.Status.DONE,
        annotations=[],
        created=result.created,
        updated=result.updated,
        unchanged=result.unchanged,
    )
    return job
