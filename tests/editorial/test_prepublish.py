"""Publishing or submitting a page with a phone number, an ID number or a forbidden word."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from editorial.models import ForbiddenWord
from editorial.personal_data import find_personal_data, is_valid_id_card
from editorial.prepublish import CONFIRM_PUBLISH

pytestmark = pytest.mark.django_db

VALID_ID = "11010519491231002X"  # the GB 11643 standard's own example number


@pytest.fixture
def boss(db):
    return get_user_model().objects.create_superuser("chief", "chief@example.org", "pw")


def post_new_page(client, home, body_html, action="action-publish", value="发布", title="测试页面"):
    data = nested_form_data(
        {
            "title": title,
            "slug": "test-page",
            "intro": "",
            "body": streamfield([("paragraph", rich_text(body_html))]),
            action: value,
        }
    )
    url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", home.pk))
    return client.post(url, data)


def test_patterns():
    assert is_valid_id_card(VALID_ID)
    assert not is_valid_id_card("110105194912310021")  # wrong checksum
    kinds = [
        m.kind for m in find_personal_data(f"电话 138-1234-5678，身份证 {VALID_ID}，邮箱 a@b.cn")
    ]
    assert kinds == ["id_card", "mobile", "email"]
    assert find_personal_data("ISBN 9787020002207，2026 年 10 月") == []
    assert [m.excerpt for m in find_personal_data("13812345678")] == ["138****5678"]


def test_phone_number_blocks_publishing_and_says_where(client, home, boss):
    client.force_login(boss)
    response = post_new_page(client, home, "<p>报名请致电 13812345678。</p>")
    assert response.status_code == 200  # the form again, with the reason
    html = response.content.decode()
    assert "手机号码" in html and "138****5678" in html
    assert "第 1 个内容块（段落）" in html
    assert not Page.objects.filter(slug="test-page").exists()


def test_id_number_blocks_even_when_confirmed(client, home, boss):
    client.force_login(boss)
    response = post_new_page(client, home, f"<p>获奖者身份证 {VALID_ID}</p>", value=CONFIRM_PUBLISH)
    assert response.status_code == 200
    assert "身份证号" in response.content.decode()
    assert not Page.objects.filter(slug="test-page").exists()


def test_saving_a_draft_is_not_checked(client, home, boss):
    client.force_login(boss)
    response = post_new_page(client, home, "<p>13812345678</p>", action="action-save", value="保存")
    assert response.status_code == 302
    page = Page.objects.get(slug="test-page")
    assert not page.live


def test_warning_words_can_be_published_after_confirming(client, home, boss):
    ForbiddenWord.objects.create(word="最佳", blocks_publishing=False, reason="广告法用语，请核实")
    client.force_login(boss)
    response = post_new_page(client, home, "<p>本区最佳阅读空间评选结果。</p>")
    assert response.status_code == 200
    html = response.content.decode()
    assert "需核实的用语" in html and "广告法用语" in html
    assert CONFIRM_PUBLISH in html  # the confirm action is offered
    response = post_new_page(
        client, home, "<p>本区最佳阅读空间评选结果。</p>", value=CONFIRM_PUBLISH
    )
    assert response.status_code == 302
    assert Page.objects.get(slug="test-page").live


def test_blocking_word_cannot_be_confirmed(client, home, boss):
    ForbiddenWord.objects.create(word="国家级", blocks_publishing=True)
    client.force_login(boss)
    response = post_new_page(client, home, "<p>国家级阅读空间</p>", value=CONFIRM_PUBLISH)
    assert response.status_code == 200
    assert "违禁词" in response.content.decode()


def test_honour_roll_names_are_fine(client, home, boss):
    client.force_login(boss)
    response = post_new_page(client, home, "<p>书香家庭：王建华家庭、李秀英家庭。</p>")
    assert response.status_code == 302
