"""The project's admin site: Django's, with an autocomplete that forgives a stale page.

The admin's select2 widgets load the next page of choices as the list scrolls, with the
search term as it is then: open the list (the first page of every outlet, "more"
pages), type a name, and select2 may ask for page 2 of that name, which has one page.
Django answers such a page with a 404, and the browser logs an error. Here a page past
the last is an empty last page (no results, no more pages).
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.http import Http404


class ForgivingAutocompleteJsonView(AutocompleteJsonView):
    def paginate_queryset(self, queryset, page_size):
        try:
            return super().paginate_queryset(queryset, page_size)
        except Http404:
            if not self.request.GET.get(self.page_kwarg, "").isdigit():
                raise  # not a page number at all: Django's 404 stands
            paginator = self.get_paginator(queryset, page_size)
            return (paginator, paginator.page(paginator.num_pages), queryset.none(), False)


class MediacompareAdminSite(admin.AdminSite):
    def autocomplete_view(self, request):
        return ForgivingAutocompleteJsonView.as_view(admin_site=self)(request)


class MediacompareAdminConfig(AdminConfig):
    default_site = "mediacompare.admin_site.MediacompareAdminSite"
