"""Rows every request reads and that almost never change: sites, locales, site settings.

Wagtail asks the database for the request's site (``Site.find_for_request``, once per
request) and for a locale each time something calls ``Locale.get_active()`` (routing, the
language switcher, ``localized``: up to four times on one page). Both tables hold a handful
of rows that change when an administrator edits a site or adds a language.

They are kept in the shared cache under the current page-cache version
(``core.pagecache.cache_version``), as the view-restriction flag is: saving or deleting a
Site or a Locale bumps that version (``core.invalidation``) in every process, so no process
can go on using an old row. Sites and settings are read once per request and unpickled
fresh, so nothing a request caches on them (``Page.specific`` of the site root) is shared
with the next request. Locales are asked for several times per render: the version is read
once per request (``SiteLookupMiddleware`` pins it, ``core.pagecache.pinned_for_request``)
and the rows are kept in the process for it.
"""

from django.core.cache import cache
from django.http.request import split_domain_port

from core.pagecache import pinned_for_request, request_version

# Kept at most this long even without a purge (a row edited by raw SQL comes back then).
LIFETIME = 300

_original_get_for_language = None
# This process's locale rows and the version they were read under.
_process_locales = {"version": None, "rows": None}


def _key(name):
    return f"lookups:{name}:{request_version()}"


def forget(**kwargs):
    """A Site or Locale saved or deleted: drop the cached rows now (the page-cache version
    is bumped too, but only once the transaction commits)."""
    cache.delete_many([_key("sites"), _key("locales")])
    _process_locales["version"] = None


def forget_root(sender, instance, **kwargs):
    """A page at a site root's depth saved or deleted: the cached sites hold it."""
    if getattr(instance, "depth", None) == 2:
        cache.delete(_key("sites"))


def setting_key(model, site_pk):
    return _key(f"setting:{model._meta.label_lower}:{site_pk}")


def forget_setting(sender, instance, **kwargs):
    """Site settings saved or deleted: drop their cached row now."""
    cache.delete(setting_key(sender, instance.site_id))


def setting_for_site(model, site, load):
    """The settings row of ``model`` for ``site``, cached; ``load`` reads (or creates) it."""
    key = setting_key(model, site.pk)
    instance = cache.get(key)
    if instance is None:
        instance = load()
        cache.set(key, instance, LIFETIME)
    return instance


def _sites():
    from wagtail.models import Site

    key = _key("sites")
    sites = cache.get(key)
    if sites is None:
        sites = list(Site.objects.select_related("root_page").order_by("pk"))
        for site in sites:
            # Routing starts from ``root_page.localized.specific``: kept specific, that
            # costs no query in the root's language (one in another).
            root = site.root_page.specific_class
            if root is not None:
                joins = getattr(root, "select_with_page", ())
                site.root_page = root._default_manager.select_related(*joins).get(
                    pk=site.root_page_id
                )
        cache.set(key, sites, LIFETIME)
    return sites


def site_for_hostname(hostname, port):
    """Wagtail's ``get_site_for_hostname`` over the cached rows, same precedence: the exact
    host and port; the host on the default site; a unique other site of that host; the
    default site."""
    from wagtail.models import Site

    def rank(site):
        if site.hostname == hostname and site.port == port:
            return 0
        if site.hostname == hostname and site.is_default_site:
            return 1
        if site.is_default_site:
            return 2
        return 3

    candidates = sorted(
        (s for s in _sites() if s.hostname == hostname or s.is_default_site), key=rank
    )
    if candidates:
        if len(candidates) == 1 or rank(candidates[0]) in (0, 1):
            return candidates[0]
        if rank(candidates[0]) == 2:
            return candidates[len(candidates) == 2]
    raise Site.DoesNotExist


def site_for_request(request):
    hostname = split_domain_port(request._get_raw_host())[0]
    from wagtail.models import Site

    try:
        return site_for_hostname(hostname, request.get_port())
    except Site.DoesNotExist:  # as Wagtail's own lookup: no site for this host
        return None


class SiteLookupMiddleware:
    """Give the request its site from the cached rows before Wagtail asks the database
    (``Site.find_for_request`` keeps its answer on ``request._wagtail_site``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The page-cache version (and what is kept under it) is read once per request.
        with pinned_for_request():
            if not hasattr(request, "_wagtail_site"):
                request._wagtail_site = site_for_request(request)
            return self.get_response(request)


def _locales():
    from wagtail.models import Locale

    version = request_version()
    if _process_locales["version"] == version:
        return _process_locales["rows"]
    key = _key("locales")
    locales = cache.get(key)
    if locales is None:
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        cache.set(key, locales, LIFETIME)
    _process_locales.update(version=version, rows=locales)
    return locales


def get_for_language(manager, language_code):
    """``LocaleManager.get_for_language`` answered from the cached rows."""
    from wagtail.coreutils import get_supported_content_language_variant

    code = get_supported_content_language_variant(language_code)
    locale = _locales().get(code)
    if locale is None:
        return _original_get_for_language(manager, language_code)
    return locale


def install():
    """Route Wagtail's locale lookup through the cache (called once, from CoreConfig)."""
    global _original_get_for_language
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Locale, Site
    from wagtail.models.i18n import LocaleManager

    if _original_get_for_language is None:
        _original_get_for_language = LocaleManager.get_for_language
        LocaleManager.get_for_language = get_for_language
    from core.models.settings import CachedSiteSetting

    for model in CachedSiteSetting.__subclasses__():
        post_save.connect(
            forget_setting, sender=model, dispatch_uid=f"lookups-setting-{model.__name__}"
        )
        post_delete.connect(
            forget_setting, sender=model, dispatch_uid=f"lookups-setting-del-{model.__name__}"
        )
    from wagtail.models import get_page_models

    for model in get_page_models():
        post_save.connect(forget_root, sender=model, dispatch_uid=f"lookups-root-{model.__name__}")
        post_delete.connect(
            forget_root, sender=model, dispatch_uid=f"lookups-root-del-{model.__name__}"
        )
    for model in (Site, Locale):
        post_save.connect(forget, sender=model, dispatch_uid=f"lookups-saved-{model.__name__}")
        post_delete.connect(forget, sender=model, dispatch_uid=f"lookups-deleted-{model.__name__}")
