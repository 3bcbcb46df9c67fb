"""Logins, failures, lockouts and password changes: one log line each (never a password)
and an entry in Wagtail's site history (core.audit)."""

import logging

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import pre_save
from django.dispatch import receiver

from core.audit import audit
from core.ratelimit import client_ip

log = logging.getLogger("sxc.security")


def _address(request):
    return client_ip(request) if request is not None else "-"


def _user_named(username):
    if not username:
        return None
    User = get_user_model()
    return User.objects.filter(**{User.USERNAME_FIELD: username[:150]}).first()


@receiver(user_logged_in)
def logged_in(sender, request, user, **kwargs):
    log.info("login succeeded: user=%s address=%s", user.pk, _address(request))
    audit(user, "sxc.login", user=user, data={"method": "密码"})


@receiver(user_logged_out)
def logged_out(sender, request, user, **kwargs):
    if user is not None:
        audit(user, "sxc.logout", user=user)


@receiver(user_login_failed)
def login_failed(sender, credentials, request=None, **kwargs):
    # ``credentials`` has the password already masked by Django; only the name is used.
    username = str(credentials.get("username", ""))[:150]
    user = _user_named(username)
    log.warning(
        "login failed: user=%s address=%s", user.pk if user else "(unknown)", _address(request)
    )
    if user is not None:
        audit(user, "sxc.login_failed")


@receiver(user_locked_out)
def locked_out(sender, request, username=None, ip_address=None, **kwargs):
    user = _user_named(username)
    log.warning(
        "login locked out: user=%s address=%s", user.pk if user else "(unknown)", ip_address
    )
    if user is not None:
        audit(user, "sxc.lockout")


@receiver(pre_save, sender=get_user_model())
def password_changed(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    before = sender.objects.filter(pk=instance.pk).values_list("password", flat=True).first()
    if before is not None and before != instance.password:
        instance._sxc_password_changed = True


def audit_password_change(sender, instance, created=False, raw=False, **kwargs):
    if getattr(instance, "_sxc_password_changed", False):
        instance._sxc_password_changed = False
        audit(instance, "sxc.password_change", user=instance)


from django.db.models.signals import post_save  # noqa: E402

post_save.connect(audit_password_change, sender=get_user_model(), dispatch_uid="sxc-password")
