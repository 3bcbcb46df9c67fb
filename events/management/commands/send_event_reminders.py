"""The day-before reminder: e-mail everyone confirmed for an occurrence starting tomorrow
(Asia/Shanghai). Idempotent: ``Booking.reminded_at`` marks who was reminded, so the
scheduler can run it every minute. Also sends pending cancellation/postponement notices."""

import datetime as dt

from django.core.management.base import BaseCommand
from django.utils import timezone

from events.models import Booking, EventPage
from events.notify import notify_event_change, send_booking_mail


def reminders_due(now=None):
    now = now or timezone.now()
    tomorrow = timezone.localdate(now) + dt.timedelta(days=1)
    start = timezone.make_aware(dt.datetime.combine(tomorrow, dt.time()))
    return (
        Booking.objects.filter(
            status=Booking.Status.CONFIRMED,
            reminded_at__isnull=True,
            anonymised_at__isnull=True,
            occurrence__cancelled=False,
            occurrence__start__gte=max(start, now),
            occurrence__start__lt=start + dt.timedelta(days=1),
        )
        .exclude(email="")
        .exclude(occurrence__event__status__in=["cancelled", "postponed"])
        .select_related("occurrence__event")
    )


class Command(BaseCommand):
    help = "发送活动前一天的提醒邮件（可重复运行，每人只发一次）。"

    def handle(self, *args, **options):
        sent = 0
        for booking in reminders_due():
            # Marked first: a crash after sending must not send twice on the next run.
            if Booking.objects.filter(pk=booking.pk, reminded_at__isnull=True).update(
                reminded_at=timezone.now()
            ):
                send_booking_mail(booking, "reminder")
                sent += 1
        changed = 0
        for event in (
            EventPage.objects.live()
            .exclude(status="scheduled")
            .filter(occurrences__bookings__isnull=False)
            .distinct()
        ):
            changed += notify_event_change(event)
        if sent or changed or options["verbosity"] > 1:
            self.stdout.write(f"提醒 {sent} 封，变动通知 {changed} 封。")
