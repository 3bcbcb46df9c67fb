"""A weekly or monthly series entered once: an RFC 5545 RRULE with EXDATE exceptions.

dateutil's rrule (a dependency of icalendar, and what icalendar itself uses) expands the
rule; the same rule is written to the .ics feed, so calendar apps show the same dates.
Each date becomes an ``Occurrence`` row with its own seats and its own cancellation.
"""

import datetime as dt

from dateutil import rrule
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField

from events import choices

# How far ahead a series is expanded into occurrences.
HORIZON_DAYS = 366
MAX_OCCURRENCES = 60
WEEKDAYS = [rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU]


class RecurrenceMixin(models.Model):
    repeat = models.CharField(
        "重复",
        max_length=16,
        choices=choices.REPEATS,
        default=choices.REPEAT_NONE,
        blank=True,
        help_text="系列活动只录入一次：以上面的开始、结束时间为第一场，按规则重复。",
    )
    repeat_interval = models.PositiveSmallIntegerField(
        "间隔",
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text="每几周或每几个月一次；1 表示每周（每月）。",
    )
    repeat_until = models.DateField(
        "重复到",
        null=True,
        blank=True,
        help_text="最后一场的日期（含）；留空时自动排到一年内。",
    )
    repeat_exceptions = StreamField(
        [("date", blocks.DateBlock(label="不举办的日期"))],
        verbose_name="不举办的日期",
        blank=True,
        help_text="节假日等不举办的日期；已有预约的场次请在“活动报名”中取消该场，预约者会收到通知。",
    )

    recurrence_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("repeat"), FieldPanel("repeat_interval")]),
                FieldPanel("repeat_until"),
                FieldPanel("repeat_exceptions"),
            ],
            heading="重复（系列活动）",
        )
    ]

    class Meta:
        abstract = True

    def recurrence_errors(self, errors):
        if not self.repeat or not (self.start and self.end):
            return
        if self.end - self.start > dt.timedelta(hours=24):
            errors["repeat"] = "系列活动的每一场须在一天内结束：结束时间请填第一场的结束时间。"
        if self.repeat_until and self.repeat_until < timezone.localtime(self.start).date():
            errors["repeat_until"] = "“重复到”不能早于第一场的日期。"
        if self.all_day:
            errors["repeat"] = "全天活动不能设为重复，请分别发布。"

    @property
    def listed_page(self):
        """The page a list entry links to (a ``ListedOccurrence`` gives its series page)."""
        return self

    @property
    def is_series(self):
        return bool(self.repeat)

    def exception_dates(self):
        return sorted({block.value for block in self.repeat_exceptions if block.value})

    def recurrence_rule(self):
        """The rule as a dateutil rrule, anchored at the local start (None when not a series)."""
        if not self.repeat:
            return None
        local = timezone.localtime(self.start).replace(tzinfo=None)
        options = {"dtstart": local, "interval": self.repeat_interval or 1}
        if self.repeat_until:
            options["until"] = dt.datetime.combine(self.repeat_until, dt.time(23, 59, 59))
        else:
            options["count"] = MAX_OCCURRENCES
        if self.repeat == choices.WEEKLY:
            return rrule.rrule(rrule.WEEKLY, **options)
        if self.repeat == choices.MONTHLY_DATE:
            return rrule.rrule(rrule.MONTHLY, bymonthday=local.day, **options)
        nth = (local.day - 1) // 7 + 1
        return rrule.rrule(rrule.MONTHLY, byweekday=WEEKDAYS[local.weekday()](nth), **options)

    def occurrence_starts(self, horizon_days=HORIZON_DAYS):
        """Aware start times of every occurrence (the first one included), exceptions left out."""
        rule = self.recurrence_rule()
        if rule is None:
            return [self.start]
        limit = timezone.localtime(self.start).replace(tzinfo=None) + dt.timedelta(
            days=horizon_days
        )
        skipped = set(self.exception_dates())
        starts = []
        for local in rule:
            if local > limit or len(starts) >= MAX_OCCURRENCES:
                break
            if local.date() not in skipped:
                starts.append(timezone.make_aware(local))
        return starts

    def rrule_property(self):
        """The RRULE as icalendar wants it (a dict), with UNTIL in UTC as RFC 5545 requires."""
        if not self.repeat:
            return None
        value = {"FREQ": "WEEKLY" if self.repeat == choices.WEEKLY else "MONTHLY"}
        if (self.repeat_interval or 1) > 1:
            value["INTERVAL"] = self.repeat_interval
        local = timezone.localtime(self.start)
        if self.repeat == choices.MONTHLY_DATE:
            value["BYMONTHDAY"] = local.day
        elif self.repeat == choices.MONTHLY_WEEKDAY:
            nth = (local.day - 1) // 7 + 1
            value["BYDAY"] = f"{nth}{['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][local.weekday()]}"
        if self.repeat_until:
            until = timezone.make_aware(dt.datetime.combine(self.repeat_until, dt.time(23, 59, 59)))
            value["UNTIL"] = until.astimezone(dt.UTC)
        else:
            value["COUNT"] = MAX_OCCURRENCES
        return value
