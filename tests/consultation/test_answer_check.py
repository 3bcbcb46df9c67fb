"""Answers go through the same pre-publish check as pages: no phone or ID numbers."""

import pytest
from django.urls import reverse

from consultation.factories import MessageFactory
from consultation.models import Answer

pytestmark = pytest.mark.django_db


def test_answer_with_a_private_phone_number_cannot_be_submitted(client, replier):
    message = MessageFactory()
    client.force_login(replier)
    response = client.post(
        reverse("wagtailsnippets_consultation_answer:add"),
        {
            "message": message.pk,
            "unit": "西城区第一图书馆",
            "body": "请直接联系王老师 13811112222。",
            "action-submit": "提交审核",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "138****2222" in html and "不能公开发布" in html
    assert "13811112222" in html  # what was typed stays in the form, nothing lost
    assert not Answer.objects.exists()


def test_phone_number_in_the_public_question_is_caught_too(client, replier):
    message = MessageFactory(text="我的电话是 13955556666，请回电。")
    client.force_login(replier)
    response = client.post(
        reverse("wagtailsnippets_consultation_answer:add"),
        {
            "message": message.pk,
            "unit": "西城区第一图书馆",
            "body": "已回电。",
            "action-submit": "1",
        },
    )
    assert response.status_code == 200
    assert "居民留言的内容（请在“留言”中修改）" in response.content.decode()
