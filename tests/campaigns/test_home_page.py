"""The home page's sections: editor's choices, fallbacks, and a fixed number of queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from brands.factories import ReadingBrandIndexPageFactory, ReadingBrandPageFactory
from campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    add_stages,
    standard_stages,
)
from core.factories import ImageFactory
from honours.factories import HonourRollIndexPageFactory, HonourRollPageFactory, add_honourees
from recommendations.factories import BookListPageFactory, RecommendationIndexPageFactory
from tests.cache import clear_cache

pytestmark = pytest.mark.django_db


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def indexes(home):
    return {
        "articles": ArticleIndexPageFactory(parent=home, slug="news"),
        "brands": ReadingBrandIndexPageFactory(parent=home, slug="brands"),
        "campaigns": CampaignIndexPageFactory(parent=home, slug="family"),
        "honours": HonourRollIndexPageFactory(parent=home, slug="honours"),
        "books": RecommendationIndexPageFactory(parent=home, slug="books"),
    }


def add_content(indexes, n, year=2020):
    for i in range(n):
        ArticlePageFactory(
            parent=indexes["articles"], lead_image=ImageFactory(), tag_names=["亲子阅读"]
        )
        ReadingBrandPageFactory(parent=indexes["brands"], logo=ImageFactory())
        campaign = CampaignPageFactory(parent=indexes["campaigns"], cover_image=ImageFactory())
        add_stages(campaign, standard_stages(days(-400 - 10 * i)))
        roll = HonourRollPageFactory(parent=indexes["honours"], year=year - i, campaign=campaign)
        add_honourees(roll, [{"name": f"示例{i}"}])
        BookListPageFactory(parent=indexes["books"], image=ImageFactory(), year=year - i)


def count_queries(client, url="/"):
    clear_cache()
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.usefixtures("one_pixel_renditions")
def test_home_query_count_does_not_grow_with_content(client, home, indexes):
    add_content(indexes, 2)
    few = count_queries(client)
    add_content(indexes, 12, year=2010)
    many = count_queries(client)
    assert few == many
    # Editors' choices cost the same whatever the amount of content.
    brands = list(indexes["brands"].get_children().live().specific())
    for brand in brands[:3]:
        home.home_brands.create(brand=brand)
    home.featured_campaign = indexes["campaigns"].get_children().first().specific
    home.featured_honour_roll = indexes["honours"].get_children().last().specific
    home.pinned_article = indexes["articles"].get_children().last().specific
    home.featured_book_list = indexes["books"].get_children().last().specific
    home.save_revision().publish()
    chosen = count_queries(client)
    add_content(indexes, 5, year=2000)
    assert count_queries(client) == chosen
    print(f"home page queries: {few} (latest), {chosen} (editor's choices)")


def test_home_falls_back_to_the_live_campaign_and_latest_content(client, home, indexes):
    add_stages(
        CampaignPageFactory(parent=indexes["campaigns"], title="已结束的评选"),
        standard_stages(days(-300)),
    )
    add_stages(
        CampaignPageFactory(parent=indexes["campaigns"], title="报名中的评选"),
        standard_stages(days(-3)),
    )
    add_stages(
        CampaignPageFactory(parent=indexes["campaigns"], title="明年的评选"),
        standard_stages(days(300)),
    )
    HonourRollPageFactory(parent=indexes["honours"], title="旧名单", year=2023)
    HonourRollPageFactory(parent=indexes["honours"], title="新名单", year=2025)
    ArticlePageFactory(parent=indexes["articles"], title="旧闻", date=days(-30))
    ArticlePageFactory(parent=indexes["articles"], title="新闻一则", date=days(0))
    ReadingBrandPageFactory(parent=indexes["brands"], title="示例品牌甲")
    html = client.get("/").content.decode()
    assert "报名中的评选" in html and "报名中" in html
    assert "已结束的评选" not in html and "明年的评选" not in html
    assert "新名单" in html and "旧名单" not in html
    assert html.index("新闻一则") < html.index("旧闻")
    assert "示例品牌甲" in html
    assert 'href="/news/"' in html and 'href="/honours/"' in html


def test_editor_choices_override_the_fallbacks(client, home, indexes):
    old = add_stages(
        CampaignPageFactory(parent=indexes["campaigns"], title="已结束的评选"),
        standard_stages(days(-300)),
    )
    add_stages(
        CampaignPageFactory(parent=indexes["campaigns"], title="报名中的评选"),
        standard_stages(days(-3)),
    )
    old_roll = HonourRollPageFactory(parent=indexes["honours"], title="旧名单", year=2023)
    HonourRollPageFactory(parent=indexes["honours"], title="新名单", year=2025)
    pinned = ArticlePageFactory(parent=indexes["articles"], title="置顶的旧文", date=days(-300))
    for i in range(5):
        ArticlePageFactory(parent=indexes["articles"], title=f"新文{i}", date=days(-i))
    brand_a = ReadingBrandPageFactory(parent=indexes["brands"], title="品牌甲")
    brand_b = ReadingBrandPageFactory(parent=indexes["brands"], title="品牌乙")
    ReadingBrandPageFactory(parent=indexes["brands"], title="品牌丙")
    home.featured_campaign = old
    home.featured_honour_roll = old_roll
    home.pinned_article = pinned
    home.article_count = 3
    home.home_brands.create(brand=brand_b, sort_order=0)
    home.home_brands.create(brand=brand_a, sort_order=1)
    home.save_revision().publish()
    html = client.get("/").content.decode()
    assert "已结束的评选" in html and "报名中的评选" not in html
    assert "旧名单" in html and "新名单" not in html
    assert html.index("置顶的旧文") < html.index("新文0") < html.index("新文1")
    assert "新文2" not in html
    assert html.index("品牌乙") < html.index("品牌甲") and "品牌丙" not in html


def test_english_home_shows_english_content_only(client, home_en, indexes, locale_en):
    ArticlePageFactory(parent=indexes["articles"], title="只有中文的文章")
    html = client.get("/en/").content.decode()
    assert "只有中文的文章" not in html
