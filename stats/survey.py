"""One survey's published results (the 调查结果 page), cached like every figure."""

from django.core.cache import cache

from core.pagecache import cache_version
from engagement import queries as forms

from .figures import REGISTRY
from .figures.satisfaction import survey_by_month, survey_ratings
from .queries import cache_seconds


def survey_results(survey_id, period):
    key = f"stats:survey:{cache_version()}:{survey_id}:{period.code}"
    results = cache.get(key)
    if results is None:
        pages = [page for page in forms.survey_forms(locale_only=False) if page.pk == survey_id]
        results = [
            REGISTRY["survey_ratings"].evaluate_with(period, survey_ratings(period, pages=pages)),
            REGISTRY["survey_by_month"].evaluate_with(period, survey_by_month(period, pages=pages)),
        ]
        cache.set(key, results, timeout=cache_seconds())
    return results
