"""Notes as W3C Web Annotations: the public ones, and the caller's own private ones when
a token or session says who they are (the notes app's permission map decides)."""

from django.conf import settings
from django.http import Http404
from ninja import Path, Query, Router
from ninja.pagination import paginate

from mediacompare.api import selectors
from mediacompare.api.filters import AnnotationFilter, Id
from mediacompare.api.pagination import KeysetPagination
from mediacompare.api.schemas import AnnotationOut, responses
from mediacompare.notes.exchange import jsonld

router = Router(tags=["notes"])


def _annotations(notes, request):
    return [jsonld.annotation(note, request.build_absolute_uri) for note in notes]


@router.get(
    "",
    response=responses(list[AnnotationOut]),
    by_alias=True,
    summary="Notes as W3C Web Annotations",
)
# Annotations are large (a kilobyte each, built in Python): 20 a page, as the notes pages.
@paginate(
    KeysetPagination,
    ordering=("id",),
    present=_annotations,
    page_size=settings.API_NOTES_PAGE_SIZE,
)
def annotation_list(request, filters: Query[AnnotationFilter]):
    return selectors.annotations_listed(
        user=request.auth, event_id=filters.event, article_id=filters.article, mine=filters.mine
    )


@router.get("/{note_id}", response=responses(AnnotationOut), by_alias=True, summary="One note")
def annotation_detail(request, note_id: Path[Id]):
    note = selectors.annotation_detail(user=request.auth, pk=note_id)
    if note is None:
        raise Http404("No such note.")
    return jsonld.annotation(note, request.build_absolute_uri)
