"""The calendar's time ranges: upcoming, this weekend, past, a month (Asia/Shanghai)."""

import datetime as dt

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
