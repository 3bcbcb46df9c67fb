"""Each public form: good input is stored, bad input comes back in Chinese with what was typed,
bots filling the honeypot are thanked and dropped, and each address is rate limited."""

import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from engagement.forms import CONSENT_FIELD, HONEYPOT_FIELD

pytestmark = pytest.mark.django_db


def names(page):
    return {field.label: field.clean_name for field in page.form_fields.all()}


def good_input(page):
    n = names(page)
    kind = page.kind
    if kind == "survey":
        data = {
            n["您最常使用哪项阅读服务"]: "社区书屋或书香驿站",
            n["总体满意度"]: "满意",
            n["开放时间是否方便"]: "非常满意",
            n["意见和建议"]: "希望周末多开一些亲子活动。",
        }
    elif kind == "feedback":
        data = {
            n["称呼"]: "张女士",
            n["留言类型"]: "建议",
            n["留言内容"]: "社区书屋的开放时间能否延长到晚上八点？",
            n["联系电话"]: "13800000000",
            CONSENT_FIELD: "on",
        }
    elif kind == "donation":
        data = {
            n["姓名"]: "李先生",
            n["联系电话"]: "010-66000000",
            n["您想"]: "捐赠图书",
            n["图书清单"]: "《边城》沈从文，人民文学出版社",
            n["大约册数"]: "12",
            CONSENT_FIELD: "on",
        }
    elif kind == "signup":
        data = {
            n["联系人姓名"]: "孙女士",
            n["手机号码"]: "13700000000",
            n["所在街道"]: "牛街",
            n["家庭成员"]: "爸爸、妈妈、儿子（8 岁）",
            n["我家的阅读故事"]: "每晚睡前一起读二十分钟。",
            CONSENT_FIELD: "on",
        }
    else:
        data = {
            n["姓名"]: "赵老师",
            n["手机号码"]: "13912345678",
            n["电子邮箱"]: "zhao@example.org",
            n["工作单位或学校"]: "示例小学",
            n["推广专长"]: ["亲子阅读", "绘本讲读"],
            n["可服务时间"]: ["周末"],
            CONSENT_FIELD: "on",
        }
    return data


def bad_input(page):
    """Required fields left out, a malformed phone or e-mail, no consent."""
    n = names(page)
    if page.kind == "survey":
        return {n["意见和建议"]: "只写了建议", n["总体满意度"]: "不存在的选项"}, "只写了建议"
    if page.kind == "feedback":
        return {n["称呼"]: "王先生", n["联系电话"]: "12345"}, "王先生"
    if page.kind == "donation":
        return {n["姓名"]: "李先生", n["大约册数"]: "很多"}, "李先生"
    if page.kind == "signup":
        return {n["联系人姓名"]: "孙女士", n["所在街道"]: "不存在的街道"}, "孙女士"
    return {n["姓名"]: "赵老师", n["电子邮箱"]: "not-an-email", n["手机号码"]: "abc"}, "赵老师"


KINDS = ["survey", "feedback", "donation", "promoter", "signup"]


@pytest.mark.parametrize("kind", KINDS)
def test_good_input_is_stored_and_confirmed(client, forms, kind):
    page = forms[kind]
    response = client.post(page.url, good_input(page))
    assert response.status_code == 200
    content = response.content.decode()
    assert page.thank_you_title in content
    submission = FormSubmission.objects.get(page=page)
    data = submission.get_data()
    assert HONEYPOT_FIELD not in submission.form_data
    if page.needs_consent:
        assert data[CONSENT_FIELD] == "已同意"
    assert (
        response["Cache-Control"].startswith(("no-cache", "max-age=0"))
        or "no-store" in response["Cache-Control"]
    )


@pytest.mark.parametrize("kind", KINDS)
def test_bad_input_comes_back_with_chinese_errors_and_nothing_lost(client, forms, kind):
    page = forms[kind]
    data, typed = bad_input(page)
    response = client.post(page.url, data)
    assert response.status_code == 200
    content = response.content.decode()
    assert "表单中有内容需要修改" in content
    assert "请填写“" in content or "请选择“" in content  # names the missing field
    assert typed in content  # what was typed is shown again
    assert not FormSubmission.objects.filter(page=page).exists()


