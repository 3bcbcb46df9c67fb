"""Every live English page of the demo (and /en/ search and 404): no Chinese left outside
elements marked lang="zh-Hans". The browser module checks one page per type against a served
demo; this checks them all in the suite."""

import pytest
from wagtail.models import Page

from tests.design.english import KNOWN, untranslated

pytestmark = pytest.mark.django_db


def test_every_english_page_marks_or_translates_its_chinese(demo, client):
    pages = Page.objects.live().filter(depth__gt=1, locale__language_code="en").specific()
    paths = [page.url for page in pages if page.url] + [
        "/en/search/?q=reading",
        "/en/no-such-page/",
    ]
    assert len(paths) > 20  # the demo has an English version of every section
    leftovers = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        found = [
            item
            for item in untranslated(response.content.decode())
            if not item.startswith(KNOWN.get(path, ("\0",)))
        ]
        if found:
            leftovers[path] = found[:5]
    assert not leftovers, "\n".join(f"{path}: {found}" for path, found in leftovers.items())
