"""The honour roll index's filters: year and category (``?year=2025&category=family``)."""

from django.utils.translation import gettext_lazy as _

from core.listing import Choice, ListingFilters
from honours.models import CATEGORIES


class HonourRollFilters(ListingFilters):
    filters = [
        # Choices per request: the years that have rolls; any year 1949–2100 is accepted.
        Choice(
            "year",
            _("年份"),
            _("全部年度"),
            integer=True,
            minimum=1949,
            maximum=2100,
            translate_labels=False,
        ),
        Choice("category", _("类别"), _("全部类别"), CATEGORIES),
    ]
