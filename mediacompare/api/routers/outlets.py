from django.shortcuts import get_object_or_404
from ninja import Path, Router
from ninja.pagination import paginate

from mediacompare.api import selectors
from mediacompare.api.filters import Id
from mediacompare.api.pagination import KeysetPagination
from mediacompare.api.schemas import OutletOut, responses

router = Router(tags=["outlets"])


@router.get("", response=responses(list[OutletOut]), summary="Outlets, by name")
@paginate(KeysetPagination, ordering=("name", "id"))
def outlet_list(request):
    return selectors.outlets_listed()


@router.get("/{outlet_id}", response=responses(OutletOut), summary="One outlet")
def outlet_detail(request, outlet_id: Path[Id]):
    return get_object_or_404(selectors.outlets_listed(), pk=outlet_id)
