import datetime

from consultation.models import WorkdayOverride
from consultation.workdays import WorkdayCalendar, library_covers

D = datetime.date


def test_national_day_week_and_make_up_day_2026():
    calendar = WorkdayCalendar()
    # 2026-10-01..07 National Day holiday; Sat 2026-10-10 is a make-up working day.
    assert not calendar.is_workday(D(2026, 10, 5))
    assert calendar.is_workday(D(2026, 10, 10))
    # Received Wed 30 Sep: the holiday week is skipped, the working days after it are
    # Thu 8, Fri 9, Sat 10 (make-up), Mon 12 and Tue 13 October.
    assert calendar.add_workdays(D(2026, 9, 30), 5) == D(2026, 10, 13)
    assert calendar.workdays_between(D(2026, 9, 30), D(2026, 10, 9)) == 2


def test_same_day_answer_is_zero_working_days():
    assert WorkdayCalendar().workdays_between(D(2026, 3, 2), D(2026, 3, 2)) == 0


def test_years_after_the_library_fall_back_to_weekdays_and_overrides(db):
    assert library_covers(2026)
    assert not library_covers(2035)
    WorkdayOverride.objects.create(date=D(2035, 1, 1), is_workday=False, note="元旦")
    WorkdayOverride.objects.create(date=D(2035, 1, 6), is_workday=True, note="调休")
    calendar = WorkdayCalendar.load()
    assert not calendar.is_workday(D(2035, 1, 1))  # a Monday, made a holiday
    assert calendar.is_workday(D(2035, 1, 6))  # a Saturday, made a working day
    assert not calendar.is_workday(D(2035, 1, 7))  # a plain Sunday
    assert calendar.is_workday(D(2035, 1, 2))
