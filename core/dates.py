"""Dates in the words Chinese readers use ("周六", "11月28日"), translated through the catalogue.

Shared by the opening-hours wording of reading spaces, the event dates and the
``{% load reading_dates %}`` template filters.
"""

from django.utils.translation import gettext as _


def weekday_name(weekday):
    """ "周一" … "周日" for Python's weekday number (Monday is 0)."""
    names = [_("周一"), _("周二"), _("周三"), _("周四"), _("周五"), _("周六"), _("周日")]
    return names[weekday]


def month_day(value):
    """ "11月28日" (no leading zeros) for a date or datetime already in local time."""
    return _("%(month)s月%(day)s日") % {"month": value.month, "day": value.day}
