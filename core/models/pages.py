"""The abstract page every public page type inherits."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import Http404
from wagtail.admin.panels import MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.search import index

from core import jsonld
from core.pagecache import apply_cache_policy
from core.serializers import ImageRenditionField

from .mixins import ListingFieldsMixin, SocialFieldsMixin


class BasePage(SocialFieldsMixin, ListingFieldsMixin, Page):
    """Share card, listing card, JSON-LD and cache headers for every page type.

    Subclasses override ``get_main_image`` (their cover, lead image or logo) and extend
    ``get_json_ld`` with the schema.org object for their type.
    """

    intro = models.TextField(
        "导语",
        blank=True,
        max_length=500,
        help_text="页面开头的一段话（500 字以内），也用作搜索描述和分享摘要的备选。",
    )

    promote_panels = [
        MultiFieldPanel(Page.promote_panels, heading="网址与搜索"),
        *ListingFieldsMixin.panels,
        *SocialFieldsMixin.panels,
    ]

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    api_fields = [
        APIField("intro"),
        APIField("listing_title"),
        APIField("listing_summary"),
        APIField("social_text"),
        # The share card's image with the page's own fallbacks (share image → main image →
        # listing image), so a mini-program shows the same picture as a WeChat card.
        APIField(
            "share_image",
            serializer=ImageRenditionField("fill-1200x630", source="get_api_share_image"),
        ),
        APIField(
            "listing_thumbnail",
            serializer=ImageRenditionField("fill-600x400", source="listing_image"),
        ),
        # QR code, poster, embed view and oEmbed of the page (the sharing app's routes).
        APIField("share_links"),
    ]

    # Seconds the page cache (and a CDN) may keep this page for anonymous readers. Edits
    # purge at once; this bounds only what changes with the clock ("open now", campaign
    # status, "this weekend", upcoming events), so it is at most 60 everywhere; a type whose
    # page never changes by itself may set more (docs/performance.md).
    cache_max_age = 60

    # Foreign keys this page type's own template reads (its images, its venue …): joined in
    # the one query that fetches the page when a request is routed to it (``route``).
    select_with_page = ("social_image",)

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Wagtail's routing to a child page, with the child's ``select_with_page`` joined.

        Wagtail finds the child (one query) and then its specific row (one more); this asks
        for the child's id and type, then fetches the specific row with what its template
        reads, so those foreign keys cost no query of their own.
        """
        if not path_components:
            return super().route(request, path_components)
        slug, remaining = path_components[0], path_components[1:]
        if "\x00" in slug:  # no page has one, and PostgreSQL refuses it in a query
            raise Http404
        # By path, not get_children(): that trusts numchild, which a site root kept in the
        # cache (core.lookups) may have from before its newest child was added.
        children = Page.objects.filter(path__startswith=self.path, depth=self.depth + 1)
        row = children.filter(slug=slug).values_list("pk", "content_type_id").first()
        if row is None:
            raise Http404
        model = ContentType.objects.get_for_id(row[1]).model_class()
        if model is None:  # a page type whose code is gone: Wagtail's own path
            return super().route(request, path_components)
        joins = getattr(model, "select_with_page", ())
        # get(), not first(): the key is unique, and first() would order by path, which
        # costs Django a hash of every selected column (~30 % of this query's CPU).
        try:
            subpage = model._default_manager.select_related(*joins).get(pk=row[0])
        except model.DoesNotExist:
            raise Http404 from None
        # Treebeard's get_parent() uses this instead of a query, as in Page.route.
        subpage._cached_parent_obj = self
        return subpage.route(request, remaining)

    # -- what other templates and the share kit ask of any page --------------------

    def get_main_image(self):
        """The image that stands for this page; subclasses return their cover or lead image."""
        return None

    def get_listing_image(self):
        return self.listing_image or self.get_main_image()

    def get_listing_title(self):
        return self.listing_title or self.title

    def get_listing_summary(self):
        return self.listing_summary or self.intro or self.search_description

    def get_meta_description(self, site_settings=None):
        """Search description → listing summary → intro → the site's default description."""
        for candidate in (
            self.search_description,
            self.social_text,
            self.listing_summary,
            self.intro,
        ):
            if candidate and candidate.strip():
                return candidate.strip()
        return getattr(site_settings, "default_description", "") if site_settings else ""

    def get_share_image(self, site_settings=None):
        """Share image → main image → listing image → the site's default share image."""
        return (
            self.social_image
            or self.get_main_image()
            or self.listing_image
            or (getattr(site_settings, "default_share_image", None) if site_settings else None)
        )

    def get_api_share_image(self):
        """The share image without the site default (the API has no site settings)."""
        return self.get_share_image(None)

    @property
    def share_links(self):
        """Absolute URLs of the page's share kit, for the API (a mini-program's share sheet)."""
        from urllib.parse import urlencode

        from django.urls import reverse

        parts = self.get_url_parts()  # cached site roots: no query per page in a listing
        if parts is None:
            return None
        root, url = parts[1], self.get_full_url()
        return {
            "url": url,
            "qr_svg": root + reverse("sharing:qr", args=[self.pk]),
            "poster_png": root + reverse("sharing:poster", args=[self.pk]),
            "embed": root + reverse("sharing:embed", args=[self.pk]),
            "oembed": root + reverse("sharing:oembed") + "?" + urlencode({"url": url}),
        }

    def get_json_ld(self, request):
        """A list of schema.org objects for this page; every page has its breadcrumb trail."""
        return [jsonld.breadcrumb_list(self, request)]

    # -- serving -------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        from core import requestcache

        requestcache.seed_locale(request, self)  # page.locale from the shared family query
        return super().get_context(request, *args, **kwargs)

    def get_cache_max_age(self, request):
        return self.cache_max_age

    def get_view_restrictions(self):
        # Wagtail checks this on every serve (two queries); with no private page anywhere
        # on the site (the usual case, known from the cache) there is nothing to check.
        from wagtail.models import PageViewRestriction

        from core.pagecache import site_has_view_restrictions

        if not site_has_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        return apply_cache_policy(request, response, self.get_cache_max_age(request))


class RoutableBasePage(RoutablePageMixin, BasePage):
    """A page with sub-routes (feeds, iCalendar, a booking form): every route gets the
    same cache policy as ``BasePage.serve``, so no route forgets it.

    A route returns ``self.render(request)`` for the page itself; a route that must not be
    shared (a form) sets its own ``Cache-Control`` (``never_cache``), which the policy keeps.
    """

    class Meta:
        abstract = True

    def serve(self, request, view=None, args=None, kwargs=None):
        response = super().serve(request, view, args, kwargs)
        return apply_cache_policy(request, response, self.get_cache_max_age(request))
