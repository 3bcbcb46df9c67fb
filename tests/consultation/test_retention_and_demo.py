import datetime

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import ModelLogEntry

from consultation.models import Message

from .helpers import EMAIL, PHONE, answered

pytestmark = pytest.mark.django_db


@override_settings(MESSAGE_PERSONAL_DATA_RETENTION_DAYS=30)
def test_purge_deletes_contact_details_of_old_answers_and_audits(capsys):
    old = answered("旧留言", days_ago=60)
    recent = answered("新留言", days_ago=5)
    call_command("purge_message_personal_data")
    assert "已删除 1 条" in capsys.readouterr().out
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.mobile == "" and old.email == "" and old.name == "欧***"
    assert old.personal_data_purged_at is not None
    assert recent.mobile == PHONE and recent.email == EMAIL
    entry = ModelLogEntry.objects.get(action="sxc.purge_message_personal_data")
    assert entry.object_id == str(old.pk)
    assert PHONE not in str(entry.data) and EMAIL not in str(entry.data)


def test_demo_messages(demo):
    from consultation.queries import approaching_deadline, overdue_messages

    samples = Message.objects.filter(is_sample=True)
    assert samples.count() == 12
    assert samples.filter(answer__live=True).count() == 9
    assert len(overdue_messages()) == 1
    assert len(approaching_deadline()) >= 1
    # A second run changes nothing.
    call_command("load_demo")
    assert Message.objects.filter(is_sample=True).count() == 12
    assert timezone.now() - samples.order_by(
        "received_at"
    ).first().received_at > datetime.timedelta(days=60)
