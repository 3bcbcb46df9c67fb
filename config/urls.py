"""URLs. Each project app may add two modules, picked up here in PROJECT_APPS order:

- ``<app>/urls.py``: language-neutral routes (API, feeds, oEmbed, downloads) at the root;
- ``<app>/i18n_urls.py``: routes a reader sees, unprefixed in Chinese and under /en/.

Wagtail's page serving comes last and catches everything else.
"""

from importlib.util import find_spec

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.decorators.cache import cache_control
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from core.sitemaps import language_sitemaps


def app_urls(module_name):
    return [
        path("", include(f"{app}.{module_name}"))
        for app in settings.PROJECT_APPS
        if find_spec(f"{app}.{module_name}") is not None
    ]


urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # A sitemap index: one section per language, each split every 10 000 URLs.
    path(
        "sitemap.xml",
        cache_control(public=True, max_age=600)(sitemap_views.index),
        {"sitemaps": language_sitemaps(), "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        cache_control(public=True, max_age=600)(sitemap_views.sitemap),
        {"sitemaps": language_sitemaps()},
        name="sitemap_section",
    ),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("display/", core_views.display_preferences, name="display_preferences"),
    *app_urls("urls"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
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
    *app_urls("i18n_urls"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler500 = "core.views.server_error"
