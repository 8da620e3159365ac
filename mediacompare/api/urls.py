from django.urls import include, path

from mediacompare import parameters
from mediacompare.api import views
from mediacompare.api.api import api

parameters.register()

token_patterns = [
    path("", views.tokens, name="list"),
    path("<number:token_id>/revoke/", views.token_revoke, name="revoke"),
]

urlpatterns = [
    path("api/v1/", api.urls),
    path("accounts/api-tokens/", include((token_patterns, "api_tokens"))),
]
