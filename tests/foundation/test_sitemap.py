"""The sitemap index: sections per language, split at the limit, fixed cost at any size."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.sitemaps import LanguageSitemap
from home.models import StandardPage
from search.bench.catalogue import add_pages

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def _pages(home, count):
    add_pages(home, StandardPage, [(f"页面 {n}", {"intro": "导语"}) for n in range(count)])


def _section_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/sitemap-pages-zh-hans.xml")
    assert response.status_code == 200
    return len(queries), len(ET.fromstring(response.content).findall("s:url", NS))


def test_section_query_count_does_not_grow_with_pages(client, home, home_en):
    _pages(home, 5)
    _section_queries(client)  # the first request fills per-process caches (locales, site)
    small, small_urls = _section_queries(client)
    _pages(home, 495)
    large, large_urls = _section_queries(client)
    assert large_urls == small_urls + 495
    assert small == large
    assert large <= 12


def test_index_query_count_is_fixed(client, home, home_en):
    _pages(home, 5)
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as few:
        client.get("/sitemap.xml")
    _pages(home, 300)
    with CaptureQueriesContext(connection) as many:
        client.get("/sitemap.xml")
    assert len(few) == len(many) <= 12


def test_sections_split_at_the_limit(client, home, monkeypatch):
    monkeypatch.setattr(LanguageSitemap, "limit", 4)
    _pages(home, 9)  # with the home page: 10 URLs → sections of 4, 4, 2
    index = ET.fromstring(client.get("/sitemap.xml").content)
    sections = [el.text for el in index.findall("s:sitemap/s:loc", NS)]
    chinese = [s for s in sections if "pages-zh-hans" in s]
    assert chinese == [
        "http://testserver/sitemap-pages-zh-hans.xml",
        "http://testserver/sitemap-pages-zh-hans.xml?p=2",
        "http://testserver/sitemap-pages-zh-hans.xml?p=3",
    ]
    last = ET.fromstring(client.get("/sitemap-pages-zh-hans.xml?p=3").content)
    assert len(last.findall("s:url", NS)) == 2


def test_drafts_and_restricted_pages_are_left_out(client, home):
    from wagtail.models import PageViewRestriction

    (secret,) = add_pages(home, StandardPage, [("内部页面", {})])
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    (draft,) = add_pages(home, StandardPage, [("草稿页面", {})])
    StandardPage.objects.filter(pk=draft.pk).update(live=False)
    body = client.get("/sitemap-pages-zh-hans.xml").content.decode()
    assert secret.slug not in body
    assert draft.slug not in body


@pytest.mark.parametrize(
    "url", ["/sitemap-nothing.xml", "/sitemap-pages-en.xml?p=99", "/sitemap-pages-en.xml?p=x"]
)
def test_unknown_sections_and_pages_are_404(client, home, url):
    assert client.get(url).status_code == 404
