from django.urls import path
from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("2fa/verify/", views.verify, name="accounts_otp_verify"),
        path("2fa/setup/", views.setup, name="accounts_otp_setup"),
    ]
