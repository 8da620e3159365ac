"""The project's admin site: Django's, with an autocomplete that forgives a stale page,
and a 400 for a NUL in a query parameter.

The admin's select2 widgets load the next page of choices as the list scrolls, with the
search term as it is then: open the list (the first page of every outlet, "more"
pages), type a name, and select2 may ask for page 2 of that name, which has one page.
Django answers such a page with a 404, and the browser logs an error. Here a page past
the last is an empty last page (no results, no more pages).

The admin's list filters, searches and autocomplete put query parameters into SQL as
they are, and PostgreSQL refuses a string with a NUL in it (a 500); no admin page takes
one, so every admin view refuses it first, with a 400 that says so.
"""

from __future__ import annotations

from functools import update_wrapper

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.http import Http404

from mediacompare.parameters import BadParameter


class ForgivingAutocompleteJsonView(AutocompleteJsonView):
    def paginate_queryset(self, queryset, page_size):
        try:
            return super().paginate_queryset(queryset, page_size)
        except Http404:
            if not self.request.GET.get(self.page_kwarg, "").isdigit():
                raise  # not a page number at all: Django's 404 stands
            paginator = self.get_paginator(queryset, page_size)
            return (paginator, paginator.page(paginator.num_pages), queryset.none(), False)


def refuse_nul(view):
    """``view``, answering a request with a NUL in a query parameter's name or value 400."""

    def refusing(request, *args, **kwargs):
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                raise BadParameter(
                    "A query parameter contains a NUL character; remove it and try again."
                )
        return view(request, *args, **kwargs)

    return update_wrapper(refusing, view)


class MediacompareAdminSite(admin.AdminSite):
    def admin_view(self, view, cacheable=False):
        # Inside Django's wrapper: a stranger is sent to log in before anything is read.
        return super().admin_view(refuse_nul(view), cacheable)

    def autocomplete_view(self, request):
        return ForgivingAutocompleteJsonView.as_view(admin_site=self)(request)


class MediacompareAdminConfig(AdminConfig):
    default_site = "mediacompare.admin_site.MediacompareAdminSite"
