import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection

from mediacompare.search import selectors
from mediacompare.search.query import parse_query
from tests.factories import ArticleFactory, EventFactory, OutletFactory

# Sentences of the corpus (shared/corpus/event1): HK01 (zh), the Chinese embassy's
# version (zh-Hant), CRI Korean (ko).
CHINESE = (
    "中俄驻美大使联合撰文:美国办民主峰会煽动意识形态对立\n"
    "美国12月举办民主峰会,中俄不在获邀之列。\n"
    "内文称,民主不是哪一个或一小撮国家的专利,而是各国人民的权利,"
    "实现民主的形式有多种,不存在放之四海而皆准的模式。"
)
TRADITIONAL = (
    "尊重各國人民民主權利——中俄兩國駐美國大使在美《國家利益》雜志聯合撰文\n"
    "和平、發展、公平、正義、民主、自由是全人類共同價值。"
)
KOREAN = "주미 중국과 러시아 대사, 미국의 이른바 '민주정상회의'를 단호히 반대"

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming is PostgreSQL's (SQLite matches words)"
)


def find_ids(text, user=None, page=1, **filters):
    """Search as ``user`` (anonymous by default): the results' (kind, source id) pairs."""
    found = selectors.search(
        query=parse_query(text),
        filters=selectors.Filters(**filters),
        user=user or AnonymousUser(),
        page=page,
    )
    return [(r.kind, (r.note or r.passage or r.article).pk) for r in found.results]


@pytest.fixture
def find(db):
    return find_ids


@pytest.fixture
def chinese_article(db):
    return ArticleFactory(
        title="中俄驻美大使联合撰文", body=CHINESE, language="zh", outlet=OutletFactory(name="HK01")
    )


@pytest.fixture
def english_article(db):
    return ArticleFactory(
        title="Ambassadors criticise the summit for democracy",
        event=EventFactory(),
        outlet=OutletFactory(name="TASS"),
    )


def kinds(results, kind):
    return [pk for k, pk in results if k == kind]
