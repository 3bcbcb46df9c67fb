"""The calendar's filters: when (upcoming, this weekend, past), month, brand, audience, venue.

``?when=weekend&month=2026-05&brand=12&audiences=family&venue=34``; the older ``audience``
still works. Brands and venues are chosen by page id among those with events here.
"""

import re

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.fields import contains_code
from core.listing import MAX_PARAM_LENGTH, Choice, ListingFilters
from events.calendar import (
    PAST,
    UPCOMING,
    WEEKEND,
    WHEN,
    month_range,
    series_running,
    weekend_range,
)
from events.choices import AUDIENCES

MONTH_RE = re.compile(r"^(\d{4})-(\d{1,2})$")


class EventFilters(ListingFilters):
    filters = [
        Choice("when", gettext_lazy("时间范围"), choices=WHEN),
        Choice(
            "audiences",
            gettext_lazy("适合人群"),
            gettext_lazy("不限"),
            AUDIENCES,
            aliases=("audience",),
        ),
        # Choices per request: (id, title) of the brands and venues with events here.
        Choice("brand", gettext_lazy("阅读品牌"), gettext_lazy("全部品牌"), translate_labels=False),
        Choice("venue", gettext_lazy("举办场所"), gettext_lazy("全部场所"), translate_labels=False),
    ]

    def read_more(self, request):
        """``month``: a month as 2026-05, read like the choices (a message if it is not one)."""
        raw = request.GET.get("month", "").strip()
        if not raw:
            return
        match = MONTH_RE.match(raw) if len(raw) <= 7 else None
        if match and 2000 <= int(match[1]) <= 2100 and 1 <= int(match[2]) <= 12:
            self.values["month"] = f"{int(match[1]):04d}-{int(match[2]):02d}"
            return
        self.errors.append(
            _("“%(value)s”不是有效的月份，请用 2026-05 这样的格式。") % {"value": raw[:20]}
        )
        self.values["month"] = raw[:MAX_PARAM_LENGTH]

    def apply(self, queryset, now=None):
        """Events matching the filters: soonest first, or latest first for past events."""
        self.now = now or timezone.now()
        queryset = super().apply(queryset)
        when = self.values.get("when") or ("" if self.values.get("month") else UPCOMING)
        if not self.values.get("when") and when == UPCOMING:
            queryset = self.filter_when(queryset, UPCOMING)
        if when == PAST:
            return queryset.order_by("-start", "-pk")
        return queryset.order_by("start", "pk")

    def filter_when(self, queryset, when):
        if when == UPCOMING:
            return queryset.filter(Q(end__gte=self.now) | series_running(self.now))
        if when == WEEKEND:
            start, end = weekend_range(timezone.localdate(self.now))
            return queryset.filter(start__lt=end, end__gte=max(start, self.now))
        return queryset.filter(end__lt=self.now)  # PAST

    def filter_month(self, queryset, month):
        year, number = (int(part) for part in month.split("-"))
        start, end = month_range(year, number)
        return queryset.filter(start__lt=end, end__gte=start)

    def filter_brand(self, queryset, page_id):
        return queryset.filter(brand_id=int(page_id))

    def filter_venue(self, queryset, page_id):
        return queryset.filter(venue_id=int(page_id))

    def filter_audiences(self, queryset, code):
        return queryset.filter(contains_code("audiences", code))
