"""Resident asks → 答复 staff answer → 审核 approves → public with masked name and dates."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Workflow

from consultation.models import Answer, Message
from core.pagecache import cache_version

ASK = {
    "category": "lending",
    "title": "少儿借阅证需要什么材料",
    "text": "孩子 9 岁，想办借阅证。",
    "name": "王小明",
    "mobile": "13912345678",
    "email": "wang@example.org",
    "consent": "on",
}


def snippet_url(action, *args):
    return reverse(f"wagtailsnippets_consultation_answer:{action}", args=args)


@pytest.mark.django_db
def test_full_journey(client, index, replier, moderator, django_capture_on_commit_callbacks):
    # 1. A resident asks on the form's own URL.
    response = client.post(index.url + "ask/", ASK)
    assert response.status_code == 302 and response["Location"].endswith("/ask/done/")
    message = Message.objects.get(title=ASK["title"])
    assert message.consent_at is not None and message.mobile == "13912345678"

    # Not public yet.
    assert ASK["title"] not in client.get(index.url).content.decode()

    # 2. Staff of 答复 draft the answer and submit it to the workflow.
    client.force_login(replier)
    response = client.get(snippet_url("add") + f"?message={message.pk}")
    assert response.status_code == 200
    assert "王**" in response.content.decode()
    assert "13912345678" not in response.content.decode()
    response = client.post(
        snippet_url("add"),
        {
            "message": message.pk,
            "unit": "西城区第一图书馆",
            "body": "您好，家长携孩子户口簿到馆即可办理。",
            "action-submit": "提交审核",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    answer = Answer.objects.get(message=message)
    assert not answer.live
    assert answer.workflow_in_progress
    assert Workflow.objects.get(name="审核发布") == answer.get_workflow()

    # 3. The moderator finds it on the dashboard (a link to the answer, not to a page) and
    # approves: the answer is published, the asker gets an e-mail.
    client.force_login(moderator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert snippet_url("edit", answer.pk) in dashboard
    task_state = answer.current_workflow_task_state
    version_before = cache_version()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            snippet_url("workflow_action", answer.pk, "approve", task_state.pk),
            {"comment": ""},
        )
    assert response.status_code in (200, 302)
    answer.refresh_from_db()
    assert answer.live and answer.first_published_at
    assert cache_version() > version_before  # cached pages go stale on commit
    to_asker = [m for m in mail.outbox if m.to == ["wang@example.org"]]
    assert len(to_asker) == 1  # (the others are Wagtail's moderation notices to staff)
    assert "家长携孩子户口簿" in to_asker[0].body
    assert f"/consultation/{message.pk}/" in to_asker[0].body

    # 4. Public: question, answer, unit, dates, masked name; never contact details.
    client.logout()
    html = client.get(index.url).content.decode()
    assert ASK["title"] in html and "西城区第一图书馆" in html
    assert "王**" in html and "王小明" not in html
    assert "13912345678" not in html and "wang@example.org" not in html
    assert re.search(r"答复日期.*\d{4}年\d+月\d+日", html)
    assert "收到" in html
