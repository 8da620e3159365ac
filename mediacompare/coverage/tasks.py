"""Background work on coverage, through Django's Tasks framework.

The default backend (settings.TASKS) runs tasks at once; a database-backed worker
takes them over in production by changing the backend only, so that re-aligning many
articles never holds a request.
"""

from django.tasks import task

from mediacompare.coverage import services
from mediacompare.coverage.models import Article, Event


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
