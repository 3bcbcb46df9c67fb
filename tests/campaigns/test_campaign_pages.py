import datetime

import pytest
from django.utils import timezone

from campaigns.factories import CampaignPageFactory, add_stages, standard_stages
from home.factories import StandardPageFactory
from honours.factories import HonourRollIndexPageFactory, HonourRollPageFactory
from tests.articles.jsonld import json_ld_of_type

pytestmark = pytest.mark.django_db


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def open_campaign(campaign_index, home):
    form = StandardPageFactory(parent=home, slug="signup-form", title="报名表")
    campaign = CampaignPageFactory(
        parent=campaign_index,
        title="示例书香家庭评选",
        participation_page=form,
        participation_label="填写报名表",
    )
    return add_stages(campaign, standard_stages(days(-5), lengths=(10, 10, 5, 1)))


def test_open_campaign_shows_status_days_left_and_the_form_link(client, open_campaign):
    html = client.get(open_campaign.url).content.decode()
    assert "报名中" in html
    assert "报名还剩 4 天" in html
    assert 'aria-current="step"' in html
    assert 'href="/signup-form/"' in html and "填写报名表" in html


def test_finished_campaign_links_its_honour_roll_and_hides_the_form(client, campaign_index, home):
    campaign = CampaignPageFactory(
        parent=campaign_index, participation_url="https://example.org/form"
    )
    add_stages(campaign, standard_stages(days(-100)))
    rolls = HonourRollIndexPageFactory(parent=home, slug="honours")
    HonourRollPageFactory(parent=rolls, title="示例名单", campaign=campaign)
    html = client.get(campaign.url).content.decode()
    assert "已结束" in html and "报名已截止" in html
    assert "https://example.org/form" not in html
    assert "示例名单" in html


def test_upcoming_campaign_counts_down(client, campaign_index):
    campaign = add_stages(CampaignPageFactory(parent=campaign_index), standard_stages(days(3)))
    html = client.get(campaign.url).content.decode()
    assert "未开始" in html and "距报名开始还有 3 天" in html


def test_index_lists_live_campaigns_first(client, campaign_index):
    add_stages(
        CampaignPageFactory(parent=campaign_index, title="往年评选"), standard_stages(days(-200))
    )
    add_stages(
        CampaignPageFactory(parent=campaign_index, title="今年评选"), standard_stages(days(-1))
    )
    html = client.get(campaign_index.url).content.decode()
    assert html.index("今年评选") < html.index("往年评选")
    assert client.get(campaign_index.url, {"page": "abc"}).status_code == 200


def test_campaign_json_ld_is_an_event_with_stages(client, open_campaign):
    html = client.get(open_campaign.url).content.decode()
    events = json_ld_of_type(html, "Event")
    assert len(events) == 1
    event = events[0]
    assert event["startDate"] == days(-5).isoformat()
    assert [sub["name"].split(" · ")[1] for sub in event["subEvent"]] == [
        "报名",
        "评选",
        "公示",
        "表彰",
    ]


def test_stage_end_before_start_is_a_form_error():
    from django.core.exceptions import ValidationError

    from campaigns.models import CampaignStage

    stage = CampaignStage(kind="signup", start_date=days(5), end_date=days(1))
    with pytest.raises(ValidationError) as error:
        stage.clean()
    assert "结束日期不能早于开始日期" in str(error.value)
