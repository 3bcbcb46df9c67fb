"""Canonical URL, description fallbacks, Open Graph, Twitter card and the home page's JSON-LD."""

import json
import re

import pytest
from django.test import override_settings

from core.factories import ImageFactory
from home.factories import StandardPageFactory

from .conftest import meta_all, meta_content

pytestmark = pytest.mark.django_db


def get_html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_description_falls_back_search_description_then_intro_then_site_default(
    client, home, site_settings
):
    page = StandardPageFactory(
        parent=home, slug="a", search_description="搜索描述。", intro="导语。"
    )
    html = get_html(client, "/a/")
    assert meta_content(html, "name", "description") == "搜索描述。"
    assert meta_content(html, "property", "og:description") == "搜索描述。"
    assert meta_content(html, "name", "twitter:description") == "搜索描述。"

    page.search_description = ""
    page.save_revision().publish()
    assert meta_content(get_html(client, "/a/"), "name", "description") == "导语。"

    page.intro = ""
    page.save_revision().publish()
    assert meta_content(get_html(client, "/a/"), "name", "description") == "站点默认描述。"


def test_share_image_falls_back_share_image_then_main_image_then_site_default(
    client, home, site_settings
):
    # Main image: the home page's hero image.
    home.hero_image = ImageFactory(title="首页横幅", size=(1600, 700))
    home.save_revision().publish()
    html = get_html(client, "/")
    assert "fill-1200x630" in meta_content(html, "property", "og:image")
    assert meta_content(html, "property", "og:image:alt") == "首页横幅"

    # The page's own share image wins over the main image.
    home.social_image = ImageFactory(title="分享专用图", size=(1300, 700))
    home.save_revision().publish()
    html = get_html(client, "/")
    assert meta_content(html, "property", "og:image:alt") == "分享专用图"
    assert meta_content(html, "property", "og:image:width") == "1200"
    assert meta_content(html, "property", "og:image:height") == "630"
    assert meta_content(html, "name", "twitter:image") == meta_content(html, "property", "og:image")
    assert meta_content(html, "property", "og:image").startswith("http://testserver/media/")

    # A page without images gets the site's default share image.
    StandardPageFactory(parent=home, slug="plain")
    html = get_html(client, "/plain/")
    assert meta_content(html, "property", "og:image:alt") == "默认分享图"


def test_page_without_any_image_has_no_broken_og_image(client, home):
    StandardPageFactory(parent=home, slug="bare", title="无图页面")
    html = get_html(client, "/bare/")
    assert meta_content(html, "property", "og:image") is None
    assert meta_content(html, "name", "twitter:card") == "summary_large_image"


def test_open_graph_and_twitter_tags(client, page):
    html = get_html(client, "/spring-list/")
    assert '<link rel="canonical" href="http://localhost/spring-list/">' in html
    assert meta_content(html, "property", "og:title") == "春季推荐书单发布"
    assert meta_content(html, "property", "og:url") == "http://localhost/spring-list/"
    assert meta_content(html, "property", "og:type") == "article"
    assert meta_content(html, "property", "og:locale") == "zh_CN"
    assert meta_content(html, "property", "og:site_name") == "书香西城"
    assert meta_content(html, "name", "twitter:card") == "summary_large_image"
    assert meta_content(html, "name", "twitter:title") == "春季推荐书单发布"


def test_seo_title_is_the_share_title(client, home):
    StandardPageFactory(parent=home, slug="seo", title="长标题", seo_title="短标题")
    assert meta_content(get_html(client, "/seo/"), "property", "og:title") == "短标题"


def test_locale_alternates_and_hreflang(client, page, home_en):
    english = page.copy_for_translation(home_en.locale)
    english.title = "Spring reading list"
    english.save_revision().publish()
    html = get_html(client, "/spring-list/")
    assert meta_all(html, "property", "og:locale:alternate") == ["en_US"]
    assert '<link rel="alternate" hreflang="en" href="http://localhost/en/spring-list/">' in html
    html_en = get_html(client, "/en/spring-list/")
    assert meta_content(html_en, "property", "og:locale") == "en_US"
    assert meta_all(html_en, "property", "og:locale:alternate") == ["zh_CN"]
    assert meta_content(html_en, "property", "og:url") == "http://localhost/en/spring-list/"


def test_oembed_discovery_link_on_every_page(client, page):
    for url in ("/", "/spring-list/"):
        html = get_html(client, url)
        match = re.search(
            r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', html
        )
        assert match, url
        discovery = match.group(1).replace("&amp;", "&")
        response = client.get(discovery)
        assert response.status_code == 200
        assert response.json()["type"] == "rich"


def json_ld(html):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def test_home_page_has_website_with_search_action_and_organization(client, home, site_settings):
    site_settings.organiser = "北京市西城区文化和旅游局"
    site_settings.save()
    blocks = {block["@type"]: block for block in json_ld(get_html(client, "/"))}
    website = blocks["WebSite"]
    assert website["url"] == "http://localhost/"
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == "http://localhost/search/?q={search_term_string}"
    assert action["query-input"] == "required name=search_term_string"
    assert blocks["Organization"]["name"] == "北京市西城区文化和旅游局"


def test_english_home_searches_the_english_site(client, home_en):
    blocks = {block["@type"]: block for block in json_ld(get_html(client, "/en/"))}
    target = blocks["WebSite"]["potentialAction"]["target"]["urlTemplate"]
    assert target == "http://localhost/en/search/?q={search_term_string}"


def test_website_json_ld_only_on_home(client, page):
    types = {block["@type"] for block in json_ld(get_html(client, "/spring-list/"))}
    assert "WebSite" not in types


def test_pages_that_are_not_wagtail_pages_still_get_canonical_and_defaults(
    client, home, site_settings
):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert meta_content(html, "name", "description") == "站点默认描述。"


def test_nothing_wechat_specific_loads_when_unset(client, page):
    html = get_html(client, "/spring-list/")
    assert "jweixin" not in html and "wechat-share.js" not in html


@override_settings(WECHAT_APP_ID="wx123", WECHAT_APP_SECRET="secret")
def test_wechat_scripts_load_when_configured(client, page):
    html = get_html(client, "/spring-list/")
    assert '<script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js" defer></script>' in html
    assert "js/wechat-share.js" in html
    assert 'data-config-url="/sharing/wechat-config/"' in html


def test_small_or_portrait_images_get_a_drawn_1200x630_card(client, home):
    import io

    from PIL import Image

    cover = ImageFactory(title="封面：骆驼祥子", size=(600, 900))
    page = StandardPageFactory(parent=home, slug="cover", title="骆驼祥子", social_image=cover)
    html = get_html(client, "/cover/")
    assert (
        meta_content(html, "property", "og:image")
        == f"http://testserver/sharing/card/{page.pk}.png"
    )
    assert meta_content(html, "property", "og:image:width") == "1200"
    assert meta_content(html, "property", "og:image:height") == "630"
    assert meta_content(html, "property", "og:image:alt") == "封面：骆驼祥子"
    response = client.get(f"/sharing/card/{page.pk}.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "public" in response["Cache-Control"]
    assert Image.open(io.BytesIO(response.content)).size == (1200, 630)
