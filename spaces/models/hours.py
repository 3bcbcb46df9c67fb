"""The inline rows editors fill in: weekly opening periods, dated exceptions, photos."""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.models import Orderable

from core.serializers import ImageRenditionField
from spaces import hours
from spaces.choices import WEEKDAYS


class OpeningPeriod(Orderable):
    """One opening period on one weekday; add two rows for a lunch break."""

    page = ParentalKey(
        "spaces.ReadingSpacePage", on_delete=models.CASCADE, related_name="opening_periods"
    )
    weekday = models.PositiveSmallIntegerField(
        "星期", choices=WEEKDAYS, help_text="每天可以有多个时段（如午休前后各一段）。"
    )
    opens = models.TimeField("开门", help_text="如 09:00。")
    closes = models.TimeField(
        "关门",
        help_text="如 17:00。早于或等于开门时间表示次日关门（如 20:00–02:00）；00:00–00:00 表示全天。",
    )

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]
    api_fields = [APIField("weekday"), APIField("opens"), APIField("closes")]

    class Meta(Orderable.Meta):
        verbose_name = "开放时段"
        verbose_name_plural = "每周开放时间"

    def as_period(self):
        return hours.Period(self.weekday, self.opens, self.closes)

    def __str__(self):
        return f"{self.get_weekday_display()} {hours.period_label(self.opens, self.closes)}"


class OpeningException(Orderable):
    """A date with different hours: closed all day, or a special period (one per row)."""

    page = ParentalKey(
        "spaces.ReadingSpacePage", on_delete=models.CASCADE, related_name="opening_exceptions"
    )
    date = models.DateField("日期", help_text="节假日闭馆、调整开放时间的日期。")
    every_year = models.BooleanField(
        "每年同一天",
        default=False,
        help_text="勾选后每年这一天都适用，如元旦（1 月 1 日）、国庆（10 月 1 日）。",
    )
    closed = models.BooleanField(
        "全天闭馆", default=False, help_text="勾选后不用填开门、关门时间。"
    )
    opens = models.TimeField("开门", null=True, blank=True, help_text="当天的特殊开放时段。")
    closes = models.TimeField(
        "关门", null=True, blank=True, help_text="早于或等于开门时间表示次日关门。"
    )
    note = models.CharField(
        "说明", max_length=60, blank=True, help_text="如：元旦闭馆、春节调整开放时间。"
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("every_year"), FieldPanel("closed")]),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes"), FieldPanel("note")]),
    ]
    api_fields = [
        APIField("date"),
        APIField("every_year"),
        APIField("closed"),
        APIField("opens"),
        APIField("closes"),
        APIField("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "特殊日期"
        verbose_name_plural = "特殊日期（节假日闭馆、调整时间）"

    def clean(self):
        super().clean()
        if self.closed and (self.opens or self.closes):
            raise ValidationError("全天闭馆时不用填写开门、关门时间。")
        if not self.closed and (self.opens is None or self.closes is None):
            raise ValidationError("请勾选“全天闭馆”，或填写当天的开门和关门时间。")

    def as_exception(self):
        return hours.DayException(
            date=self.date,
            closed=self.closed,
            opens=self.opens,
            closes=self.closes,
            every_year=self.every_year,
            note=self.note,
        )


class ReadingSpacePhoto(Orderable):
    page = ParentalKey("spaces.ReadingSpacePage", on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="照片",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="第一张用作封面。请在图片库设置焦点并填写替代文字。",
    )
    caption = models.CharField("图注", max_length=120, blank=True, help_text="如：二层亲子阅读区。")

    panels = [FieldPanel("image"), FieldPanel("caption")]
    api_fields = [
        APIField("image", serializer=ImageRenditionField("fill-800x600")),
        APIField("caption"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "照片"
        verbose_name_plural = "照片"
