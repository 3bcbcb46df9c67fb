"""Two-factor sign-in pages in the admin: enrol an authenticator app, then confirm codes."""

import logging

from django.conf import settings
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.audit import audit
from core.ratelimit import client_ip

from .forms import TokenForm

log = logging.getLogger("sxc.security")
DEVICE_NAME = "验证器应用"


def _next(request):
    target = request.GET.get("next") or request.POST.get("next") or "/admin/"
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return "/admin/"
    return target


def _failed(request, form):
    log.warning("two-factor code refused: user=%s address=%s", request.user.pk, client_ip(request))
    audit(request.user, "sxc.otp_failed", user=request.user)
    form.add_error("token", "验证码不正确或已过期，请重新输入。")


@never_cache
def verify(request):
    """The code from the enrolled app, after the password."""
    devices = list(TOTPDevice.objects.devices_for_user(request.user, confirmed=True))
    if not devices:
        return redirect("accounts_otp_setup")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = next((d for d in devices if d.verify_token(form.cleaned_data["token"])), None)
        if device is not None:
            otp_login(request, device)
            audit(request.user, "sxc.login", user=request.user, data={"method": "验证器应用"})
            return redirect(_next(request))
        _failed(request, form)
    context = {"form": form, "next": _next(request)}
    return TemplateResponse(request, "accounts/otp_verify.html", context)


@never_cache
def setup(request):
    """Enrol an authenticator app: scan the QR code, type one code to confirm."""
    if TOTPDevice.objects.devices_for_user(request.user, confirmed=True).exists():
        return redirect("accounts_otp_verify")
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name=DEVICE_NAME, confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            audit(request.user, "sxc.otp_enrol", user=request.user)
            return redirect(_next(request))
        _failed(request, form)
    import segno

    qr = segno.make(device.config_url, error="m")
    context = {
        "form": form,
        "next": _next(request),
        "qr_svg": mark_safe(qr.svg_inline(scale=5, dark="#1a1a1a", light="#ffffff")),
        "secret": _grouped_secret(device),
        "issuer": getattr(settings, "OTP_TOTP_ISSUER", "书香西城"),
    }
    return TemplateResponse(request, "accounts/otp_setup.html", context)


def _grouped_secret(device):
    from base64 import b32encode

    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def locked_out(request, credentials=None, *args, **kwargs):
    """What django-axes answers while an account or address is locked out."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    response = render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(minutes * 60)
    return response
