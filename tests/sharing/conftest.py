import re

import pytest
from wagtail.models import PageViewRestriction

from core.factories import ImageFactory
from core.models import SiteSettings
from home.factories import StandardPageFactory


@pytest.fixture
def page(home):
    return StandardPageFactory(
        parent=home, title="春季推荐书单发布", slug="spring-list", intro="十二本适合春天读的书。"
    )


@pytest.fixture
def draft(home):
    page = StandardPageFactory(parent=home, title="草稿页", slug="draft-page", live=False)
    return page


@pytest.fixture
def private(home):
    page = StandardPageFactory(parent=home, title="内部页", slug="private-page")
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    return page


@pytest.fixture
def site_settings(site):
    settings = SiteSettings.for_site(site)
    settings.default_description = "站点默认描述。"
    settings.default_share_image = ImageFactory(title="默认分享图", size=(1600, 900))
    settings.save()
    return settings


def meta_content(html, attribute, name):
    """The content of <meta {attribute}="{name}" content="…">, or None."""
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    return match.group(1) if match else None


def meta_all(html, attribute, name):
    return re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
