"""The site's URLs plus a minimal view for `make bench` (config.settings.bench only)."""

from django.http import HttpResponse
from django.urls import path

from config.urls import handler500  # noqa: F401
from config.urls import urlpatterns as site_urlpatterns

PAYLOAD = (("<p>" + "minimal view " * 7 + "</p>\n") * 210)[: 20 * 1024]  # 20 KB


def minimal(request):
    """The floor: a view that does nothing but answer 20 KB through the same middleware."""
    return HttpResponse(PAYLOAD)


urlpatterns = [path("bench/minimal/", minimal), *site_urlpatterns]
