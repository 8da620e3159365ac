"""Background work on coverage, through Django's Tasks framework.

The default backend (settings.TASKS) runs tasks at once; a database-backed worker
takes them over in production by changing the backend only, so that re-aligning many
articles never holds a request.
"""

from django.tasks import task

from mediacompare.coverage import services
from mediacompare.coverage.models import Article


@task
def realign_article(article_id: int) -> int:
    """Re-split an article and recompute its automatic links; returns the links stored.

    An article deleted before the task runs is skipped.
    """
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return 0
    services.article_split(article=article)
    return services.article_align(article=article)
