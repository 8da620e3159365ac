from django.shortcuts import get_object_or_404
from ninja import Path, Query, Router
from ninja.pagination import paginate

from mediacompare.api import selectors
from mediacompare.api.filters import ArticleFilter, Id
from mediacompare.api.pagination import KeysetPagination
from mediacompare.api.schemas import ArticleDetail, ArticleOut, PassageOut, responses

router = Router(tags=["articles"])


@router.get("", response=responses(list[ArticleOut]), summary="Articles, oldest id first, filtered")
@paginate(KeysetPagination, ordering=("id",))
def article_list(request, filters: Query[ArticleFilter]):
    return selectors.articles_listed(
        event_id=filters.event,
        outlet_id=filters.outlet,
        language=filters.language,
        published_from=filters.published_from,
        published_to=filters.published_to,
    )


@router.get(
    "/{article_id}", response=responses(ArticleDetail), summary="One article, with its text"
)
def article_detail(request, article_id: Path[Id]):
    return get_object_or_404(selectors.articles_listed(with_body=True), pk=article_id)


@router.get(
    "/{article_id}/passages",
    response=responses(list[PassageOut]),
    summary="An article's passages, in order",
)
@paginate(KeysetPagination, ordering=("index",))
def passage_list(request, article_id: Path[Id]):
    article = get_object_or_404(selectors.articles_listed(), pk=article_id)
    return selectors.article_passages(article=article)
