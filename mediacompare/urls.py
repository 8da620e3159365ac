from django.contrib import admin
from django.urls import include, path

from mediacompare.health import healthz

# A bad query parameter's 400 says what was wrong (mediacompare/parameters.py).
handler400 = "mediacompare.parameters.bad_request"

urlpatterns = [
    path("", include("mediacompare.coverage.urls")),
    path("notes/", include("mediacompare.notes.urls")),
    path("search/", include("mediacompare.search.urls")),
    path("review/", include("mediacompare.review.urls")),
    path("", include("mediacompare.api.urls")),
    path("accounts/", include("mediacompare.accounts.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
]

# A database outage outside a view (session, middleware) is a 503 page too, not a 500.
handler500 = "mediacompare.outage.server_error"
