"""The reading-space finder's filters: type, sub-district, service, accessibility, open now.

``?space_type=public_library&subdistrict=yuetan&services=lending&accessibility=step_free
&open=1``; the older ``type``, ``street``, ``service`` and ``access`` still work.
"""

from django.utils.translation import gettext_lazy as _

from core.choices import SUBDISTRICTS
from core.fields import contains_code
from core.listing import Choice, ListingFilters
from spaces.choices import ACCESSIBILITY, SERVICES, SPACE_TYPES

OPEN_NOW = [("1", _("正在开放"))]


class SpaceFilters(ListingFilters):
    def filter_near(self, queryset, value):
        """``near`` (spaces.nearby) orders the results; it filters nothing."""
        return queryset

    filters = [
        Choice("subdistrict", _("所在街道"), _("全部街道"), SUBDISTRICTS, aliases=("street",)),
        Choice("space_type", _("类型"), _("全部类型"), SPACE_TYPES, aliases=("type",)),
        Choice("services", _("服务"), _("不限"), SERVICES, aliases=("service",)),
        Choice("accessibility", _("无障碍设施"), _("不限"), ACCESSIBILITY, aliases=("access",)),
        # A checkbox, not a select: whether a space is open is computed from its hours.
        Choice("open", _("开放状态"), choices=OPEN_NOW),
    ]

    def filter_services(self, queryset, code):
        return queryset.filter(contains_code("services", code))

    def filter_accessibility(self, queryset, code):
        return queryset.filter(contains_code("accessibility", code))

    def filter_open(self, queryset, _value):
        return queryset  # spaces.finder.find_spaces keeps only those open now
