from ninja import Query, Router
from ninja.pagination import paginate

from mediacompare.api import selectors
from mediacompare.api.filters import ComparisonFilter
from mediacompare.api.pagination import KeysetPagination
from mediacompare.api.schemas import ComparisonOut, responses

router = Router(tags=["comparisons"])


@router.get(
    "",
    response=responses(list[ComparisonOut]),
    summary="Pairs of articles compared, or not and why",
)
@paginate(KeysetPagination, ordering=("id",))
def comparison_list(request, filters: Query[ComparisonFilter]):
    return selectors.comparisons_listed(
        event_id=filters.event, article_id=filters.article, compared=filters.compared
    )
