"""The 编辑工作台 panel reads campaigns and events: stages ending this week, events with no
way to register."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from editorial.dashboard import EditorialPanel, week_bounds

pytestmark = pytest.mark.django_db

campaign_factories = pytest.importorskip("campaigns.factories")
event_factories = pytest.importorskip("events.factories")


def render(rf, user):
    request = rf.get("/admin/")
    request.user = user
    return EditorialPanel().render_html({"request": request, "csrf_token": ""})


def test_campaign_stages_ending_this_week_are_listed(rf, home, editor):
    index = campaign_factories.CampaignIndexPageFactory(parent=home, slug="family-reading")
    campaign = campaign_factories.CampaignPageFactory(parent=index, title="书香家庭评选（测试）")
    monday, sunday = week_bounds()
    campaign_factories.add_stages(
        campaign,
        [
            {
                "kind": "signup",
                "start_date": monday - datetime.timedelta(days=20),
                "end_date": sunday,
            },
            {
                "kind": "review",
                "start_date": sunday + datetime.timedelta(days=1),
                "end_date": sunday + datetime.timedelta(days=20),
            },
        ],
    )
    html = render(rf, editor)
    assert "书香家庭评选（测试）" in html
    assert f"{sunday.month}月{sunday.day}日结束" in html
    assert html.count("日结束") == 1  # the review stage ends later


def test_upcoming_events_without_registration_are_listed(rf, home, editor):
    index = event_factories.EventIndexPageFactory(parent=home, slug="events")
    soon = timezone.now() + datetime.timedelta(days=3)
    missing = event_factories.EventPageFactory(
        parent=index, title="没有报名方式的读书会", start=soon
    )
    linked = event_factories.EventPageFactory(
        parent=index,
        title="有报名链接的读书会",
        start=soon,
        registration_url="https://example.org/",
    )
    noted = event_factories.EventPageFactory(
        parent=index, title="无需报名的讲座", start=soon, registration_note="免费，无需报名"
    )
    past = event_factories.EventPageFactory(
        parent=index, title="已经结束的活动", start=timezone.now() - datetime.timedelta(days=3)
    )
    for page in (missing, linked, noted, past):
        page.save_revision().publish()
    html = render(rf, editor)
    assert "没有报名方式的读书会" in html
    for title in ("有报名链接的读书会", "无需报名的讲座", "已经结束的活动"):
        assert title not in html


def test_dashboard_shows_the_panel(client, editor):
    client.force_login(editor)
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "尚未设置报名方式的活动" in content
