"""Open-now logic: weekdays, overnight periods, exception days, the 24-hour flag."""

import datetime as dt

import pytest
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from spaces.hours import (
    TZ,
    DayException,
    Period,
    exceptions_for,
    moment,
    period_label,
    status_at,
    upcoming_exceptions,
    weekly_table,
)

T = dt.time.fromisoformat


@pytest.fixture(autouse=True)
def _chinese():
    # Readers' words come from the catalogue; an earlier English request must not leak in.
    with translation.override("zh-hans"):
        yield


UTC = dt.UTC

# 2026-11-23 is a Monday.
MONDAY = dt.date(2026, 11, 23)


def at(day_offset, clock, date=MONDAY):
    """Aware Asia/Shanghai datetime ``day_offset`` days after ``date``."""
    return dt.datetime.combine(date + dt.timedelta(days=day_offset), T(clock), tzinfo=TZ)


LIBRARY = [Period(0, T("13:00"), T("21:00"))] + [
    Period(d, T("09:00"), T("21:00")) for d in range(1, 7)
]


def test_monday_morning_closed_then_opens_at_one():
    status = status_at(LIBRARY, [], False, at(0, "10:00"))
    assert not status.is_open
    assert status.opens_at == at(0, "13:00")


def test_open_during_period_and_closes_at_its_end():
    status = status_at(LIBRARY, [], False, at(1, "10:30"))
    assert status.is_open
    assert status.closes_at == at(1, "21:00")


def test_boundaries_opening_inclusive_closing_exclusive():
    assert status_at(LIBRARY, [], False, at(1, "09:00")).is_open
    closed = status_at(LIBRARY, [], False, at(1, "21:00"))
    assert not closed.is_open
    assert closed.opens_at == at(2, "09:00")


def test_now_in_another_time_zone_is_converted():
    # 02:30 UTC is 10:30 in Beijing on Tuesday.
    now = dt.datetime(2026, 11, 24, 2, 30, tzinfo=UTC)
    assert status_at(LIBRARY, [], False, now).is_open


def test_naive_now_is_refused():
    with pytest.raises(ValueError):
        status_at(LIBRARY, [], False, dt.datetime(2026, 11, 24, 10))


def test_lunch_break_two_periods_a_day():
    periods = [Period(2, T("09:00"), T("11:30")), Period(2, T("13:30"), T("17:00"))]
    lunch = status_at(periods, [], False, at(2, "12:00"))
    assert not lunch.is_open and lunch.opens_at == at(2, "13:30")
    assert status_at(periods, [], False, at(2, "11:00")).closes_at == at(2, "11:30")


def test_overnight_period_belongs_to_the_day_it_starts():
    # Friday 20:00 – Saturday 02:00; nothing on Saturday itself.
    periods = [Period(4, T("20:00"), T("02:00"))]
    saturday_1am = status_at(periods, [], False, at(5, "01:00"))
    assert saturday_1am.is_open
    assert saturday_1am.closes_at == at(5, "02:00")
    assert not status_at(periods, [], False, at(5, "02:00")).is_open
    assert not status_at(periods, [], False, at(4, "01:00")).is_open
    assert status_at(periods, [], False, at(3, "23:00")).opens_at == at(4, "20:00")


def test_adjacent_periods_across_midnight_merge():
    # Saturday 09:00–24:00 then Sunday 00:00–02:00: open at 23:59, closes 02:00 Sunday.
    periods = [Period(5, T("09:00"), T("00:00")), Period(6, T("00:00"), T("02:00"))]
    status = status_at(periods, [], False, at(5, "23:59"))
    assert status.is_open and status.closes_at == at(6, "02:00")


def test_closed_exception_wins_over_the_week():
    holiday = DayException(MONDAY + dt.timedelta(days=1), closed=True, note="闭馆")
    status = status_at(LIBRARY, [holiday], False, at(1, "10:00"))
    assert not status.is_open
    assert status.opens_at == at(2, "09:00")


def test_exception_on_next_day_does_not_cut_an_overnight_period():
    periods = [Period(4, T("20:00"), T("02:00"))]
    saturday_closed = DayException(MONDAY + dt.timedelta(days=5), closed=True)
    assert status_at(periods, [saturday_closed], False, at(5, "01:00")).is_open


def test_special_hours_replace_the_day():
    special = DayException(MONDAY + dt.timedelta(days=1), opens=T("10:00"), closes=T("15:00"))
    assert not status_at(LIBRARY, [special], False, at(1, "09:30")).is_open
    status = status_at(LIBRARY, [special], False, at(1, "14:00"))
    assert status.is_open and status.closes_at == at(1, "15:00")


def test_special_overnight_exception_period():
    special = DayException(MONDAY + dt.timedelta(days=2), opens=T("19:00"), closes=T("01:00"))
    status = status_at(LIBRARY, [special], False, at(3, "00:30"))
    assert status.is_open and status.closes_at == at(3, "01:00")


def test_every_year_exception_and_dated_one_wins():
    new_year = DayException(dt.date(2020, 1, 1), closed=True, every_year=True, note="元旦")
    jan_first = dt.datetime(2027, 1, 1, 10, tzinfo=TZ)  # a Friday
    assert not status_at(LIBRARY, [new_year], False, jan_first).is_open
    override = DayException(dt.date(2027, 1, 1), opens=T("09:00"), closes=T("12:00"))
    assert status_at(LIBRARY, [new_year, override], False, jan_first).is_open
    assert exceptions_for(dt.date(2028, 1, 1), [new_year, override]) == [new_year]