def test_specific_messages_for_phone_email_number_and_consent(client, forms):
    page = forms["promoter"]
    data, _ = bad_input(page)
    content = client.post(page.url, data).content.decode()
    assert "请填写有效的手机号码或固定电话" in content
    assert "请填写有效的电子邮箱" in content
    assert "请阅读《个人信息保护说明》并勾选同意后再提交" in content
    donation = forms["donation"]
    data, _ = bad_input(donation)
    assert "“大约册数”请填写数字" in client.post(donation.url, data).content.decode()


def test_consent_is_required_even_with_every_other_field_right(client, forms):
    page = forms["promoter"]
    data = good_input(page)
    del data[CONSENT_FIELD]
    content = client.post(page.url, data).content.decode()
    assert "请阅读《个人信息保护说明》并勾选同意后再提交" in content
    assert not FormSubmission.objects.exists()


def test_consent_box_links_to_the_privacy_notice(client, forms, privacy):
    content = client.get(forms["promoter"].url).content.decode()
    assert f'href="{privacy.url}"' in content
    assert f'name="{CONSENT_FIELD}"' in content
    # The anonymous survey asks for no personal data and no consent.
    assert f'name="{CONSENT_FIELD}"' not in client.get(forms["survey"].url).content.decode()


def test_honeypot_is_hidden_from_people(client, forms):
    content = client.get(forms["feedback"].url).content.decode()
    assert 'class="hp-field" aria-hidden="true"' in content
    assert 'tabindex="-1"' in content and 'autocomplete="off"' in content


@pytest.mark.parametrize("kind", KINDS)
def test_honeypot_submissions_are_thanked_and_dropped(client, forms, kind):
    page = forms[kind]
    data = {**good_input(page), HONEYPOT_FIELD: "http://spam.example"}
    response = client.post(page.url, data)
    assert response.status_code == 200
    assert page.thank_you_title in response.content.decode()
    assert not FormSubmission.objects.filter(page=page).exists()


@pytest.mark.parametrize("kind", KINDS)
def test_each_address_is_rate_limited_per_form(client, forms, kind, settings):
    settings.FORM_RATE_LIMIT = 3
    page = forms[kind]
    for _ in range(3):
        assert client.post(page.url, good_input(page)).status_code == 200
    data = good_input(page)
    response = client.post(page.url, data)
    assert response.status_code == 429
    content = response.content.decode()
    assert "提交过于频繁" in content and "10 分钟内最多可提交 3 次" in content
    first_value = next(v for v in data.values() if isinstance(v, str) and v != "on")
    assert first_value in content  # what was typed is still there
    assert FormSubmission.objects.filter(page=page).count() == 3
    # Another address, and another form, are not affected.
    other = client.post(page.url, good_input(page), REMOTE_ADDR="10.0.0.2")
    assert other.status_code == 200
    other_form = forms["feedback" if kind != "feedback" else "survey"]
    assert client.post(other_form.url, good_input(other_form)).status_code == 200


def test_invalid_attempts_do_not_use_up_the_limit(client, forms, settings):
    settings.FORM_RATE_LIMIT = 2
    page = forms["feedback"]
    for _ in range(5):
        client.post(page.url, {})
    assert client.post(page.url, good_input(page)).status_code == 200


def test_notification_email_is_optional(client, forms):
    page = forms["feedback"]
    client.post(page.url, good_input(page))
    assert mail.outbox == []
    # Only an administrator sets the address, and it is stored at once, outside revisions
    # (issue 18): a published revision can never change it.
    type(page).objects.filter(pk=page.pk).update(to_address="staff@example.org")
    page.refresh_from_db()
    client.post(page.url, good_input(page))
    (message,) = mail.outbox
    assert message.subject == "书香西城：意见留言 有新的提交"
    assert "张女士" in message.body and "http://spam" not in message.body


def test_hostile_form_input_is_a_form_error_not_a_server_error(client, forms):
    page = forms["feedback"]
    n = names(page)
    data = {**good_input(page), n["留言内容"]: "书" * 50_000, n["称呼"]: "\x00<script>"}
    response = client.post(page.url, data)
    assert response.status_code in (200, 400)
    assert not FormSubmission.objects.exists()


def test_form_pages_are_never_cached(client, forms):
    response = client.get(forms["survey"].url)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
