"""In a real browser: the embed view loads in an iframe on another origin, the page does not.

Runs headless Chromium from Debian (/usr/bin/chromium) through Playwright; skipped when
either is missing. The host page is served by Python's http.server on another port, so
the frame is cross-origin exactly as on a school's website.
"""

import functools
import http.server
import threading
import time

import pytest

from home.factories import StandardPageFactory
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

sync_api = pytest.importorskip("playwright.sync_api")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


HOST_PAGE = """<!DOCTYPE html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>某小学网站</title></head>
<body>
<h1>某小学 · 阅读角</h1>
<iframe id="embed" src="{embed}" width="640" height="480" title="嵌入"></iframe>
<iframe id="full" src="{full}" width="640" height="480" title="完整页面"></iframe>
<p id="height">none</p>
<script>
window.addEventListener("message", function (event) {{
  if (event.data && event.data.type === "sxc-embed-height") {{
    document.getElementById("height").textContent = String(event.data.height);
  }}
}});
</script>
</body></html>
"""


@pytest.fixture
def other_origin(tmp_path):
    """A static web server on 127.0.0.1 (the live server is on localhost: another origin)."""

    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(QuietHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=60_000
        )
        yield chromium
        chromium.close()


@pytest.fixture
def spring(home, site_settings_rows):
    # Created before the browser starts: Playwright's sync API runs an event loop in this
    # thread, and Django refuses database queries from there.
    return StandardPageFactory(
        parent=home, title="春季推荐书单发布", slug="spring-list", intro="十二本适合春天读的书。"
    )


@pytest.fixture
def school_site_allowed(site, other_origin):
    """The school's site listed in 嵌入设置 (an unlisted one is refused: test below).

    Requested before `browser`: no database queries once Playwright's loop runs."""
    from sharing.models import EmbedSettings

    embed_settings = EmbedSettings.for_site(site)
    embed_settings.allowed_origins = other_origin[1]
    embed_settings.save()
    return other_origin


def open_school_page(browser, live_server, page, host):
    """The school's page on the other origin, framing the page's embed view and the page
    itself; returns the tab and the console messages it collects."""
    live = live_server.url.replace("127.0.0.1", "localhost")
    folder, origin = host
    (folder / "index.html").write_text(
        HOST_PAGE.format(embed=f"{live}/embed/{page.pk}/", full=f"{live}/spring-list/"),
        encoding="utf-8",
    )
    tab = browser.new_page()
    console = []
    tab.on("console", lambda message: console.append(message.text))
    tab.goto(f"{origin}/index.html", wait_until="load", timeout=60_000)
    return tab, console


def test_embed_view_frames_on_another_origin_and_the_page_refuses(
    live_server, spring, school_site_allowed, browser
):
    tab, console = open_school_page(browser, live_server, spring, school_site_allowed)

    frames = {frame.name or frame.url: frame for frame in tab.frames}
    embed = next(f for f in tab.frames if "/embed/" in f.url)
    embed.wait_for_selector("h1", timeout=30_000)
    assert embed.inner_text("h1") == "春季推荐书单发布"
    assert embed.locator(".site-header").count() == 0
    assert embed.locator(".embed-back a").get_attribute("href").endswith("/spring-list/")

    # The full page is refused: Chromium replaces it with its error page.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        full = [f for f in tab.frames if f is not tab.main_frame and f is not embed]
        if full and (
            full[0].url.startswith("chrome-error:") or any("frame-ancestors" in m for m in console)
        ):
            break
        time.sleep(0.2)
    full = [f for f in tab.frames if f is not tab.main_frame and f is not embed]
    assert full, frames
    assert full[0].url.startswith("chrome-error:")
    assert "春季推荐书单发布" not in full[0].content()
    assert any("frame-ancestors" in message or "X-Frame-Options" in message for message in console)

    # The embed view tells its parent its height.
    tab.wait_for_function(
        "document.getElementById('height').textContent !== 'none'", timeout=15_000
    )
    assert int(tab.inner_text("#height")) > 100


def test_embed_view_refuses_an_origin_not_in_the_allowlist(
    live_server, spring, other_origin, browser
):
    tab, console = open_school_page(browser, live_server, spring, other_origin)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and sum("frame-ancestors" in m for m in console) < 2:
        time.sleep(0.2)
    children = [f for f in tab.frames if f is not tab.main_frame]
    assert not any("春季推荐书单发布" in f.content() for f in children if f.url)
    assert sum("frame-ancestors" in message for message in console) == 2, console


WX_STUB = """
window.__wxCalls = [];
window.wx = {
  config: function (c) { window.__wxCalls.push(["config", c]); },
  ready: function (f) { setTimeout(f, 0); },
  updateAppMessageShareData: function (d) { window.__wxCalls.push(["app", d]); },
  updateTimelineShareData: function (d) { window.__wxCalls.push(["timeline", d]); }
};
"""


@pytest.fixture
def wechat_settings(settings):
    import copy

    settings.WECHAT_APP_ID = "wxAPPID"
    settings.WECHAT_APP_SECRET = "APPSECRET"
    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    # What config.settings.base does at start-up when both variables are set.
    policy["DIRECTIVES"]["script-src"].append("https://res.wx.qq.com")
    settings.CONTENT_SECURITY_POLICY = policy
    return settings


def test_wechat_share_card_is_set_through_the_js_sdk(
    live_server, spring, wechat_settings, monkeypatch, browser
):
    """In WeChat's browser, the page signs its URL and hands its card to wx.* (SDK stubbed)."""
    import io
    import json

    from sharing import wechat

    def fake_urlopen(address, timeout=None):
        body = (
            {"ticket": "TICKET", "expires_in": 7200}
            if "getticket" in address
            else {"access_token": "TOKEN", "expires_in": 7200}
        )
        return io.BytesIO(json.dumps(body).encode())

    monkeypatch.setattr(wechat, "urlopen", fake_urlopen)
    live = live_server.url.replace("127.0.0.1", "localhost")
    context = browser.new_context(
        user_agent="Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 MicroMessenger/8.0.50 NetType/WIFI"
    )
    context.route(
        "https://res.wx.qq.com/**",
        lambda route: route.fulfill(status=200, content_type="text/javascript", body=WX_STUB),
    )
    tab = context.new_page()
    tab.goto(f"{live}/spring-list/", wait_until="load", timeout=60_000)
    # Poll from Python: wait_for_function compiles its predicate with eval, which the page's
    # strict CSP (rightly) refuses.
    deadline = time.monotonic() + 15
    while tab.evaluate("() => (window.__wxCalls || []).length") < 3:
        assert time.monotonic() < deadline, "the page never called the WeChat JS-SDK"
        tab.wait_for_timeout(100)
    calls = dict(tab.evaluate("window.__wxCalls"))
    page_url = f"{live}/spring-list/"
    config = calls["config"]
    assert config["appId"] == "wxAPPID"
    assert config["signature"] == wechat.signature(
        "TICKET", config["nonceStr"], config["timestamp"], page_url
    )
    assert config["jsApiList"] == ["updateAppMessageShareData", "updateTimelineShareData"]
    assert calls["app"]["title"] == "春季推荐书单发布"
    assert calls["app"]["desc"] == "十二本适合春天读的书。"
    assert calls["timeline"]["title"] == "春季推荐书单发布"
    context.close()
