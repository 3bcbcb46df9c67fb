"""Who must sign in with a second factor, and the admin session's idle timeout.

``TWO_FACTOR_REQUIRED`` (on in production) makes administrators and the groups in
``TWO_FACTOR_GROUPS`` (表单审阅 by default: they read personal data) confirm a TOTP code
from an authenticator app after their password; a first sign-in enrols the app.
``ADMIN_SESSION_IDLE_MINUTES`` (default 30) ends an admin session left unused.
"""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_otp.plugins.otp_totp.models import TOTPDevice

SESSION_LAST_SEEN = "sxc_admin_last_seen"
# Rewriting the session on every click is wasted work: a minute's precision is enough.
LAST_SEEN_GRANULARITY = 60


def requires_two_factor(user):
    if not getattr(settings, "TWO_FACTOR_REQUIRED", False) or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    groups = getattr(settings, "TWO_FACTOR_GROUPS", ())
    return user.groups.filter(name__in=groups).exists()


def has_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


class AdminSecurityMiddleware:
    """For /admin/: log out idle sessions, then send a user who still owes a second factor
    to the code (or enrolment) page before anything else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/") and request.user.is_authenticated:
            response = self.check(request)
            if response is not None:
                return response
        return self.get_response(request)

    def check(self, request):
        now = int(time.time())
        idle = getattr(settings, "ADMIN_SESSION_IDLE_MINUTES", 30) * 60
        last_seen = request.session.get(SESSION_LAST_SEEN)
        if idle and last_seen and now - last_seen > idle:
            logout(request)
            login = reverse("wagtailadmin_login")
            return redirect(f"{login}?{urlencode({'next': request.get_full_path()})}")
        if not last_seen or now - last_seen >= LAST_SEEN_GRANULARITY:
            request.session[SESSION_LAST_SEEN] = now
        exempt = {
            reverse("accounts_otp_verify"),
            reverse("accounts_otp_setup"),
            reverse("wagtailadmin_logout"),
        }
        if request.path in exempt or request.user.is_verified():
            return None
        if not requires_two_factor(request.user):
            return None
        target = "accounts_otp_verify" if has_device(request.user) else "accounts_otp_setup"
        return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
