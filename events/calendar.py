"""The calendar's filters: when (upcoming, this weekend, past), month, brand, audience, venue."""

import datetime as dt
import re

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.fields import contains_code
from core.listing import MAX_PARAM_LENGTH, FilterState, read_choice
from events.choices import AUDIENCES

UPCOMING, WEEKEND, PAST = "upcoming", "weekend", "past"
WHEN = [
    (UPCOMING, gettext_lazy("即将举行")),
    (WEEKEND, gettext_lazy("本周末")),
    (PAST, gettext_lazy("往期活动")),
]
MONTH_RE = re.compile(r"^(\d{4})-(\d{1,2})$")


def weekend_range(today):
    """[Saturday 00:00, Monday 00:00) of this weekend (today's, if today is a weekend day)."""
    saturday = today + dt.timedelta(days=(5 - today.weekday()) % 7)
    if today.weekday() == 6:
        saturday = today - dt.timedelta(days=1)
    start = timezone.make_aware(dt.datetime.combine(saturday, dt.time()))
    return start, start + dt.timedelta(days=2)


def month_range(year, month):
    start = timezone.make_aware(dt.datetime(year, month, 1))
    following = dt.datetime(year + (month == 12), month % 12 + 1, 1)
    return start, timezone.make_aware(following)


def read_month(request, state):
    raw = request.GET.get("month", "").strip()
    if not raw:
        return None
    match = MONTH_RE.match(raw) if len(raw) <= 7 else None
    if match and 2000 <= int(match[1]) <= 2100 and 1 <= int(match[2]) <= 12:
        value = (int(match[1]), int(match[2]))
        state.values["month"] = f"{value[0]:04d}-{value[1]:02d}"
        return value
    state.errors.append(
        _("“%(value)s”不是有效的月份，请用 2026-05 这样的格式。") % {"value": raw[:20]}
    )
    state.values["month"] = raw[:MAX_PARAM_LENGTH]
    return None


def read_filters(request, brand_choices, venue_choices):
    state = FilterState()
    read_choice(request, state, "when", WHEN, _("时间范围"))
    read_month(request, state)
    read_choice(request, state, "brand", brand_choices, _("阅读品牌"))
    read_choice(request, state, "audience", AUDIENCES, _("适合人群"))
    read_choice(request, state, "venue", venue_choices, _("举办场所"))
    return state


def filter_events(queryset, state, now=None):
    """Apply ``state`` to an event queryset; ordered soonest first, or latest first for past."""
    now = now or timezone.now()
    values = state.values
    when = values.get("when") or ("" if values.get("month") else UPCOMING)
    if when == UPCOMING:
        queryset = queryset.filter(Q(end__gte=now) | series_running(now))
    elif when == WEEKEND:
        start, end = weekend_range(timezone.localdate(now))
        queryset = queryset.filter(start__lt=end, end__gte=max(start, now))
    elif when == PAST:
        queryset = queryset.filter(end__lt=now)
    if values.get("month"):
        year, month = (int(part) for part in values["month"].split("-"))
        start, end = month_range(year, month)
        queryset = queryset.filter(start__lt=end, end__gte=start)
    if values.get("brand"):
        queryset = queryset.filter(brand_id=int(values["brand"]))
    if values.get("venue"):
        queryset = queryset.filter(venue_id=int(values["venue"]))
    if values.get("audience"):
        queryset = queryset.filter(contains_code("audiences", values["audience"]))
    if when == PAST:
        return queryset.order_by("-start", "-pk")
    return queryset.order_by("start", "pk")


def series_running(now):
    """Series whose dates go on after ``now`` (their page's own start/end is the first date)."""
    from django.db.models import Q

    today = timezone.localdate(now)
    return Q(repeat__gt="") & (Q(repeat_until__isnull=True) | Q(repeat_until__gte=today))


class ListedOccurrence:
    """One date of a series in a list of events: the page, with this date's times."""

    all_day = False
    is_multi_day = False

    def __init__(self, page, occurrence):
        self.page = self.listed_page = page
        self.occurrence = occurrence
        self.start = occurrence.start
        self.end = occurrence.end
        self.occurrence_cancelled = occurrence.cancelled

    def __getattr__(self, name):
        return getattr(self.page, name)


def expand_series(events, now=None, per_series=8):
    """Each upcoming series in ``events`` becomes one entry per upcoming date (up to
    ``per_series``), sorted in with the single events; one query for all series."""
    from events.models import Occurrence

    now = now or timezone.now()
    events = list(events)
    series = [event for event in events if event.repeat]
    if not series:
        return events
    from wagtail.models import Locale

    dates = {}
    for occurrence in (
        Occurrence.objects.filter(
            event__translation_key__in=[event.translation_key for event in series],
            event__locale=Locale.get_default(),
            end__gte=now,
        )
        .select_related("event")
        .order_by("start")
    ):
        dates.setdefault(occurrence.event.translation_key, []).append(occurrence)
    listed = [event for event in events if not event.repeat]
    for event in series:
        occurrences = dates.get(event.translation_key, [])[:per_series]
        listed.extend(ListedOccurrence(event, occurrence) for occurrence in occurrences)
    return sorted(listed, key=lambda item: (item.start, item.pk))
