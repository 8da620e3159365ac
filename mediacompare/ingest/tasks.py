"""The admin's bulk imports run as tasks: in a worker with the database backend."""

import logging
import time

from django.tasks import task

from mediacompare.ingest import jobs
from mediacompare.ingest.models import ImportJob

logger = logging.getLogger(__name__)


@task
def run_import_job(job_id: int) -> int:
    """Validate and import an uploaded file (:func:`jobs.job_run`); returns the rows
    written. A job already started or gone is skipped."""
    job = ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.QUEUED).first()
    if job is None:
        return 0
    started = time.monotonic()
    written = jobs.job_run(job=job)
    logger.info("import job %s: %s rows in %.1f s", job_id, written, time.monotonic() - started)
    return written
