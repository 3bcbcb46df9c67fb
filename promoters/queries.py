"""Promoter reads other apps use (the statistics): counts only, never profiles."""

from django.conf import settings
from django.db.models import Count, Q


def _live_promoters():
    from promoters.models import ReadingPromoterPage

    return ReadingPromoterPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)


def promoter_counts_by_subdistrict():
    """{sub-district code or "": live promoters} (one query)."""
    rows = _live_promoters().order_by().values("sub_district").annotate(n=Count("pk"))
    return {row["sub_district"]: row["n"] for row in rows}


def promoter_counts_by_specialty():
    """[(specialty name, live promoters)] in the editors' order (one query)."""
    from promoters.models import Specialty

    live = Q(promoters__in=_live_promoters().values("pk"))
    rows = Specialty.objects.annotate(n=Count("promoters", filter=live, distinct=True))
    return [(row.name, row.n) for row in rows]


def promoter_total():
    return _live_promoters().count()
