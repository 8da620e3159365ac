import pytest
from django.contrib.auth.models import Group

from mediacompare.accounts.roles import EDITORS
from tests.factories import ArticleFactory, UserFactory

COPY_TEXT = (
    "They said that democracy is not the patent of any one country.\n"
    "An unrelated sentence about the weather in Moscow this week.\n"
    "Both countries are firmly opposed to the plan."
)


@pytest.fixture
def editor(db):
    user = UserFactory(username="an-editor")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def reader(db):
    return UserFactory(username="a-reader")


@pytest.fixture
def pair(db):
    source = ArticleFactory(is_primary=True)
    copy = ArticleFactory(event=source.event, body=COPY_TEXT)
    return source, copy


def passage(article, start):
    return article.passages.select_related("article").get(text__startswith=start)
