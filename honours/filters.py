"""The honour roll index's filters: year and category (``?year=2025&category=family``)."""

from django.utils.translation import gettext_lazy as _

from core.listing import Choice, ListingFilters, year_choice
from honours.models import CATEGORIES


class HonourRollFilters(ListingFilters):
    filters = [
        year_choice(_("全部年度"), minimum=1949),
        Choice("category", _("类别"), _("全部类别"), CATEGORIES),
    ]
