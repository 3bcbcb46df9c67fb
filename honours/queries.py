"""Honour-roll reads other apps use: counts for the statistics, names for open data.

Honourees are names the honour roll pages already publish; nothing else about them (no
photo, no contact) leaves this module.
"""

from django.conf import settings
from django.db.models import Count


def _live_rolls():
    from honours.models import HonourRollPage

    return (
        HonourRollPage.objects.live().public().filter(locale__language_code=settings.LANGUAGE_CODE)
    )


def honouree_counts(first_year=None, last_year=None):
    """[(year, category, honourees)] of live rolls, one query."""
    from honours.models import Honouree

    rows = Honouree.objects.filter(page__in=_live_rolls().values("pk"))
    if first_year:
        rows = rows.filter(page__year__gte=first_year)
    if last_year:
        rows = rows.filter(page__year__lte=last_year)
    rows = rows.order_by().values("page__year", "page__category").annotate(n=Count("pk"))
    return [(row["page__year"], row["page__category"], row["n"]) for row in rows]


def public_honour_rows(request=None):
    """The public honour rolls as open-data rows (two queries): what the pages show."""
    from honours.models import CATEGORIES

    labels = dict(CATEGORIES)
    rolls = _live_rolls().prefetch_related("honourees").order_by("-year", "path")
    for roll in rolls:
        for honouree in roll.honourees.all():
            yield {
                "year": roll.year,
                "award": roll.award,
                "category": str(labels.get(roll.category, roll.category)),
                "awarded_by": roll.awarded_by,
                "announced_on": roll.announced_on.isoformat() if roll.announced_on else "",
                "name": honouree.name,
                "affiliation": honouree.affiliation,
                "citation": honouree.citation,
                "url": roll.get_full_url(request) or "",
            }
