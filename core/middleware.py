"""Turn away requests no view should have to handle, with a clear 400 in Chinese."""

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpResponseBadRequest, HttpResponseNotAllowed
from django.template.loader import render_to_string

MAX_QUERY_STRING = 8 * 1024
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
# TRACE echoes the request (cookies included) back: refused, like CONNECT and TRACK.
REFUSED_METHODS = ("TRACE", "TRACK", "CONNECT")
ALLOWED_METHODS = ["GET", "HEAD", "POST", "OPTIONS"]
# Multipart is left to the view: parsing it here would fix the upload handlers too early.
FORM_TYPES = ("application/x-www-form-urlencoded",)


class HostileRequestMiddleware:
    """NUL bytes (which PostgreSQL refuses) and oversized query strings answer 400, not 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in REFUSED_METHODS:
            return HttpResponseNotAllowed(ALLOWED_METHODS)
        problem = self.problem(request)
        if problem:
            html = render_to_string("400.html", {"message": problem}, request=request)
            return HttpResponseBadRequest(html)
        return self.get_response(request)

    @staticmethod
    def problem(request):
        raw_query = request.META.get("QUERY_STRING", "")
        if len(raw_query) > MAX_QUERY_STRING:
            return "网址中的查询内容过长，请缩短后重试。"
        if "\x00" in request.path or "%00" in raw_query or "\x00" in raw_query:
            return "网址中含有无效字符。"
        for key, values in request.GET.lists():
            if "\x00" in key or any("\x00" in value for value in values):
                return "网址中含有无效字符。"
        if request.method not in SAFE_METHODS and request.content_type in FORM_TYPES:
            # Parse the form body here, where a body that does not decode in the charset it
            # declares (e.g. charset=utf-16) can still get a 400, before the CSRF check or a
            # view reads request.POST and fails with a 500.
            try:
                request.POST  # noqa: B018
            except (BadRequest, UnicodeDecodeError, ValueError, LookupError):
                return "提交的内容无法解码，请使用 UTF-8 编码后重试。"
        return None


class PermissionsPolicyMiddleware:
    """Browser features the site never uses are switched off for it and anything it frames
    (``PERMISSIONS_POLICY``); geolocation stays for 附近的阅读空间 on our own pages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = policy
        return response
