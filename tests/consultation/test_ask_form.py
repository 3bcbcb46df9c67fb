"""Bad input gets form errors (4xx), nothing typed is lost; honeypot and rate limit."""

import pytest
from django.test import override_settings

from consultation.models import Message

pytestmark = pytest.mark.django_db

GOOD = {
    "category": "spaces",
    "title": "书房开放时间",
    "text": "周末开放吗？",
    "name": "李雷",
    "mobile": "13800001111",
    "consent": "on",
}


def test_list_page_has_no_form_and_no_cookie(client, index):
    response = client.get(index.url)
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert not response.cookies
    assert 'href="/consultation/ask/"' in response.content.decode()


def test_ask_page_is_never_cached(client, index):
    response = client.get(index.url + "ask/")
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.mark.parametrize(
    "change, field, error",
    [
        ({"mobile": "12345"}, "mobile", "11 位中国大陆手机号码"),
        ({"mobile": "23800001111"}, "mobile", "11 位中国大陆手机号码"),
        ({"consent": ""}, "consent", "勾选同意"),
        ({"category": "nonsense"}, "category", "类别"),
        ({"title": ""}, "title", "请填写“标题”"),
        ({"keep_private": "on"}, "email", "选择不公开时"),
        ({"email": "not-an-email"}, "email", "有效的电子邮箱"),
    ],
)
def test_bad_input_is_a_400_with_the_reason_and_keeps_what_was_typed(
    client, index, change, field, error
):
    data = {**GOOD, **change}
    response = client.post(index.url + "ask/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert error in html
    assert "周末开放吗？" in html  # nothing typed is lost
    assert not Message.objects.exists()


def test_honeypot_stores_nothing(client, index):
    response = client.post(index.url + "ask/", {**GOOD, "hp_homepage_url": "http://spam"})
    assert response.status_code == 302
    assert not Message.objects.exists()


@override_settings(FORM_RATE_LIMIT=2)
def test_rate_limit_answers_429(client, index):
    for number in range(2):
        assert (
            client.post(index.url + "ask/", {**GOOD, "title": f"问题{number}"}).status_code == 302
        )
    response = client.post(index.url + "ask/", {**GOOD, "title": "第三个"})
    assert response.status_code == 429
    assert "第三个" in response.content.decode()
    assert Message.objects.count() == 2


def test_unknown_filter_values_give_a_message_not_an_error(client, index):
    response = client.get(index.url, {"category": "xx", "year": "abc"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "没有“xx”这个类别" in html
    assert "不是有效的年份" in html
