"""One date of an event, holding its own seats: a single event has one, a series one per date.

``booked_places`` is the sum of confirmed places; it only changes inside the locked
transaction of ``events.booking`` (row lock on PostgreSQL, the IMMEDIATE write lock on
SQLite), so it never exceeds the capacity.
"""

from django.db import models
from django.utils import timezone


class Occurrence(models.Model):
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name="活动",
        on_delete=models.CASCADE,
        related_name="occurrences",
    )
    start = models.DateTimeField("开始时间")
    end = models.DateTimeField("结束时间")
    cancelled = models.BooleanField("本场取消", default=False)
    cancel_note = models.CharField("取消说明", max_length=200, blank=True)
    booked_places = models.PositiveIntegerField("已预约名额", default=0)

    class Meta:
        verbose_name = "活动场次"
        verbose_name_plural = "活动场次"
        ordering = ["start"]
        constraints = [
            models.UniqueConstraint(fields=["event", "start"], name="events_occurrence_unique")
        ]

    def __str__(self):
        return f"{self.event.title} · {timezone.localtime(self.start):%Y-%m-%d %H:%M}"

    def seats_left(self, capacity):
        """Seats still free under ``capacity`` (the event's); None when places are unlimited."""
        if capacity is None:
            return None
        return max(capacity - self.booked_places, 0)

    def is_past(self, now=None):
        return self.end < (now or timezone.now())
