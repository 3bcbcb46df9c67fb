"""sitemap.xml covering every locale's tree, each URL with its language alternates."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.visibility import public_pages


class LocalizedSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        query = Page.objects.none()
        for root in roots:
            query = query | Page.objects.descendant_of(root, inclusive=True)
        return (
            public_pages(query)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific(defer=True)
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        by_key = defaultdict(list)
        for item in pages:
            by_key[item.translation_key].append(item)
        urls = []
        for item in pages:
            location = item.get_full_url(self.request)
            if location is None:
                continue
            alternates = [
                {
                    "lang_code": other.locale.language_code,
                    "location": other.get_full_url(self.request),
                }
                for other in by_key[item.translation_key]
            ]
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        return urls
