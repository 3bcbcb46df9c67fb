"""Editors can open the add and edit forms of every programmes page type."""

import pytest

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from brands.factories import ReadingBrandIndexPageFactory, ReadingBrandPageFactory
from campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    add_stages,
    standard_stages,
)
from honours.factories import HonourRollIndexPageFactory, HonourRollPageFactory, add_honourees

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.indexes
def test_add_and_edit_forms_open(admin_client, home):
    import datetime

    news = ArticleIndexPageFactory(parent=home, slug="news")
    brands = ReadingBrandIndexPageFactory(parent=home, slug="brands")
    campaigns = CampaignIndexPageFactory(parent=home, slug="family")
    honours = HonourRollIndexPageFactory(parent=home, slug="honours")
    campaign = add_stages(
        CampaignPageFactory(parent=campaigns), standard_stages(datetime.date(2026, 3, 1))
    )
    pages = [
        home,
        news,
        ArticlePageFactory(parent=news, tag_names=["亲子阅读"]),
        brands,
        ReadingBrandPageFactory(parent=brands),
        campaigns,
        campaign,
        honours,
        add_honourees(HonourRollPageFactory(parent=honours, campaign=campaign), [{"name": "示例"}]),
    ]
    for page in pages:
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page
    for parent, model in (
        (news, "articlepage"),
        (brands, "readingbrandpage"),
        (campaigns, "campaignpage"),
        (honours, "honourrollpage"),
    ):
        app = {
            "articlepage": "articles",
            "readingbrandpage": "brands",
            "campaignpage": "campaigns",
        }.get(model, "honours")
        response = admin_client.get(f"/admin/pages/add/{app}/{model}/{parent.pk}/")
        assert response.status_code == 200, model
