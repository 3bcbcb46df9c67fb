"""The calendar's time ranges: upcoming, this weekend, past, a month (Asia/Shanghai)."""

import datetime as dt

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy

UPCOMING, WEEKEND, PAST = "upcoming", "weekend", "past"
WHEN = [
    (UPCOMING, gettext_lazy("即将举行")),
    (WEEKEND, gettext_lazy("本周末")),
    (PAST, gettext_lazy("往期活动")),
]


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


def series_running(now):
    """Series whose dates go on after ``now`` (their page's own start/end is the first date)."""

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
