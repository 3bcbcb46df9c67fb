from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core import display


@require_GET
@cache_control(public=True, max_age=3600)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /search/",
        "Disallow: /en/search/",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def display_preferences(request):
    """Toggle large text or high contrast and go back; a plain link, no JavaScript needed."""
    options = display.parse(request.COOKIES.get(display.COOKIE_NAME))
    toggle = request.GET.get("toggle", "")
    if toggle == "reset":
        options = set()
    elif toggle in display.OPTIONS:
        options ^= {toggle}
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    response["Cache-Control"] = "no-store"
    value = display.serialise(options)
    if value:
        response.set_cookie(
            display.COOKIE_NAME,
            value,
            max_age=display.COOKIE_MAX_AGE,
            samesite="Lax",
            secure=request.is_secure(),
            httponly=True,
        )
    else:
        response.delete_cookie(display.COOKIE_NAME, samesite="Lax")
    return response


def server_error(request):
    """500 page without database access: it must render when the database is what failed."""
    return render(request, "500.html", {"site_name": settings.WAGTAIL_SITE_NAME}, status=500)
