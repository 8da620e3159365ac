"""Background work on notes, through Django's Tasks framework (settings.TASKS: the
database backend and its worker in production, the immediate backend in development
and tests, which runs a task at once in its caller)."""

from django.db import transaction
from django.tasks import task

from mediacompare.notes.models import NoteImportJob
from mediacompare.notes.services.imports import import_job_create, import_job_run


@task
def run_note_import(job_id: int) -> str:
    """Run a queued import job; returns its final status."""
    job = NoteImportJob.objects.select_related("author").filter(pk=job_id).first()
    if job is None:
        return "missing"
    return import_job_run(job=job).status


@transaction.atomic
def queue_note_import(*, author, items: list, host: str, file_name: str = "") -> NoteImportJob:
    """Record an import job for the annotations and run it once the transaction commits."""
    job = import_job_create(author=author, items=items, host=host, file_name=file_name)
    transaction.on_commit(lambda: run_note_import.enqueue(job.pk))
    return job
