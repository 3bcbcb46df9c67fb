"""Campaign status from stage dates, pinned to moments in Asia/Shanghai."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from campaigns.stages import Stage, compute_state, local_today, stage_bounds

SH = ZoneInfo("Asia/Shanghai")
UTC = datetime.UTC
D = datetime.date

STAGES = [
    Stage("signup", D(2026, 3, 1), D(2026, 3, 31)),
    Stage("review", D(2026, 4, 1), D(2026, 4, 20)),
    Stage("publicity", D(2026, 4, 21), D(2026, 4, 27)),
    Stage("commendation", D(2026, 5, 10), D(2026, 5, 10)),
]


def at(y, m, d, hh=12, mm=0, ss=0, tz=SH):
    return datetime.datetime(y, m, d, hh, mm, ss, tzinfo=tz)


@pytest.mark.parametrize(
    "moment, status, current, days_left",
    [
        (at(2026, 1, 15), "upcoming", None, None),
        (at(2026, 2, 28, 23, 59, 59), "upcoming", None, None),
        (at(2026, 3, 1, 0, 0, 0), "open", "signup", 30),
        (at(2026, 3, 15), "open", "signup", 16),
        (at(2026, 3, 31, 23, 59, 59), "open", "signup", 0),
        (at(2026, 4, 1, 0, 0, 0), "reviewing", "review", 19),
        (at(2026, 4, 20, 23, 59), "reviewing", "review", 0),
        (at(2026, 4, 21, 0, 0), "public-notice", "publicity", 6),
        (at(2026, 4, 27, 23, 59, 59), "public-notice", "publicity", 0),
        # the gap between the public notice and the ceremony: decided, waiting
        (at(2026, 5, 1), "finished", None, None),
        (at(2026, 5, 10, 0, 0), "finished", "commendation", 0),
        (at(2026, 5, 11, 0, 0), "finished", None, None),
        (at(2027, 1, 1), "finished", None, None),
    ],
)
def test_status_before_inside_and_after_each_stage(moment, status, current, days_left):
    state = compute_state(STAGES, moment)
    assert state.status == status
    assert (state.current.kind if state.current else None) == current
    assert state.days_left == days_left


def test_midnight_boundaries_are_shanghai_midnight_not_utc():
    # 2026-02-28 16:00 UTC is 2026-03-01 00:00 in Shanghai: sign-up has opened.
    assert compute_state(STAGES, at(2026, 2, 28, 16, 0, 0, UTC)).status == "open"
    # One second earlier it has not.
    assert compute_state(STAGES, at(2026, 2, 28, 15, 59, 59, UTC)).status == "upcoming"
    # 2026-03-31 15:59:59 UTC is 23:59:59 on the last sign-up day in Shanghai.
    state = compute_state(STAGES, at(2026, 3, 31, 15, 59, 59, UTC))
    assert state.status == "open" and state.ends_today
    # At 16:00 UTC it is 1 April in Shanghai: sign-up is closed, review has begun.
    assert compute_state(STAGES, at(2026, 3, 31, 16, 0, 0, UTC)).status == "reviewing"


def test_stage_bounds_run_from_midnight_to_the_last_second():
    start, end = stage_bounds(STAGES[0])
    assert start == at(2026, 3, 1, 0, 0, 0)
    assert end.date() == D(2026, 3, 31) and (end.hour, end.minute, end.second) == (23, 59, 59)


def test_upcoming_counts_days_until_the_first_stage():
    state = compute_state(STAGES, at(2026, 2, 20))
    assert state.next.kind == "signup" and state.days_until == 9


def test_gap_between_sign_up_and_review_is_not_open():
    stages = [
        Stage("signup", D(2026, 3, 1), D(2026, 3, 10)),
        Stage("review", D(2026, 3, 20), D(2026, 3, 30)),
    ]
    state = compute_state(stages, at(2026, 3, 15))
    assert state.status == "reviewing" and state.current is None
    assert state.next.kind == "review" and state.days_until == 5
    assert not state.is_open


def test_stage_order_does_not_matter_and_bad_stages_are_ignored():
    shuffled = [STAGES[2], STAGES[0], Stage("review", D(2026, 4, 9), D(2026, 4, 1)), STAGES[1]]
    state = compute_state(shuffled, at(2026, 3, 5))
    assert state.status == "open"
    assert [v.stage.kind for v in state.stages] == ["signup", "review", "publicity"]
    assert [v.state for v in state.stages] == ["current", "future", "future"]


def test_no_stages_means_dates_to_be_announced():
    from django.utils import translation

    state = compute_state([], at(2026, 3, 5))
    with translation.override("zh-hans"):
        assert state.status is None and str(state.status_label) == "日期待定"


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        local_today(datetime.datetime(2026, 3, 1, 0, 0))
