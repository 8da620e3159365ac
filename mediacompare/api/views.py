"""The tokens page: a user makes and revokes their personal API tokens."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_http_methods, require_POST

from mediacompare.api import selectors, services
from mediacompare.api.forms import TokenForm


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def tokens(request):
    form = TokenForm(request.POST or None)
    secret = None
    if request.method == "POST" and form.is_valid():
        try:
            token, secret = services.token_create(user=request.user, name=form.cleaned_data["name"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            form = TokenForm()
    context = {"form": form, "tokens": selectors.tokens_of(request.user), "secret": secret}
    status = 422 if form.is_bound and form.errors else 200
    response = render(request, "api/tokens.html", context, status=status)
    # The secret is shown this once: no cache may keep the page.
    add_never_cache_headers(response)
    return response


@login_required
@require_POST
def token_revoke(request, token_id: int):
    if not services.token_revoke(user=request.user, token_id=token_id):
        raise Http404("No such token.")
    messages.success(request, "Token revoked: programs using it can no longer sign in with it.")
    return redirect("api_tokens:list")
