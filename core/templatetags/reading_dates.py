"""Dates the way Chinese readers write them ("11月28日 周六"), translated through the catalogue."""

import datetime as dt

from django import template
from django.utils import timezone
from django.utils.translation import gettext

from core import dates

register = template.Library()


def _local(value):
    if isinstance(value, dt.datetime):
        return timezone.localtime(value) if timezone.is_aware(value) else value
    return value


@register.filter
def month_day(value):
    """ "11月28日" (no leading zeros)."""
    if not value:
        return ""
    return dates.month_day(_local(value))


@register.filter
def weekday(value):
    """ "周六"."""
    if not value:
        return ""
    return dates.weekday_name(_local(value).weekday())


@register.filter
def day_weekday(value):
    """ "11月28日（周六）"; in English "Sat 28 Nov" (no CJK brackets in Latin text)."""
    if not value:
        return ""
    return gettext("%(day)s（%(weekday)s）") % {"day": month_day(value), "weekday": weekday(value)}


@register.filter
def clock(value):
    """ "14:00" in Beijing time."""
    if not value:
        return ""
    return _local(value).strftime("%H:%M")
