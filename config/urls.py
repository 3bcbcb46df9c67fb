"""URLs, every app's listed here in the order they are tried.

An app may have two modules, included below by name:

- ``<app>/urls.py``: language-neutral routes (API, oEmbed, downloads) at the root;
- ``<app>/i18n_urls.py``: routes a reader sees, unprefixed in Chinese and under /en/.

Order matters where paths could overlap: every app route comes before Wagtail's page
serving, which comes last and catches every other path (a page slugged "search" must not
hide the search view). tests/foundation/test_url_wiring.py fails if an app's urls module is
not included here.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.decorators.cache import cache_control
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api_router
from core import views as core_views
from core.pagecache import cache_policy
from core.sitemaps import language_sitemaps

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # A sitemap index: one section per language, each split every 10 000 URLs.
    path(
        "sitemap.xml",
        cache_policy(600)(sitemap_views.index),
        {"sitemaps": language_sitemaps(), "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        cache_policy(600)(sitemap_views.sitemap),
        {"sitemaps": language_sitemaps()},
        name="sitemap_section",
    ),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("display/", core_views.display_preferences, name="display_preferences"),
    path("api/v2/", api_router.urls),
    path("", include("sharing.urls")),  # /oembed/, /embed/<id>/, /sharing/… (QR, poster, card)
    path("", include("stats.urls")),  # /open-data/<dataset>.<csv|json>
]

if settings.DEBUG:
    from django.conf.urls.static import static

    # Development only: static files through core.views.dev_static, which answers 404 to
    # paths that climb out of the static folders (/static/../).
    urlpatterns += static(settings.STATIC_URL, view=core_views.dev_static)
if settings.SERVE_MEDIA and settings.MEDIA_URL.startswith("/"):
    # Uploaded images from disk when no web server stands in front (make run, make dev).
    from django.urls import re_path
    from django.views.static import serve as serve_file

    urlpatterns.append(
        re_path(
            rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$",
            cache_control(public=True, max_age=86400)(serve_file),
            {"document_root": settings.MEDIA_ROOT},
        )
    )

urlpatterns += i18n_patterns(
    path("", include("articles.i18n_urls")),  # /feeds/articles.rss and .atom
    path("", include("search.i18n_urls")),  # /search/, /search/autocomplete/
    path("", include(wagtail_urls)),  # last: every other path is a page
    prefix_default_language=False,
)

handler400 = "core.views.bad_request"
handler500 = "core.views.server_error"
