"""Working days in mainland China: weekends, public holidays and make-up working days.

The official schedule comes from ``chinese_calendar`` for the years it covers; editors'
``WorkdayOverride`` rows win over it and cover later years. ``WorkdayCalendar.load()`` reads
the overrides once (one query), then every count is pure Python, so a list of 50 messages
costs no more queries than a list of 5.
"""

import datetime

import chinese_calendar
from django.conf import settings

ONE_DAY = datetime.timedelta(days=1)
# Far beyond any deadline we count; protects against a loop over a bad date range.
MAX_SPAN_DAYS = 3660


def deadline_workdays():
    return getattr(settings, "MESSAGE_ANSWER_DEADLINE_WORKDAYS", 5)


def library_covers(year):
    """Whether chinese_calendar has the official schedule for ``year``."""
    try:
        chinese_calendar.is_workday(datetime.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


class WorkdayCalendar:
    def __init__(self, overrides=None):
        self.overrides = dict(overrides or {})

    @classmethod
    def load(cls):
        from .models import WorkdayOverride

        return cls(WorkdayOverride.objects.values_list("date", "is_workday"))

    def is_workday(self, day):
        if day in self.overrides:
            return self.overrides[day]
        try:
            return chinese_calendar.is_workday(day)
        except NotImplementedError:
            return day.weekday() < 5

    def workdays_between(self, start, end):
        """Working days after ``start`` up to and including ``end`` (0 when end <= start)."""
        if end <= start:
            return 0
        count, day = 0, start
        for _ in range(min((end - start).days, MAX_SPAN_DAYS)):
            day += ONE_DAY
            if self.is_workday(day):
                count += 1
        return count

    def add_workdays(self, start, workdays):
        """The date on which ``workdays`` working days after ``start`` have passed."""
        day, left = start, workdays
        for _ in range(MAX_SPAN_DAYS):
            if left <= 0:
                return day
            day += ONE_DAY
            if self.is_workday(day):
                left -= 1
        return day