def test_24_hour_space_is_always_open_and_says_so():
    status = status_at([], [], True, at(3, "03:00"))
    assert status.is_open
    assert status.closes_at is None
    assert status.around_the_clock
    assert "24" in status.describe()


def test_24_hour_space_closed_on_an_exception_day():
    closed = DayException(MONDAY + dt.timedelta(days=3), closed=True)
    before = status_at([], [closed], True, at(2, "22:00"))
    assert before.is_open and before.closes_at == at(3, "00:00")
    during = status_at([], [closed], True, at(3, "12:00"))
    assert not during.is_open and during.opens_at == at(4, "00:00")


def test_no_hours_at_all_means_closed_without_opening_time():
    status = status_at([], [], False, at(0, "10:00"))
    assert not status.is_open and status.opens_at is None
    assert "暂停" in status.describe()


def test_describe_uses_today_tomorrow_and_weekday():
    now = at(0, "22:00")
    assert moment(at(0, "23:00"), now) == "今天 23:00"
    assert moment(at(1, "09:00"), now) == "明天 09:00"
    assert moment(at(3, "09:00"), now) == "周四 09:00"
    assert moment(at(10, "09:00"), now) == "12月3日 09:00"
    assert status_at(LIBRARY, [], False, at(0, "22:00")).describe() == "已关闭 · 明天 09:00 开放"
    assert status_at(LIBRARY, [], False, at(0, "14:00")).describe() == "开放中 · 今天 21:00 关闭"


def test_labels():
    assert period_label(T("09:00"), T("17:00")) == "09:00–17:00"
    assert period_label(T("20:00"), T("02:00")) == "20:00–次日 02:00"
    assert period_label(T("09:00"), T("00:00")) == "09:00–24:00"
    assert period_label(T("00:00"), T("00:00")) == "全天"
    rows = weekly_table(LIBRARY, False)
    assert rows[0] == ("周一", ["13:00–21:00"])
    assert len(rows) == 7
    assert weekly_table([], True)[3] == ("周四", ["全天"])


def test_upcoming_exceptions_lists_dates_in_order():
    rows = upcoming_exceptions(
        [
            DayException(dt.date(2020, 1, 1), closed=True, every_year=True, note="元旦"),
            DayException(dt.date(2026, 12, 24), opens=T("09:00"), closes=T("12:00")),
        ],
        dt.date(2026, 12, 1),
        days=40,
    )
    assert [row[0] for row in rows] == [dt.date(2026, 12, 24), dt.date(2027, 1, 1)]
    assert rows[0][1:] == (False, ["09:00–12:00"], "")
    assert rows[1][1:] == (True, [], "元旦")


# -- properties -----------------------------------------------------------------------

times = st.times().map(lambda t: t.replace(second=0, microsecond=0))
periods_strategy = st.lists(st.builds(Period, st.integers(0, 6), times, times), max_size=10)
moments = st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2030, 12, 31)).map(
    lambda d: d.replace(tzinfo=TZ)
)
exceptions_strategy = st.lists(
    st.one_of(
        st.builds(DayException, st.dates(dt.date(2024, 1, 1), dt.date(2031, 1, 1)), st.just(True)),
        st.builds(
            DayException,
            st.dates(dt.date(2024, 1, 1), dt.date(2031, 1, 1)),
            st.just(False),
            times,
            times,
            st.booleans(),
        ),
    ),
    max_size=5,
)


def brute_force_open(periods, exceptions, open_24h, now):
    """Minute-level reference: is ``now`` inside a period that started today or yesterday?"""
    local = now.astimezone(TZ).replace(tzinfo=None)
    for offset in (0, 1):
        day = local.date() - dt.timedelta(days=offset)
        special = exceptions_for(day, exceptions)
        if special is not None:
            if any(e.closed for e in special):
                continue
            spans = [(e.opens, e.closes) for e in special]
        elif open_24h:
            spans = [(dt.time(0), dt.time(0))]
        else:
            spans = [(p.opens, p.closes) for p in periods if p.weekday == day.weekday()]
        for opens, closes in spans:
            start = dt.datetime.combine(day, opens)
            end = dt.datetime.combine(day, closes)
            if closes <= opens:
                end += dt.timedelta(days=1)
            if start <= local < end:
                return True
    return False


@settings(max_examples=300, deadline=None)
@given(periods_strategy, exceptions_strategy, st.booleans(), moments)
def test_status_agrees_with_brute_force(periods, exceptions, open_24h, now):
    status = status_at(periods, exceptions, open_24h, now)
    assert status.is_open == brute_force_open(periods, exceptions, open_24h, now)


@settings(max_examples=300, deadline=None)
@given(periods_strategy, exceptions_strategy, st.booleans(), moments)
def test_transitions_are_consistent(periods, exceptions, open_24h, now):
    status = status_at(periods, exceptions, open_24h, now)
    if status.is_open and status.closes_at is not None:
        assert status.closes_at > now
        assert not status_at(periods, exceptions, open_24h, status.closes_at).is_open
        just_before = status.closes_at - dt.timedelta(minutes=1)
        assert status_at(periods, exceptions, open_24h, just_before).is_open
    if not status.is_open and status.opens_at is not None:
        assert status.opens_at > now
        assert status_at(periods, exceptions, open_24h, status.opens_at).is_open
        just_before = status.opens_at - dt.timedelta(minutes=1)
        assert not status_at(periods, exceptions, open_24h, just_before).is_open


@settings(max_examples=100, deadline=None)
@given(periods_strategy, moments)
def test_24_hour_flag_without_exceptions_is_always_open(periods, now):
    assert status_at(periods, [], True, now).is_open
