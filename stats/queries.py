"""The figures as other parts of the site read them: computed once, then cached.

``figure_results(keys, period)`` answers from the Django cache when it can (one
``get_many``), computes what is missing with the figures' aggregate queries, and stores
it under a key made of the site-wide page-cache version, the language, the period and
the figure. Publishing anything (``core.pagecache.purge_site``) therefore refreshes the
figures, and ``STATS_CACHE_SECONDS`` (default ten minutes) bounds how stale a figure
about data that changes without publishing (survey answers, bookings) can be.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from core.pagecache import cache_version

from .figures import REGISTRY, SECTIONS, all_keys


def cache_seconds():
    return getattr(settings, "STATS_CACHE_SECONDS", 600)


def _cache_key(version, key, period):
    return f"stats:{version}:{get_language() or settings.LANGUAGE_CODE}:{period.code}:{key}"


def figure_results(keys, period, use_cache=True):
    """{key: result dict} for ``keys`` in ``period``, in the order of ``keys``."""
    keys = list(keys)
    found = {}
    if use_cache:
        version = cache_version()
        cache_keys = {_cache_key(version, key, period): key for key in keys}
        found = {cache_keys[k]: v for k, v in cache.get_many(list(cache_keys)).items()}
    computed = {key: REGISTRY[key].evaluate(period) for key in keys if key not in found}
    if use_cache and computed:
        cache.set_many(
            {_cache_key(version, key, period): value for key, value in computed.items()},
            timeout=cache_seconds(),
        )
    results = {**found, **computed}
    return {key: results[key] for key in keys}


def results_by_section(period, keys=None, use_cache=True):
    """[(section code, label, [results])] for every figure (or ``keys``), by the policy's sections."""
    results = figure_results(keys or all_keys(), period, use_cache=use_cache)
    return group_by_section(results.values())


def group_by_section(results):
    groups = []
    for code, label in SECTIONS:
        members = [r for r in results if r["section"] == code]
        if members:
            groups.append((code, str(label), members))
    return groups
