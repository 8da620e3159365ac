import hashlib

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.views import PasswordResetView
from django.http import HttpResponseForbidden
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from mediacompare.accounts import throttle
from mediacompare.accounts.forms import SignupForm
from mediacompare.navigation import safe_next_url


def csrf_failure(request, reason: str = ""):
    """A form refused by CSRF protection (settings.CSRF_FAILURE_VIEW): our page, saying what
    happened and what to do, instead of Django's bare one."""
    from django.middleware.csrf import REASON_NO_CSRF_COOKIE

    no_cookie = reason == REASON_NO_CSRF_COOKIE
    if request.headers.get("HX-Request") == "true":
        # htmx does not swap a 403 in: the message goes where forms show refusals.
        message = (
            "Your browser did not send this site's cookie: allow cookies, then try again."
            if no_cookie
            else "This page's form has expired: reload the page and send it again."
        )
        return HttpResponseForbidden(message, content_type="text/plain; charset=utf-8")
    return render(request, "403_csrf.html", {"no_cookie": no_cookie}, status=403)


def too_many_attempts(request, *, action: str, retry_after: int):
    """429 with Retry-After and a page that says what to do, for any throttled form."""
    minutes = max(1, -(-retry_after // 60))
    response = render(
        request,
        "registration/too_many_attempts.html",
        {"action": action, "minutes": minutes},
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    return response


def locked_out(request, original_response=None, credentials=None):
    """django-axes' lockout response (site and admin login): our page, not a bare 403."""
    retry_after = int(settings.AXES_COOLOFF_TIME.total_seconds())
    return too_many_attempts(request, action="log in", retry_after=retry_after)


@require_http_methods(["GET", "HEAD", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect("coverage:event_list")
    if request.method == "POST" and (
        refused := _refused_from_this_address(
            request, "signup", settings.SIGNUP_LIMIT, settings.SIGNUP_PERIOD, "create an account"
        )
    ):
        return refused
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect(safe_next_url(request, "/"))
    status = 422 if form.is_bound else 200
    return render(request, "accounts/signup.html", {"form": form}, status=status)


class ThrottledPasswordResetView(PasswordResetView):
    """Django's reset, sending at most a few mails an hour to one mailbox, whoever asks
    (beyond that the same answer, without mail: it tells nothing about the account)."""

    def form_valid(self, form):
        email = form.cleaned_data["email"].strip().lower()
        # The key is a digest: the attempt table does not keep people's email addresses.
        digest = hashlib.sha256(email.encode()).hexdigest()
        if throttle.hit(
            key=f"password-reset-email:{digest}",
            limit=settings.PASSWORD_RESET_EMAIL_LIMIT,
            period=settings.PASSWORD_RESET_PERIOD,
        ):
            return redirect(self.get_success_url())
        return super().form_valid(form)


_password_reset = ThrottledPasswordResetView.as_view()


@require_http_methods(["GET", "HEAD", "POST"])
def password_reset(request):
    """Ask for a reset link: attempts are limited per client address, like sign-up."""
    if request.method == "POST" and (
        refused := _refused_from_this_address(
            request,
            "password-reset",
            settings.PASSWORD_RESET_LIMIT,
            settings.PASSWORD_RESET_PERIOD,
            "reset a password",
        )
    ):
        return refused
    return _password_reset(request)


def _refused_from_this_address(request, key: str, limit: int, period, action: str):
    """Count this attempt against the client's address: the too-many-attempts page (429)
    past ``limit`` per ``period``, else None."""
    retry_after = throttle.hit(
        key=f"{key}:{throttle.client_ip(request)}", limit=limit, period=period
    )
    return (
        too_many_attempts(request, action=action, retry_after=retry_after) if retry_after else None
    )
