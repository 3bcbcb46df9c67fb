"""Wagtail API v2 at /api/v2/: every endpoint, listed here.

Wagtail's own (pages, images, documents) first, then the apps' (an app writes its viewset in
its ``api.py``; add it below). Listed rather than discovered: the endpoints are the public
contract of the API (docs/api.md), and reading this file tells which exist.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from recommendations.api import BookAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
api_router.register_endpoint("books", BookAPIViewSet)  # recommendations.Book snippets
