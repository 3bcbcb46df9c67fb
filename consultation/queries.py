"""What other apps (stats, editorial) and this app's views read about messages.

Working days come from ``consultation.workdays``; every function reads the messages it needs
in a fixed number of queries and counts days in Python.
"""

import datetime
import statistics
from collections import Counter, OrderedDict

from django.conf import settings
from django.utils import timezone

from .models import Message
from .workdays import WorkdayCalendar, deadline_workdays


def warning_workdays():
    return getattr(settings, "MESSAGE_DEADLINE_WARNING_WORKDAYS", 2)


def public_messages():
    """Answered, public questions, newest answer first (answer fetched in the same query)."""
    return Message.objects.public_answered()


def with_response_times(messages, calendar=None):
    """Set ``received``, ``answered``, ``workdays_to_answer`` and ``deadline`` on each message."""
    calendar = calendar or WorkdayCalendar.load()
    limit = deadline_workdays()
    messages = list(messages)
    for message in messages:
        message.received = message.received_date
        message.deadline = calendar.add_workdays(message.received, limit)
        message.answered = message.answered_date
        message.workdays_to_answer = (
            calendar.workdays_between(message.received, message.answered)
            if message.answered
            else None
        )
        message.answered_late = bool(message.answered and message.answered > message.deadline)
    return messages


def _answered_messages(start=None, end=None):
    messages = Message.objects.filter(answer__first_published_at__isnull=False).select_related(
        "answer"
    )
    if start:
        messages = messages.filter(received_at__date__gte=start)
    if end:
        messages = messages.filter(received_at__date__lte=end)
    return messages


def open_messages(today=None, calendar=None):
    """Unanswered messages with their deadline and working days left (negative: overdue)."""
    today = today or timezone.localdate()
    calendar = calendar or WorkdayCalendar.load()
    messages = with_response_times(
        Message.objects.unanswered().select_related("answer").order_by("received_at"), calendar
    )
    for message in messages:
        if today > message.deadline:
            message.workdays_left = -calendar.workdays_between(message.deadline, today)
        else:
            message.workdays_left = calendar.workdays_between(today, message.deadline)
        message.overdue = today > message.deadline
        message.workdays_overdue = max(0, -message.workdays_left)
    return messages


def overdue_messages(today=None, calendar=None):
    return [m for m in open_messages(today, calendar) if m.overdue]


def approaching_deadline(today=None, calendar=None):
    """Unanswered and not yet overdue, with at most MESSAGE_DEADLINE_WARNING_WORKDAYS left."""
    return [
        m
        for m in open_messages(today, calendar)
        if not m.overdue and m.workdays_left <= warning_workdays()
    ]


def overdue_count(today=None):
    return len(overdue_messages(today))


def _month(day):
    return datetime.date(day.year, day.month, 1)


def received_per_month(year=None):
    """OrderedDict {first day of month: messages received}, oldest month first."""
    messages = Message.objects.all()
    if year:
        messages = messages.filter(received_at__year=year)
    counts = Counter(
        _month(timezone.localdate(at)) for at in messages.values_list("received_at", flat=True)
    )
    return OrderedDict(sorted(counts.items()))


def answered_per_month(year=None):
    """OrderedDict {first day of month: answers first published that month}."""
    messages = _answered_messages()
    if year:
        messages = messages.filter(answer__first_published_at__year=year)
    counts = Counter(
        _month(timezone.localdate(at))
        for at in messages.values_list("answer__first_published_at", flat=True)
    )
    return OrderedDict(sorted(counts.items()))


def response_time_summary(messages):
    """{"answered", "median", "average", "late"} over messages with response times set."""
    days = [m.workdays_to_answer for m in messages if m.workdays_to_answer is not None]
    return {
        "answered": len(days),
        "median": statistics.median(days) if days else None,
        "average": round(statistics.fmean(days), 1) if days else None,
        "late": sum(1 for m in messages if m.answered_late),
    }


def monthly_statistics(year=None, today=None):
    """One row per month with messages received: received, answered, median/average working
    days to answer, answered late, still open and overdue (as of ``today``)."""
    calendar = WorkdayCalendar.load()
    today = today or timezone.localdate()
    messages = Message.objects.select_related("answer").order_by("received_at")
    if year:
        messages = messages.filter(received_at__year=year)
    rows = OrderedDict()
    for message in with_response_times(messages, calendar):
        rows.setdefault(_month(message.received), []).append(message)
    result = []
    for month, group in rows.items():
        summary = response_time_summary(group)
        open_ = [m for m in group if m.answered is None]
        result.append(
            {
                "month": month,
                "received": len(group),
                **summary,
                "open": len(open_),
                "overdue": sum(1 for m in open_ if today > m.deadline),
            }
        )
    return result
