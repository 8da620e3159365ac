"""An event's revision goes up with every write that changes its passages or links."""

from mediacompare.coverage import services
from mediacompare.coverage.models import Event
from tests.factories import SOURCE_TEXT, ArticleFactory


def revision(event) -> int:
    return Event.objects.get(pk=event.pk).revision


def test_writes_to_passages_and_links_bump_the_revision(db):
    article = ArticleFactory()
    event = article.event
    created = revision(event)
    assert created > 0
    ArticleFactory(event=event)
    assert revision(event) > created
    before = revision(event)
    services.article_update(article=article, body=SOURCE_TEXT.replace("Friday", "Saturday"))
    assert revision(event) > before
    before = revision(event)
    services.article_update(article=article, title="A new title only")
    assert revision(event) == before
    services.event_realign(event=event)
    assert revision(event) > before
