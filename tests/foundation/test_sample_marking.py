"""Demo content is marked one way: is_sample + includes/sample_note.html, off in production."""

import pytest
from wagtail.models import Page

from core.models import SampleMixin

pytestmark = pytest.mark.django_db

# What marks something as a sample on a page: the note (sample_note.html, and the class the
# old hard-coded notes had), the banner and their words. (Demo content may still say in its
# own text that it is a sample; that is data, not marking, and does not exist in production.)
MARKS = (
    "sample-note",
    'class="demo-notice"',
    "本站为演示站点",
    "示例：此处内容为演示用的示例",
    "示例：本活动为演示用的示例",
    "示例：本空间为演示用的示例",
)


def one_live_page_per_type():
    """The first live page of every page type, in both languages, on the demo site."""
    seen, pages = set(), []
    for page in Page.objects.live().filter(depth__gt=1).order_by("path").specific(defer=True):
        key = (page.content_type_id, page.locale_id)
        if key not in seen:
            seen.add(key)
            pages.append(page)
    return pages


def test_no_sample_marking_anywhere_when_the_demo_notice_is_off(demo, client, settings):
    settings.SHOW_DEMO_NOTICE = False
    pages = one_live_page_per_type()
    types = {type(page).__name__ for page in pages}
    # Every kind of page the demo makes, including the sample spaces, events and people.
    assert {
        "HomePage",
        "ReadingSpacePage",
        "ReadingSpaceIndexPage",
        "EventPage",
        "EventIndexPage",
        "ReadingPromoterPage",
        "ReadingBrandPage",
        "CampaignPage",
        "HonourRollPage",
    } <= types
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        found = [mark for mark in MARKS if mark in html]
        assert not found, (page.url, found)


def test_sample_pages_say_so_while_the_demo_notice_is_on(demo, client, settings):
    settings.SHOW_DEMO_NOTICE = True
    samples = [
        page
        for page in one_live_page_per_type()
        if isinstance(page, SampleMixin) and page.locale.language_code == "zh-hans"
    ]
    assert {type(page).__name__ for page in samples} >= {
        "ReadingSpacePage",
        "EventPage",
        "ReadingPromoterPage",
        "ReadingBrandPage",
        "CampaignPage",
        "HonourRollPage",
    }
    for page in samples:
        assert page.is_sample, page.url
        html = client.get(page.url).content.decode()
        assert html.count('class="message sample-note"') == 1, page.url
        # The title itself no longer carries the marker: is_sample does.
        assert "（示例）" not in page.title, page.title


def test_a_real_page_of_a_sample_capable_type_is_not_marked(client, home, settings):
    from spaces.factories import ReadingSpaceIndexPageFactory, ReadingSpacePageFactory

    settings.SHOW_DEMO_NOTICE = True
    finder = ReadingSpaceIndexPageFactory(parent=home, slug="spaces")
    space = ReadingSpacePageFactory(parent=finder, title="西城区图书馆", is_sample=False)
    # Only the site-wide banner (SHOW_DEMO_NOTICE) remains; nothing says this place is a sample.
    assert "sample-note" not in client.get(space.url).content.decode()
    assert "sample-note" not in client.get(finder.url).content.decode()
