import io
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from wagtail.models import Page

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_both_languages_with_alternates(client, home, home_en):
    index = ET.fromstring(client.get("/sitemap.xml").content)
    sections = [el.text for el in index.findall("s:sitemap/s:loc", NS)]
    assert sections == [
        "http://testserver/sitemap-pages-zh-hans.xml",
        "http://testserver/sitemap-pages-en.xml",
    ]
    locations, hreflangs = [], set()
    for section in sections:
        response = client.get(section.removeprefix("http://testserver"))
        assert response.status_code == 200
        root = ET.fromstring(response.content)
        locations += [el.text for el in root.findall("s:url/s:loc", NS)]
        hreflangs |= {link.get("hreflang") for link in root.findall("s:url/x:link", NS)}
    assert "http://localhost/" in locations
    assert "http://localhost/en/" in locations
    assert hreflangs == {"zh-hans", "en"}


def test_robots_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_load_demo_is_idempotent(client):
    call_command("load_demo", stdout=io.StringIO())
    first = Page.objects.count()
    revisions = sorted(Page.objects.values_list("id", "latest_revision_id"))
    call_command("load_demo", stdout=io.StringIO())
    assert Page.objects.count() == first
    assert sorted(Page.objects.values_list("id", "latest_revision_id")) == revisions
    assert first >= 5


def test_demo_publishes_the_policy_document(demo, client):
    response = client.get("/policy-2017/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "西政办发〔2017〕26 号" in html
    assert "33.开展西城区特色阅读空间和阅读推广人推优活动" in html
    assert "示例内容" in html


def test_demo_menu_is_translated(demo, client):
    html = client.get("/en/").content.decode()
    assert 'class="main-menu"' in html
    assert ">Home<" in html
