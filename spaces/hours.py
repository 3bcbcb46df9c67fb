"""Opening hours as pure functions.

Input: weekly periods, dated exceptions, the 24-hour flag and an aware ``now``.
Output: a ``Status`` (open or closed, when it closes or next opens), computed in
Asia/Shanghai. Nothing here touches the database, so it is tested exhaustively.

Rules:
- A period belongs to the day it starts: Friday 20:00–02:00 runs into Saturday night.
  ``closes <= opens`` means the period ends the next day (00:00–00:00 is a whole day).
- An exception replaces the whole day it is dated: "closed" or its own special periods.
  Dated exceptions win over every-year ones (元旦, 劳动节, 国庆) on the same day.
- The 24-hour flag opens every day from 00:00 to 24:00 unless an exception says otherwise.
"""

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _

from core.dates import weekday_name

TZ = ZoneInfo("Asia/Shanghai")
DAY = dt.timedelta(days=1)
# How far ahead "opens at …" looks (a space closed for a month of repairs says so).
HORIZON_DAYS = 35
MIDNIGHT = dt.time(0, 0)


@dataclass(frozen=True)
class Period:
    weekday: int  # 0 = Monday … 6 = Sunday
    opens: dt.time
    closes: dt.time

    @property
    def overnight(self):
        return self.closes <= self.opens


@dataclass(frozen=True)
class DayException:
    date: dt.date
    closed: bool = False
    opens: dt.time | None = None
    closes: dt.time | None = None
    every_year: bool = False
    note: str = ""

    def applies_to(self, day):
        if self.every_year:
            return (day.month, day.day) == (self.date.month, self.date.day)
        return day == self.date


@dataclass(frozen=True)
class Status:
    is_open: bool
    now: dt.datetime
    closes_at: dt.datetime | None = None  # aware; None when open with no end in sight
    opens_at: dt.datetime | None = None  # aware; None when closed with no opening in sight

    @property
    def around_the_clock(self):
        """Open, and it will not close within the coming week."""
        return self.is_open and (self.closes_at is None or self.closes_at - self.now > 7 * DAY)

    def describe(self):
        """One line for readers: "开放中 · 今天 21:00 关闭", "已关闭 · 周二 09:00 开放"."""
        if self.is_open:
            if self.around_the_clock:
                return _("开放中 · 24 小时开放")
            return _("开放中 · %(moment)s 关闭") % {"moment": moment(self.closes_at, self.now)}
        if self.opens_at is None:
            return _("已关闭 · 近期暂停开放")
        return _("已关闭 · %(moment)s 开放") % {"moment": moment(self.opens_at, self.now)}


# -- building the timeline -----------------------------------------------------------


def _interval(day, opens, closes):
    start = dt.datetime.combine(day, opens)
    end = dt.datetime.combine(day, closes)
    if closes <= opens:
        end += DAY
    return start, end


def exceptions_for(day, exceptions):
    """The exceptions that govern ``day``, or None when the normal week applies."""
    dated = [e for e in exceptions if not e.every_year and e.date == day]
    if dated:
        return dated
    yearly = [e for e in exceptions if e.every_year and e.applies_to(day)]
    return yearly or None


def intervals_starting_on(day, periods, exceptions, open_24h):
    """Naive local (start, end) pairs of the periods that start on ``day``."""
    special = exceptions_for(day, exceptions)
    if special is not None:
        if any(e.closed for e in special):
            return []
        return sorted(
            _interval(day, e.opens, e.closes) for e in special if e.opens and e.closes is not None
        )
    if open_24h:
        return [(dt.datetime.combine(day, MIDNIGHT), dt.datetime.combine(day + DAY, MIDNIGHT))]
    return sorted(_interval(day, p.opens, p.closes) for p in periods if p.weekday == day.weekday())


def timeline(first_day, last_day, periods, exceptions, open_24h):
    """Merged, sorted open intervals of the periods starting between the two days."""
    intervals = []
    day = first_day
    while day <= last_day:
        intervals.extend(intervals_starting_on(day, periods, exceptions, open_24h))
        day += DAY
    intervals.sort()
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def status_at(periods, exceptions, open_24h, now):
    """Open or closed at the aware datetime ``now``, and when that changes."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    local = now.astimezone(TZ)
    naive = local.replace(tzinfo=None)
    today = naive.date()
    last_day = today + dt.timedelta(days=HORIZON_DAYS)
    # No period lasts more than 24 hours, so yesterday's are the only ones reaching today.
    merged = timeline(today - DAY, last_day, periods, exceptions, open_24h)
    horizon_end = dt.datetime.combine(last_day, MIDNIGHT)
    for start, end in merged:
        if start <= naive < end:
            closes = None if end >= horizon_end else end.replace(tzinfo=TZ)
            return Status(True, local, closes_at=closes)
        if start > naive:
            return Status(False, local, opens_at=start.replace(tzinfo=TZ))
    return Status(False, local)


# -- words for readers ---------------------------------------------------------------


def moment(at, now):
    """ "今天 21:00", "明天 09:00", "周三 09:00" or "12月5日 09:00", relative to ``now``."""
    at, now = at.astimezone(TZ), now.astimezone(TZ)
    clock = at.strftime("%H:%M")
    days = (at.date() - now.date()).days
    if days == 0:
        return _("今天 %(time)s") % {"time": clock}
    if days == 1:
        return _("明天 %(time)s") % {"time": clock}
    if 1 < days < 7:
        return f"{weekday_name(at.weekday())} {clock}"
    return _("%(month)s月%(day)s日 %(time)s") % {"month": at.month, "day": at.day, "time": clock}


def period_label(opens, closes):
    """ "09:00–17:00", "20:00–次日 02:00", "09:00–24:00", "全天"."""
    if opens == closes == MIDNIGHT:
        return _("全天")
    start = opens.strftime("%H:%M")
    if closes == MIDNIGHT:
        return f"{start}–24:00"
    if closes <= opens:
        return _("%(start)s–次日 %(end)s") % {"start": start, "end": closes.strftime("%H:%M")}
    return f"{start}–{closes.strftime('%H:%M')}"


def weekly_table(periods, open_24h):
    """Seven rows, Monday first: (weekday name, [period labels]); empty list = closed."""
    rows = []
    for weekday in range(7):
        if open_24h:
            rows.append((weekday_name(weekday), [_("全天")]))
            continue
        todays = sorted((p for p in periods if p.weekday == weekday), key=lambda p: p.opens)
        rows.append((weekday_name(weekday), [period_label(p.opens, p.closes) for p in todays]))
    return rows


def upcoming_exceptions(exceptions, today, days=60):
    """The exception days in the next ``days`` days: [(date, closed, [labels], note)]."""
    result = []
    for offset in range(days + 1):
        day = today + dt.timedelta(days=offset)
        special = exceptions_for(day, exceptions)
        if special is None:
            continue
        closed = any(e.closed for e in special)
        labels = (
            []
            if closed
            else [
                period_label(e.opens, e.closes)
                for e in sorted(special, key=lambda e: e.opens or MIDNIGHT)
                if e.opens and e.closes is not None
            ]
        )
        note = "；".join(e.note for e in special if e.note)
        result.append((day, closed, labels, note))
    return result
