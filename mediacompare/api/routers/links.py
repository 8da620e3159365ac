from ninja import Query, Router
from ninja.pagination import paginate

from mediacompare.api import selectors
from mediacompare.api.filters import LinkFilter
from mediacompare.api.pagination import KeysetPagination
from mediacompare.api.schemas import LinkOut, responses

router = Router(tags=["links"])


@router.get("", response=responses(list[LinkOut]), summary="Links between passages of two articles")
@paginate(KeysetPagination, ordering=("id",))
def link_list(request, filters: Query[LinkFilter]):
    return selectors.links_listed(
        event_id=filters.event,
        article_id=filters.article,
        pair=filters.pair,
        kind=filters.kind or "",
        origin=filters.origin or "",
    )
