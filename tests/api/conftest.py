import pytest

from mediacompare.api import services
from mediacompare.notes import services as note_services
from tests.factories import ArticleFactory, EventFactory, OutletFactory, UserFactory

API = "/api/v1"


@pytest.fixture
def coverage(db):
    """An event with three articles (two outlets, two languages), their passages, links
    and comparisons, made through the article writer."""
    event = EventFactory()
    tass, xinhua = OutletFactory(), OutletFactory()
    first = ArticleFactory(event=event, outlet=tass, is_primary=True)
    second = ArticleFactory(event=event, outlet=xinhua)
    russian = ArticleFactory(
        event=event,
        outlet=tass,
        language="ru",
        body="Послы России и Китая опубликовали совместную статью.\nОни выступили против саммита.",
    )
    return {"event": event, "outlets": [tass, xinhua], "articles": [first, second, russian]}


@pytest.fixture
def notes(coverage):
    """A public note by one reader, a private one by another."""
    passage = coverage["articles"][0].passages.order_by("index")[1]
    public_author, private_author = UserFactory(), UserFactory()
    public = note_services.note_create(
        author=public_author, passage=passage, body="Shared remark", visibility="public"
    )
    private = note_services.note_create(
        author=private_author, passage=passage, body="Private thoughts", tags="confidential"
    )
    return {"public": public, "private": private, "private_author": private_author}


@pytest.fixture
def token_of():
    def make(user) -> str:
        return services.token_create(user=user, name="scripts")[1]

    return make


def bearer(secret: str) -> dict:
    return {"Authorization": f"Bearer {secret}"}
