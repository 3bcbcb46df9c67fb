"""Days the State Council's holiday schedule changes: editors add them when a year is announced.

``chinese_calendar`` ships the official schedule for the years it knows (2004–2026 in 1.11);
a row here overrides it, and for later years (until the library is updated) these rows and
the plain Monday–Friday week are all the site knows.
"""

from django.db import models


class WorkdayOverride(models.Model):
    date = models.DateField("日期", unique=True)
    is_workday = models.BooleanField(
        "是工作日",
        default=False,
        help_text="勾选：调休上班日（周末但要上班）；不勾选：法定节假日（工作日但放假）。",
    )
    note = models.CharField("说明", max_length=60, blank=True, help_text="如：2027 年春节。")

    class Meta:
        verbose_name = "节假日与调休"
        verbose_name_plural = "节假日与调休"
        ordering = ["-date"]

    def __str__(self):
        kind = "调休上班" if self.is_workday else "放假"
        return f"{self.date:%Y-%m-%d} {kind} {self.note}".strip()
