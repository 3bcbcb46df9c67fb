"""sitemap.xml as a sitemap index: one section per language, split every 10 000 URLs.

Each URL carries its language alternates (``hreflang``). The cost is fixed whatever the
number of pages: a section page is one query for its pages, one for the translations of
those pages, one for the locales and the site root paths (cached per request) — no query
per page. Pages are read as plain ``Page`` rows (no specific class, no locale join per row):
the sitemap needs only the URL path, the translation key and the publication date.
"""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

PAGE_FIELDS = ("id", "path", "depth", "url_path", "translation_key", "locale_id")
DATE_FIELDS = ("last_published_at", "latest_revision_created_at")


def _language_codes():
    return dict(Locale.objects.values_list("pk", "language_code"))


class LanguageSitemap(Sitemap):
    """The live, public pages of one language on the request's site."""

    limit = 10_000
    language_code = None

    def items(self):
        # Django asks for the items several times per response (count, pages, lastmod).
        if getattr(self, "_items_queryset", None) is None:
            self._items_queryset = self._live_pages()
        return self._items_queryset

    def get_latest_lastmod(self):
        """The newest publication date of the section, aggregated (not a row per page)."""
        from django.db.models import Max

        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

    def _live_pages(self):
        site = self.get_wagtail_site()
        root_path = (
            Page.objects.filter(translation_key=site.root_page.translation_key)
            .filter(locale__language_code=self.language_code)
            .values_list("path", flat=True)
            .first()
        )
        if root_path is None:  # the site has no home page in this language
            return Page.objects.none()
        return (
            Page.objects.live()
            .public()
            .filter(path__startswith=root_path)
            .only(*PAGE_FIELDS, *DATE_FIELDS)
            .order_by("path")
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        codes = _language_codes()
        translations = defaultdict(list)
        keys = {item.translation_key for item in pages}
        for other in (
            Page.objects.live()
            .public()
            .filter(translation_key__in=keys)
            .only(*PAGE_FIELDS)
            .order_by("locale_id")
        ):
            translations[other.translation_key].append(other)
        urls, last_mods = [], set()
        for item in pages:
            location = item.get_full_url(self.request)
            if location is None:
                continue
            alternates = [
                {"lang_code": codes[other.locale_id], "location": other.get_full_url(self.request)}
                for other in translations[item.translation_key]
            ]
            lastmod = item.last_published_at or item.latest_revision_created_at
            last_mods.add(lastmod)
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": lastmod,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def language_sitemaps():
    """{section name: sitemap class}, one per content language (``pages-zh-hans``, …)."""
    from django.conf import settings

    sections = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        sections[f"pages-{code}"] = type(
            f"LanguageSitemap_{code.replace('-', '_')}",
            (LanguageSitemap,),
            {"language_code": code},
        )
    return sections
