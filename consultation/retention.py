"""Deleting residents' contact details N days after their message was answered (PIPL)."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.audit import audit
from core.privacy import mask_name

from .models import Message


def retention_days():
    return getattr(settings, "MESSAGE_PERSONAL_DATA_RETENTION_DAYS", 180)


def due_for_purge(now=None):
    """Answered messages whose answer was published more than the retention period ago."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=retention_days())
    return Message.objects.filter(
        personal_data_purged_at__isnull=True, answer__first_published_at__lt=cutoff
    )


def purge_personal_data(now=None, user=None, dry_run=False):
    """Blank mobile and e-mail, keep only the masked name; one audit entry per message."""
    now = now or timezone.now()
    messages = list(due_for_purge(now))
    if dry_run:
        return len(messages)
    with transaction.atomic():
        for message in messages:
            fields = [name for name in ("mobile", "email") if getattr(message, name)]
            message.mobile = ""
            message.email = ""
            message.name = mask_name(message.name)
            message.personal_data_purged_at = now
            message.save(update_fields=["mobile", "email", "name", "personal_data_purged_at"])
            audit(
                message,
                "sxc.purge_message_personal_data",
                user=user,
                data={"fields": fields + ["name"], "retention_days": retention_days()},
            )
    return len(messages)
