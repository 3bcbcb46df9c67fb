"""Retention: wipe bookings' personal data BOOKING_RETENTION_DAYS (default 90) after the
event. Rows stay, anonymised, so booking and attendance figures remain; each event's purge
is recorded in the site history (counts only)."""

import datetime as dt

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from core.audit import audit
from events.models import Booking, EventPage


def retention_days():
    return int(getattr(settings, "BOOKING_RETENTION_DAYS", 90))


def purge(now=None, dry_run=False):
    """Anonymise expired bookings; returns {event: count}."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=retention_days())
    expired = Booking.objects.filter(anonymised_at__isnull=True, occurrence__end__lt=cutoff)
    counts = {}
    for event_id in set(expired.values_list("occurrence__event_id", flat=True)):
        rows = expired.filter(occurrence__event_id=event_id)
        if dry_run:
            counts[event_id] = rows.count()
            continue
        with transaction.atomic():
            counts[event_id] = rows.update(
                name="", phone="", email="", answers=[], anonymised_at=now
            )
            event = EventPage.objects.filter(pk=event_id).first()
            if event is not None:
                audit(
                    event,
                    "sxc.booking_purge",
                    data={"bookings": counts[event_id], "retention_days": retention_days()},
                )
    return counts


class Command(BaseCommand):
    help = "删除活动结束若干天（BOOKING_RETENTION_DAYS，默认 90）后的预约个人信息，保留人数统计。"

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="只统计，不删除")

    def handle(self, *args, dry_run=False, **options):
        counts = purge(dry_run=dry_run)
        total = sum(counts.values())
        verb = "将删除" if dry_run else "已删除"
        if total or options["verbosity"] > 1 or dry_run:
            self.stdout.write(
                f"{verb} {len(counts)} 场活动的 {total} 条预约个人信息（保留期 {retention_days()} 天）。"
            )
