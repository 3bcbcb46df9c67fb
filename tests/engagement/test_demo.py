"""The forms and promoters demo: what `make run` shows, made once however often it runs."""

import pytest
from wagtail.models import Page

from core.demo_context import DemoContext
from engagement.models import FormPage

pytestmark = pytest.mark.django_db


def load_all():
    from engagement import demo as engagement_demo
    from home import demo as home_demo
    from promoters import demo as promoters_demo

    ctx = DemoContext()
    for module in (home_demo, promoters_demo, engagement_demo):
        module.load(ctx)
    return ctx


def test_demo_forms_and_promoters_are_made_once(client, demo):
    load_all()  # again, after the demo fixture's load_demo
    forms = {page.slug: page for page in FormPage.objects.filter(locale__language_code="zh-hans")}
    assert set(forms) == {
        "satisfaction-survey",
        "feedback",
        "book-donation",
        "promoter-application",
        "family-reading-signup",
    }
    assert forms["feedback"].form_fields.count() == 5
    privacy = Page.objects.get(slug="privacy", locale__language_code="zh-hans")
    assert all(page.privacy_notice.pk == privacy.pk for page in forms.values())
    for page in forms.values():
        assert client.get(page.url).status_code == 200

    from promoters.models import ReadingPromoterIndexPage, ReadingPromoterPage

    directory = ReadingPromoterIndexPage.objects.get(locale__language_code="zh-hans")
    assert directory.application_page_id == forms["promoter-application"].pk
    promoters = ReadingPromoterPage.objects.live()
    assert promoters.count() == 8
    assert all(p.is_sample for p in promoters)
    content = client.get(directory.url).content.decode()
    assert "我想成为阅读推广人" in content and content.count('class="card promoter-card"') == 8
