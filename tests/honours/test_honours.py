import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from honours.factories import (
    HonourRollIndexPageFactory,
    HonourRollPageFactory,
    add_honourees,
)
from tests.articles.jsonld import json_ld_objects, json_ld_of_type
from tests.cache import clear_cache

pytestmark = pytest.mark.django_db


@pytest.fixture
def roll_index(home):
    return HonourRollIndexPageFactory(parent=home, slug="honours")


def people(n, kind="person"):
    return [
        {"name": f"示例{kind}{i}", "kind": kind, "affiliation": "示例街道", "citation": "事迹。"}
        for i in range(n)
    ]


def test_index_groups_rolls_by_year(client, roll_index):
    HonourRollPageFactory(parent=roll_index, title="二〇二四名单", year=2024)
    HonourRollPageFactory(parent=roll_index, title="二〇二五名单", year=2025, category="space")
    html = client.get(roll_index.url).content.decode()
    assert html.index("2025 年度") < html.index("二〇二五名单") < html.index("2024 年度")
    assert html.index("2024 年度") < html.index("二〇二四名单")


@pytest.mark.parametrize(
    "query, shown, hidden",
    [
        ({"year": "2024"}, "二〇二四名单", "二〇二五名单"),
        ({"category": "space"}, "二〇二五名单", "二〇二四名单"),
    ],
)
def test_index_filters(client, roll_index, query, shown, hidden):
    HonourRollPageFactory(parent=roll_index, title="二〇二四名单", year=2024)
    HonourRollPageFactory(parent=roll_index, title="二〇二五名单", year=2025, category="space")
    html = client.get(roll_index.url, query).content.decode()
    assert shown in html and hidden not in html


@pytest.mark.parametrize(
    "query, message",
    [
        ({"year": "abc"}, "“abc”不是有效的年份"),
        ({"year": "1800"}, "不是有效的年份"),
        ({"year": "9" * 40}, "不是有效的年份"),
        ({"category": "heroes"}, "没有“heroes”这个类别"),
    ],
)
def test_bad_filters_answer_in_chinese(client, roll_index, query, message):
    HonourRollPageFactory(parent=roll_index, title="不应显示")
    response = client.get(roll_index.url, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html and "不应显示" not in html


def _count(client, url):
    clear_cache()
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


@pytest.mark.usefixtures("one_pixel_renditions")
def test_index_and_roll_query_counts_are_fixed(client, roll_index):
    roll = add_honourees(HonourRollPageFactory(parent=roll_index), people(3))
    few = (_count(client, roll_index.url), _count(client, roll.url))
    for year in range(2010, 2020):
        HonourRollPageFactory(parent=roll_index, year=year)
    add_honourees(roll, people(30, "organization"))
    many = (_count(client, roll_index.url), _count(client, roll.url))
    assert few == many


def test_roll_json_ld_is_an_item_list_of_people_and_organisations(client, roll_index):
    roll = add_honourees(
        HonourRollPageFactory(parent=roll_index), people(2) + people(1, "organization")
    )
    html = client.get(roll.url).content.decode()
    assert all(json_ld_objects(html))
    (item_list,) = json_ld_of_type(html, "ItemList")
    assert item_list["numberOfItems"] == 3
    items = [element["item"] for element in item_list["itemListElement"]]
    assert [element["position"] for element in item_list["itemListElement"]] == [1, 2, 3]
    assert [item["@type"] for item in items] == ["Person", "Person", "Organization"]
    assert items[0]["affiliation"] == {"@type": "Organization", "name": "示例街道"}
    assert items[2]["areaServed"] == "示例街道"


def test_roll_page_says_it_is_a_sample_and_links_the_campaign(client, roll_index, home):
    from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory

    campaign = CampaignPageFactory(
        parent=CampaignIndexPageFactory(parent=home, slug="family"), title="来源活动"
    )
    roll = add_honourees(HonourRollPageFactory(parent=roll_index, campaign=campaign), people(1))
    html = client.get(roll.url).content.decode()
    # The one sample note (includes/sample_note.html), shown while SHOW_DEMO_NOTICE is on.
    assert 'class="message sample-note"' in html
    assert "来源活动" in html and "示例person0" in html
