from django.http import Http404
from ninja import Path, Query, Router
from ninja.pagination import paginate

from mediacompare.api import selectors
from mediacompare.api.filters import EventFilter, Id
from mediacompare.api.pagination import KeysetPagination
from mediacompare.api.schemas import EventDetail, EventOut, responses

router = Router(tags=["events"])


@router.get("", response=responses(list[EventOut]), summary="Events, latest first")
@paginate(KeysetPagination, ordering=("-starts_on", "-id"))
def event_list(request, filters: Query[EventFilter]):
    return selectors.events_listed(
        q=filters.q, date_from=filters.date_from, date_to=filters.date_to
    )


@router.get("/{event_id}", response=responses(EventDetail), summary="One event, with its counts")
def event_detail(request, event_id: Path[Id]):
    event = selectors.event_detail(pk=event_id)
    if event is None:
        raise Http404("No such event.")
    return event
