from mediacompare.coverage.models import PassageLink
from mediacompare.coverage.tasks import realign_article
from tests.factories import ArticleFactory


def test_realign_article_task_recomputes_links(db):
    source = ArticleFactory()
    copy = ArticleFactory(event=source.event)
    PassageLink.objects.all().delete()
    result = realign_article.enqueue(copy.pk)
    assert result.return_value == 4
    assert PassageLink.objects.filter(article_a=source, article_b=copy).count() == 4


def test_realign_article_task_skips_a_deleted_article(db):
    article = ArticleFactory()
    pk = article.pk
    article.delete()
    assert realign_article.enqueue(pk).return_value == 0
