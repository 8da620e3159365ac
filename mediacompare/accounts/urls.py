from django.urls import path

from mediacompare.accounts import views

app_name = "accounts"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    # Django's reset page, throttled: this pattern is matched before django.contrib.auth's
    # at the same address (included after this file), whose name templates reverse.
    path("password_reset/", views.password_reset, name="password_reset"),
]
