"""Wagtail API v2 at /api/v2/: every endpoint, listed here.

Wagtail's own (pages, images, documents) first, then the apps' (an app writes its viewset in
its ``api.py``; add it below). Listed rather than discovered: the endpoints are the public
contract of the API (docs/api.md), and reading this file tells which exist. Every endpoint
checks its query parameters first (``core.api_parameters``: a 400 with a message, never a
database error), lists only pages the visitor may see (``core.visibility``), and gets the
site's cache policy (``core.pagecache``): anonymous responses are shared and cached.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet as WagtailPagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from consultation.api import PublicMessageViewSet
from core.api_parameters import ValidatedParametersMixin
from core.api_relations import api_relations
from core.image_renditions import attach_joined_renditions
from core.pagecache import apply_cache_policy
from core.visibility import public_pages
from recommendations.api import BookAPIViewSet

API_CACHE_SECONDS = 60


class CachePolicyMixin:
    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        return apply_cache_policy(request, response, API_CACHE_SECONDS)


class PagesAPIViewSet(WagtailPagesAPIViewSet):
    """Wagtail's pages endpoint in a fixed number of queries, whatever the page size."""

    def get_base_queryset(self):
        # Wagtail asks for it several times per request (each time reading the view
        # restrictions and the site's translations of the root): once is enough.
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = public_pages(super().get_base_queryset())
        return self._base_queryset.all()

    def get_queryset(self):
        # Each item's meta shows its locale: one join instead of a query per item.
        queryset = super().get_queryset().select_related("locale")
        if queryset.model is not Page:  # ?type=: the type's API fields may be asked for
            select, prefetch = api_relations(queryset.model)
            queryset = queryset.select_related(*select).prefetch_related(*prefetch)
        return queryset

    def paginate_queryset(self, queryset):
        # A page type that reads more per item than relations can carry (an event's seats
        # left per date) loads it for the whole page of results at once.
        items = super().paginate_queryset(queryset)
        prepare = getattr(queryset.model, "prepare_api_listing", None)
        if items is not None and prepare is not None:
            prepare(items)
        if items is not None:
            attach_joined_renditions(items)
        return items


def with_cache_policy(viewset):
    """The endpoint with its parameters checked first and the site's cache policy."""
    return type(
        viewset.__name__,
        (CachePolicyMixin, ValidatedParametersMixin, viewset),
        {"__module__": viewset.__module__},
    )


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", with_cache_policy(PagesAPIViewSet))
api_router.register_endpoint("images", with_cache_policy(ImagesAPIViewSet))
api_router.register_endpoint("documents", with_cache_policy(DocumentsAPIViewSet))
api_router.register_endpoint("books", with_cache_policy(BookAPIViewSet))  # recommendations.Book
# consultation: published answers to public questions, names masked, no contact details.
api_router.register_endpoint("messages", with_cache_policy(PublicMessageViewSet))
