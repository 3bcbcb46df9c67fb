"""Wagtail API v2 at /api/v2/: pages, images, documents, and whatever each app adds.

An app exposes more endpoints by defining ``API_ENDPOINTS = [("books", BookAPIViewSet)]``
in its ``api.py``; they are registered here in PROJECT_APPS order.
"""

from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)

for app in settings.PROJECT_APPS:
    if app != "core" and find_spec(f"{app}.api") is not None:
        for name, viewset in getattr(import_module(f"{app}.api"), "API_ENDPOINTS", []):
            api_router.register_endpoint(name, viewset)
