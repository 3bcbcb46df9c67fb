import logging

from django.conf import settings
from django.core.exceptions import DisallowedHost, SuspiciousFileOperation
from django.http import Http404, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core import display

security_log = logging.getLogger("sxc.security")


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


def bad_request(request, exception=None):
    """400 page. A request whose Host header is not ours gets a plain page that needs
    neither the host nor the database (the site template builds absolute URLs from the host);
    it is logged once, at warning level, with the offending value shortened."""
    if isinstance(exception, DisallowedHost):
        host = request.META.get("HTTP_HOST", "")[:80]
        security_log.warning("Refused a request for host %r (%s)", host, request.path[:200])
        return _plain_bad_request(request, "网址中的主机名不属于本站。")
    try:
        html = render_to_string("400.html", {}, request=request)
    except Exception:  # the page must answer even when what it shows cannot be built
        return _plain_bad_request(request, "网址或提交的内容无法处理，请检查后重试。")
    return HttpResponseBadRequest(html)


def _plain_bad_request(request, message):
    html = render_to_string("400_plain.html", {"message": message})
    return HttpResponseBadRequest(html, content_type="text/html; charset=utf-8")


def dev_static(request, path, **kwargs):
    """staticfiles' development view, with a 404 (not an error page) for ``..`` paths."""
    from django.contrib.staticfiles.views import serve

    try:
        return serve(request, path, **kwargs)
    except SuspiciousFileOperation:
        raise Http404("没有这个文件。")


def server_error(request):
    """500 page without database access: it must render when the database is what failed."""
    return render(request, "500.html", {"site_name": settings.WAGTAIL_SITE_NAME}, status=500)
