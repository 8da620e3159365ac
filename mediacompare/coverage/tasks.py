"""Background work on coverage, through Django's Tasks framework.

settings.TASKS picks the backend: the database (django-tasks-db, run by any number of
``manage.py db_worker`` processes around one database) in production, or the immediate
backend in development and tests, which runs a task at once in its caller.

With a background backend, nothing is aligned at request time: saving or importing an
article asks for its event's alignment (``services.request_event_alignment``), and every
request for one event is coalesced into one queued :func:`align_event` task, marked by
a :class:`PendingAlignment` row that the event page reads ("alignment pending").
The services ask through ``signals.alignment_requested`` (they cannot import this
module, which imports them); :class:`CoverageConfig` connects :func:`enqueue_alignment`.

A worker runs task after task in one process: when any task ends,
:func:`release_engine_memory` empties the alignment engine's per-text caches (issue 13:
without it a worker grew by about 1 GB over a thousand events).
"""

import datetime
import logging

from django.conf import settings
from django.tasks import task
from django.utils import timezone

from mediacompare.alignment import caches
from mediacompare.coverage import services
from mediacompare.coverage.models import Article, Event, PendingAlignment

logger = logging.getLogger(__name__)

# A failed alignment waits this long times its attempt number before it is tried again.
RETRY_DELAY = datetime.timedelta(seconds=30)


@task
def realign_article(article_id: int) -> int:
    """Re-split an article, embed what changed and recompute its automatic links
    (through the article writer); returns the links stored.

    An article deleted before the task runs is skipped.
    """
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return 0
    return services.article_realign(article=article)


@task
def realign_event(event_id: int) -> int:
    """Re-align a whole event as one job (:func:`services.event_realign`); returns the
    links stored. An event deleted before the task runs is skipped."""
    event = Event.objects.filter(pk=event_id).first()
    if event is None:
        return 0
    return services.event_realign(event=event)


def release_engine_memory(sender, **kwargs) -> None:
    """The answer to ``django.tasks.signals.task_finished`` (sent by the database
    worker and the immediate backend after every task, failed ones too): the engine's
    caches of the task's passage texts serve no later task, so they go, and the freed
    memory with them (:func:`alignment.caches.end_task`)."""
    caches.end_task()


def enqueue_alignment(sender, *, event_id: int, **kwargs) -> None:
    """Queue the event's alignment task: the answer to ``signals.alignment_requested``,
    which :func:`services.request_event_alignment` sends once per coalesced request."""
    align_event.enqueue(event_id)


@task
def align_event(event_id: int) -> int:
    """Split, embed and align an event whose alignment was requested; returns the links
    stored.

    Deletes the event's pending row if no request came in while it ran, else queues
    itself again. A failure is retried (``settings.ALIGNMENT_ATTEMPTS`` attempts in all,
    later each time when the backend can defer), then the row is marked failed with
    the error, and the exception is raised so the worker records the task as failed.
    """
    pending = PendingAlignment.objects.filter(event_id=event_id).first()
    event = Event.objects.filter(pk=event_id).first()
    if pending is None or event is None:
        return 0
    try:
        links = services.event_realign(event=event)
    except Exception as exc:
        _record_failure(pending, exc)
        raise
    done = PendingAlignment.objects.filter(pk=pending.pk, generation=pending.generation)
    if not done.delete()[0]:
        # Articles changed while this run aligned: align the event once more.
        align_event.enqueue(event_id)
    return links


def _record_failure(pending: PendingAlignment, exc: Exception) -> None:
    attempts = pending.attempts + 1
    error = f"{type(exc).__name__}: {exc}"[:2000]
    retry = attempts < settings.ALIGNMENT_ATTEMPTS
    PendingAlignment.objects.filter(pk=pending.pk).update(
        attempts=attempts, last_error=error, failed=not retry
    )
    if not retry:
        logger.error("alignment of event %s failed %s times: %s", pending.event_id, attempts, error)
        return
    logger.warning(
        "alignment of event %s failed (attempt %s): %s", pending.event_id, attempts, error
    )
    again = align_event
    if again.get_backend().supports_defer:
        again = again.using(run_after=timezone.now() + RETRY_DELAY * attempts)
    again.enqueue(pending.event_id)
