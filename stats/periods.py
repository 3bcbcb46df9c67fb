"""Reporting periods: a year, a quarter or a month, read in Beijing time.

A period is written as a short code in URLs and cache keys: ``2025`` (the year),
``2025-Q3`` (July to September) or ``2025-07`` (July). ``start``/``end`` are aware
datetimes at midnight in Asia/Shanghai; ``end`` is exclusive.
"""

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext as _

SHANGHAI = ZoneInfo("Asia/Shanghai")
YEAR, QUARTER, MONTH = "year", "quarter", "month"
CODE = re.compile(r"^(?P<year>\d{4})(?:-Q(?P<quarter>[1-4])|-(?P<month>0[1-9]|1[0-2]))?$")
FIRST_YEAR = 2017  # the policy (西政办发〔2017〕26 号) dates from December 2017


class PeriodError(ValueError):
    """A period code that cannot be read; the message is shown to the reader."""


@dataclass(frozen=True)
class Period:
    kind: str
    year: int
    number: int = 0  # the quarter (1–4) or month (1–12); 0 for a whole year

    # -- reading and writing --------------------------------------------------------

    @classmethod
    def parse(cls, code):
        match = CODE.match((code or "").strip())
        if not match:
            raise PeriodError(
                _("统计期“%(code)s”无法识别，请写作 2025、2025-Q3 或 2025-07。") % {"code": code}
            )
        year = int(match["year"])
        if not FIRST_YEAR <= year <= timezone.localdate().year + 1:
            raise PeriodError(
                _("统计期的年份应在 %(first)s 年到今年之间。") % {"first": FIRST_YEAR}
            )
        if match["quarter"]:
            return cls(QUARTER, year, int(match["quarter"]))
        if match["month"]:
            return cls(MONTH, year, int(match["month"]))
        return cls(YEAR, year)

    @classmethod
    def current_year(cls, today=None):
        return cls(YEAR, (today or timezone.localdate()).year)

    @classmethod
    def from_request(cls, request, name="period", default=None):
        """(period, error message or ""): an unreadable code falls back to ``default``."""
        default = default or cls.current_year()
        code = request.GET.get(name, "")
        if not code:
            return default, ""
        try:
            return cls.parse(code), ""
        except PeriodError as error:
            return default, str(error)

    @property
    def code(self):
        if self.kind == QUARTER:
            return f"{self.year}-Q{self.number}"
        if self.kind == MONTH:
            return f"{self.year}-{self.number:02d}"
        return str(self.year)

    @property
    def label(self):
        if self.kind == QUARTER:
            return _("%(year)s 年第 %(quarter)s 季度") % {"year": self.year, "quarter": self.number}
        if self.kind == MONTH:
            return _("%(year)s 年 %(month)s 月") % {"year": self.year, "month": self.number}
        return _("%(year)s 年") % {"year": self.year}

    def __str__(self):
        return self.code

    # -- dates ----------------------------------------------------------------------

    @property
    def first_month(self):
        if self.kind == QUARTER:
            return 3 * (self.number - 1) + 1
        if self.kind == MONTH:
            return self.number
        return 1

    @property
    def month_count(self):
        return {YEAR: 12, QUARTER: 3, MONTH: 1}[self.kind]

    def months(self):
        """(year, month) pairs in the period, in order."""
        return [(self.year, self.first_month + i) for i in range(self.month_count)]

    @property
    def first_day(self):
        return dt.date(self.year, self.first_month, 1)

    @property
    def last_day(self):
        year, month = self.months()[-1]
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    @property
    def start(self):
        return dt.datetime.combine(self.first_day, dt.time(0), tzinfo=SHANGHAI)

    @property
    def end(self):
        """Exclusive: midnight after the last day."""
        return dt.datetime.combine(
            self.last_day + dt.timedelta(days=1), dt.time(0), tzinfo=SHANGHAI
        )

    def contains(self, moment):
        return self.start <= moment < self.end


def month_label(year, month):
    return f"{year}-{month:02d}"


def period_choices(today=None):
    """What the period filter offers: recent years, this year's quarters and months."""
    today = today or timezone.localdate()
    years = [Period(YEAR, year) for year in range(today.year, FIRST_YEAR - 1, -1)][:6]
    quarters = [Period(QUARTER, today.year, q) for q in range(1, (today.month - 1) // 3 + 2)]
    months = [Period(MONTH, today.year, m) for m in range(1, today.month + 1)]
    previous = [Period(QUARTER, today.year - 1, q) for q in range(1, 5)]
    return [
        (_("年度"), [(p.code, p.label) for p in years]),
        (_("季度"), [(p.code, p.label) for p in reversed(quarters + previous)]),
        (_("月份"), [(p.code, p.label) for p in reversed(months)]),
    ]
