"""Turn away requests no view should have to handle, with a clear 400 in Chinese."""

from django.http import HttpResponseBadRequest
from django.template.loader import render_to_string

MAX_QUERY_STRING = 8 * 1024


class HostileRequestMiddleware:
    """NUL bytes (which PostgreSQL refuses) and oversized query strings answer 400, not 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
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
        return None
