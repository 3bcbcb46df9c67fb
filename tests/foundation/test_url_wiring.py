"""URLs and API endpoints are listed in config/urls.py and config/api.py: none is forgotten."""

import inspect
from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from django.urls import URLResolver, get_resolver
from wagtail.api.v2.views import BaseAPIViewSet

from config.api import api_router


def included_modules(patterns=None):
    names = set()
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            module = entry.urlconf_module
            names.add(getattr(module, "__name__", ""))
            names |= included_modules(entry.url_patterns)
    return names


def test_every_apps_urls_module_is_included():
    included = included_modules()
    for app in settings.PROJECT_APPS:
        for module in ("urls", "i18n_urls"):
            name = f"{app}.{module}"
            if find_spec(name) is not None:
                assert name in included, f"{name} is not included in config/urls.py"


def test_wagtail_page_serving_comes_last():
    last = get_resolver().url_patterns[-1]
    assert isinstance(last, URLResolver)  # the i18n patterns
    assert last.url_patterns[-1].urlconf_module.__name__ == "wagtail.urls"


def test_every_api_viewset_is_registered():
    registered = set(api_router._endpoints.values())
    for app in settings.PROJECT_APPS:
        if find_spec(f"{app}.api") is None:
            continue
        module = import_module(f"{app}.api")
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, BaseAPIViewSet) and value.__module__ == module.__name__:
                # config/api.py registers each viewset wrapped with the cache policy and the
                # parameter checks (a subclass), so look for the class among their bases.
                assert any(issubclass(endpoint, value) for endpoint in registered), (
                    f"{value.__name__} is not registered in config/api.py"
                )
