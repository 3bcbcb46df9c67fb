"""The promoter directory's filters: specialty and sub-district.

``?specialties=family-reading&sub_district=yuetan``; the older ``specialty`` and ``street``
still work.
"""

from django.utils.translation import gettext_lazy as _

from core.choices import SUBDISTRICTS
from core.listing import Choice, ListingFilters


class PromoterFilters(ListingFilters):
    filters = [
        # Choices per request: the specialties in the database (slug, name).
        Choice(
            "specialties",
            _("推广专长"),
            _("全部专长"),
            aliases=("specialty",),
            translate_labels=False,
        ),
        Choice("sub_district", _("所在街道"), _("全部街道"), SUBDISTRICTS, aliases=("street",)),
    ]

    def filter_specialties(self, queryset, slug):
        return queryset.filter(specialties__slug=slug)
