"""Prove on this database that simultaneous bookings cannot overbook an occurrence.

Makes a throw-away occurrence on an existing event that books on this site (or the event
given), fires N simultaneous bookings at C seats, prints the outcome and deletes what it made.
"""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

from events.concurrency import fire
from events.models import Booking, EventPage, Occurrence


class Command(BaseCommand):
    help = "并发预约检查：N 个请求同时预约 C 个名额，确认不会超额（结束后删除测试数据）。"

    def add_arguments(self, parser):
        parser.add_argument("--attempts", type=int, default=50)
        parser.add_argument("--event", type=int, help="活动页面 ID；默认取任一本站预约的活动")

    def handle(self, *args, attempts, event=None, **options):
        events = EventPage.objects.filter(registration_mode="site")
        page = events.filter(pk=event).first() if event else events.first()
        if page is None:
            raise CommandError("没有“在本站预约”的活动，请先运行 load_demo 或用 --event 指定。")
        start = timezone.now() + dt.timedelta(days=400, minutes=attempts)
        occurrence = Occurrence.objects.create(
            event=page, start=start, end=start + dt.timedelta(hours=1)
        )
        try:
            outcomes, created = fire(occurrence.pk, attempts)
            occurrence.refresh_from_db()
            confirmed = sum(
                Booking.objects.filter(occurrence=occurrence, status="confirmed").values_list(
                    "places", flat=True
                )
            )
            stored = Booking.objects.filter(occurrence=occurrence).count()
            self.stdout.write(
                f"{connection.vendor}: {attempts} 个同时预约，名额 {page.capacity}："
                f"{dict(outcomes)}；确认名额 {confirmed}，计数 {occurrence.booked_places}，"
                f"存储 {stored} 条（返回 {len(created)} 条）"
            )
            if page.capacity is not None and confirmed > page.capacity:
                raise CommandError("超额预约！")
            if stored != len(created):
                raise CommandError("有预约丢失！")
        finally:
            occurrence.delete()
