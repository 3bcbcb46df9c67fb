"""Workflow e-mails, served address and submission exports (issue 12, item 8)."""

import csv
import datetime
import io
import subprocess
from pathlib import Path

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page, PageLogEntry, WorkflowState

from engagement.factories import FormPageFactory, add_fields
from home.factories import StandardPageFactory
from tests.editorial.test_workflow import edit_data

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_make_run_serves_and_links_the_same_address():
    """`make run PORT=…` exports WAGTAILADMIN_BASE_URL (e-mails, API) from HOST and PORT."""
    out = subprocess.run(
        [
            "make",
            "-s",
            "--eval=show-base-url: ; @echo $$WAGTAILADMIN_BASE_URL",
            "show-base-url",
            "PORT=8123",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
        check=True,
    )
    assert out.stdout.strip() == "http://127.0.0.1:8123"


def test_approval_email_has_the_moderators_comment(client, editor, moderator, home):
    page = StandardPageFactory(parent=home, slug="reading-week", title="阅读周", intro="旧导语")
    page.save_revision().publish()
    page = Page.objects.get(pk=page.pk).specific
    client.force_login(editor)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_data(page, intro="新导语", **{"action-submit": "action-submit"}),
    )
    state = WorkflowState.objects.get(object_id=str(page.pk))
    mail.outbox.clear()
    client.force_login(moderator)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": "内容准确，同意发布"},
    )
    to_editor = [m for m in mail.outbox if editor.email in m.to]
    assert to_editor, [m.subject for m in mail.outbox]
    message = to_editor[-1]
    assert "内容准确，同意发布" in message.body
    for html, _type in message.alternatives:  # when WAGTAILADMIN_NOTIFICATION_USE_HTML
        assert "内容准确，同意发布" in html


def test_submission_csv_is_utf8_with_bom_in_beijing_time_and_audited(client, reviewer, home):
    page = FormPageFactory(
        parent=home, slug="feedback", title="意见留言", collects_personal_data=False
    )
    add_fields(page, [("意见和建议", "multiline", True, "", "")])
    page.save_revision().publish()
    submission = FormSubmission.objects.create(
        page=page, form_data={"u610fu89c1u548cu5efau8bae": '=HYPERLINK("x")'}
    )
    submission.submit_time = datetime.datetime(2026, 11, 20, 16, 30, tzinfo=datetime.UTC)
    submission.save()
    client.force_login(reviewer)
    url = reverse("wagtailforms:list_submissions", args=[page.pk])
    response = client.get(url, {"export": "csv"})
    assert response.status_code == 200
    body = response.content
    assert body.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0][0] and "意见和建议" in rows[0]
    flat = [cell for row in rows[1:] for cell in row]
    assert "2026-11-21 00:30" in flat  # 16:30 UTC is 00:30 next day in Beijing
    assert '\'=HYPERLINK("x")' in flat  # neutralised once, by core.exports
    entry = PageLogEntry.objects.get(action="sxc.submissions_export")
    assert entry.data == {"count": 1, "format": "csv"}
    assert timezone.is_aware(submission.submit_time)
