"""Framing rules (only the embed view may be framed) and the oEmbed provider."""

import pytest
from django.core.exceptions import ValidationError

from sharing.models import EmbedSettings, parse_origins

pytestmark = pytest.mark.django_db


def frame_ancestors(response):
    policy = response["Content-Security-Policy"]
    return next(d for d in policy.split(";") if d.strip().startswith("frame-ancestors")).split()[1:]


def test_normal_pages_refuse_to_be_framed(client, page):
    for url in ("/", "/spring-list/", f"/sharing/qr/{page.pk}.svg"):
        response = client.get(url)
        assert response["X-Frame-Options"] == "DENY", url
        assert frame_ancestors(response) == ["'none'"], url


def test_embed_view_is_framed_only_by_this_site_until_origins_are_listed(client, page):
    response = client.get(f"/embed/{page.pk}/")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert frame_ancestors(response) == ["'self'"]


def test_embed_view_follows_the_allowlist(client, page, site):
    settings = EmbedSettings.for_site(site)
    settings.allowed_origins = "https://www.example.edu.cn\n\nhttp://notice.example.org:8080/\n"
    settings.save()
    response = client.get(f"/embed/{page.pk}/")
    assert frame_ancestors(response) == [
        "'self'",
        "https://www.example.edu.cn",
        "http://notice.example.org:8080",
    ]
    # The allowlist never opens the full page.
    assert frame_ancestors(client.get("/spring-list/")) == ["'none'"]


@pytest.mark.parametrize(
    "text",
    [
        "www.example.edu.cn",
        "ftp://example.org",
        "https://example.org/path",
        "https://example.org; script-src *",
        "javascript:alert(1)",
        "https://user:pw@example.org",
        "https://example.org:99999",
    ],
)
def test_allowlist_refuses_what_is_not_an_origin(text):
    with pytest.raises(ValueError):
        parse_origins(text)
    with pytest.raises(ValidationError) as error:
        EmbedSettings._meta.get_field("allowed_origins").run_validators(text)
    assert "来源" in str(error.value)


def test_embed_view_has_no_site_chrome_and_links_back(client, page):
    html = client.get(f"/embed/{page.pk}/").content.decode()
    assert "春季推荐书单发布" in html
    assert 'class="site-header"' not in html
    assert 'class="site-footer"' not in html
    assert "main-menu" not in html
    assert "share-kit" not in html
    assert 'href="http://localhost/spring-list/" target="_top"' in html
    assert "js/embed-resize.js" in html
    assert '<base target="_top">' in html  # links leave the frame: full pages refuse framing
    full = client.get("/spring-list/").content.decode()
    assert 'class="site-header"' in full and "share-kit" in full
    assert "<base" not in full


def test_embed_view_of_an_english_page_is_in_english(client, page, home_en):
    english = page.copy_for_translation(home_en.locale)
    english.title = "Spring reading list"
    english.save_revision().publish()
    html = client.get(f"/embed/{english.pk}/").content.decode()
    assert '<html lang="en"' in html
    assert "Spring reading list" in html


def test_share_kit_on_content_pages_not_on_home(client, page):
    html = client.get("/spring-list/").content.decode()
    assert f'src="/sharing/qr/{page.pk}.svg"' in html
    assert f'href="/sharing/poster/{page.pk}.png" download' in html
    assert 'class="share-copy" href="http://localhost/spring-list/"' in html
    assert (
        "https://service.weibo.com/share/share.php?url=http%3A%2F%2Flocalhost%2Fspring-list%2F"
        in html
    )
    assert f"&lt;iframe src=&quot;http://localhost/embed/{page.pk}/&quot;" in html
    assert "share-kit" not in client.get("/").content.decode()


# -- oEmbed -------------------------------------------------------------------------


def oembed(client, **params):
    return client.get("/oembed/", params)


def test_oembed_for_one_of_our_pages(client, page):
    response = oembed(client, url="http://localhost/spring-list/", format="json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["version"] == "1.0"
    assert data["type"] == "rich"
    assert data["title"] == "春季推荐书单发布"
    assert data["provider_name"] == "书香西城"
    assert data["html"].startswith(f'<iframe src="http://localhost/embed/{page.pk}/"')
    assert (data["width"], data["height"]) == (640, 480)
    assert 'width="640" height="480"' in data["html"]


def test_oembed_respects_maxwidth_and_maxheight(client, page):
    data = oembed(
        client, url="http://localhost/spring-list/", maxwidth="400", maxheight="300"
    ).json()
    assert (data["width"], data["height"]) == (400, 300)
    assert 'width="400" height="300"' in data["html"]
    data = oembed(client, url="http://localhost/spring-list/", maxwidth="5000").json()
    assert data["width"] == 640


def test_oembed_accepts_the_request_host_and_english_urls(client, page, home_en):
    english = page.copy_for_translation(home_en.locale)
    english.save_revision().publish()
    assert oembed(client, url="http://testserver/spring-list/").status_code == 200
    data = oembed(client, url="http://localhost/en/spring-list/").json()
    assert f"/embed/{english.pk}/" in data["html"]


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/spring-list/",
        "http://localhost.evil.example/spring-list/",
        "http://localhost/no-such-page/",
        "http://localhost/draft-page/",
        "http://localhost/private-page/",
    ],
)
def test_oembed_404_for_foreign_or_unknown_or_unpublished(client, page, draft, private, url):
    response = oembed(client, url=url)
    assert response.status_code == 404
    assert response.json()["error"]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"url": "not a url"},
        {"url": "javascript:alert(1)"},
        {"url": "http://localhost:99999/"},
        {"url": "http://localhost/spring-list/", "maxwidth": "abc"},
        {"url": "http://localhost/spring-list/", "maxheight": "-5"},
    ],
)
def test_oembed_400_for_malformed_requests(client, page, params):
    assert oembed(client, **params).status_code == 400


def test_oembed_501_for_formats_not_served(client, page):
    response = oembed(client, url="http://localhost/spring-list/", format="xml")
    assert response.status_code == 501


def test_editors_manage_the_allowlist_in_settings_with_a_clear_error(admin_client, site):
    url = f"/admin/settings/sharing/embedsettings/{site.pk}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url, {"allowed_origins": "https://ok.example.cn\nexample.org/path"}
    )
    assert response.status_code == 200
    assert "第 2 行" in response.content.decode()
    assert EmbedSettings.for_site(site).allowed_origins == ""
    response = admin_client.post(url, {"allowed_origins": "https://ok.example.cn"})
    assert response.status_code == 302
    assert EmbedSettings.for_site(site).frame_ancestors() == ["'self'", "https://ok.example.cn"]
