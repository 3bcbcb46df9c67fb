import json
import re

import pytest
from django.urls import reverse

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def json_ld_blocks(html):
    return [
        json.loads(m)
        for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def test_home_in_chinese(client, home):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="zh-Hans"' in html
    assert "书香西城" in html
    assert 'href="#main"' in html  # skip link


def test_home_in_english(client, home_en):
    response = client.get("/en/")
    assert response.status_code == 200
    assert '<html lang="en"' in response.content.decode()
    assert "Scholarly Xicheng" in response.content.decode()


def test_language_switch_links_to_translation(client, home, home_en):
    about = StandardPageFactory(parent=home, title="关于", slug="about")
    about_en = about.copy_for_translation(home_en.locale)
    about_en.title = "About"
    about_en.save_revision().publish()
    html = client.get("/about/").content.decode()
    assert 'href="/en/about/" hreflang="en"' in html
    html_en = client.get("/en/about/").content.decode()
    assert 'href="/about/" hreflang="zh-hans"' in html_en


def test_language_switch_falls_back_to_home(client, home, home_en):
    page = StandardPageFactory(parent=home, title="只有中文", slug="only-zh")
    html = client.get("/only-zh/").content.decode()
    # The nearest translated ancestor, remembering where the reader came from (issue 12).
    assert f'href="/en/?from_page={page.pk}" hreflang="en"' in html


def test_standard_page_renders_blocks_and_breadcrumbs(client, home):
    page = StandardPageFactory(
        parent=home,
        title="政策文件",
        slug="policy",
        document_number="西政办发〔2017〕26 号",
        body=[
            ("heading", {"text": "一、指导思想", "level": "h2"}),
            ("paragraph", "<p>全面贯彻</p>"),
        ],
    )
    response = client.get(page.url)
    html = response.content.decode()
    assert '<h2 class="block-heading">一、指导思想</h2>' in html
    assert "西政办发〔2017〕26 号" in html
    crumbs = [b for b in json_ld_blocks(html) if b["@type"] == "BreadcrumbList"][0]
    assert [item["name"] for item in crumbs["itemListElement"]] == ["书香西城", "政策文件"]


def test_no_inline_scripts_and_strict_csp(client, home):
    response = client.get("/")
    html = response.content.decode()
    scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
    assert all('type="application/ld+json"' in attrs for attrs in scripts), scripts
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Frame-Options"] == "DENY"


def test_404_page_in_site_look(client, home):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "页面不存在" in html
    assert 'class="site-header"' in html


def test_500_page_renders_without_database(rf):
    from core.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "服务器暂时出错" in response.content.decode()


def test_admin_login_in_chinese(client):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    assert "登录" in response.content.decode()


def test_display_preferences_toggle_and_render(client, home):
    response = client.get("/display/", {"toggle": "large", "next": "/"})
    assert response.status_code == 302
    assert response["Location"] == "/"
    html = client.get("/").content.decode()
    assert 'class="pref-large"' in html
    client.get("/display/", {"toggle": "contrast", "next": "/"})
    assert 'class="pref-contrast pref-large"' in client.get("/").content.decode()


def test_display_preferences_refuse_offsite_redirect(client):
    response = client.get("/display/", {"toggle": "large", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_anonymous_pages_are_shareable_without_varying_on_cookie(client, home):
    # The page cache keys on the display-preference cookie alone (core.pagecache), so
    # anonymous pages do not vary on every cookie (which would defeat a CDN).
    response = client.get("/")
    assert "public" in response["Cache-Control"]
    assert "s-maxage=60" in response["Cache-Control"]
    assert "Cookie" not in response.get("Vary", "")
