"""WeChat JS-SDK: the documented signature vector and a mocked ticket service."""

import io
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache
from django.test import override_settings

from sharing import wechat

pytestmark = pytest.mark.django_db

# WeChat's JS-SDK documentation, appendix 1 (签名算法).
DOC_TICKET = (
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg"
)
DOC_NONCE = "Wm3WZYTPz0wzccnW"
DOC_TIMESTAMP = 1414587457
DOC_URL = "http://mp.weixin.qq.com?params=value"
DOC_SIGNATURE = "0f9de62fce790f9a083d5c99e95740ceb90c27ed"

configured = override_settings(WECHAT_APP_ID="wxAPPID", WECHAT_APP_SECRET="APPSECRET")


def test_signature_matches_the_documented_example():
    assert wechat.signature(DOC_TICKET, DOC_NONCE, DOC_TIMESTAMP, DOC_URL) == DOC_SIGNATURE


def test_signature_ignores_the_fragment():
    assert wechat.signature(DOC_TICKET, DOC_NONCE, DOC_TIMESTAMP, DOC_URL + "#top") == DOC_SIGNATURE


class FakeWeChat:
    """Answers cgi-bin/token and cgi-bin/ticket/getticket like WeChat does; counts calls."""

    def __init__(self, ticket=DOC_TICKET, fail=False):
        self.ticket = ticket
        self.fail = fail
        self.calls = []

    def __call__(self, address, timeout=None):
        assert timeout is not None and timeout <= 10
        parts = urlsplit(address)
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        self.calls.append((parts.path, query))
        if self.fail:
            raise OSError("network unreachable")
        if parts.path.endswith("/token"):
            assert query == {
                "grant_type": "client_credential",
                "appid": "wxAPPID",
                "secret": "APPSECRET",
            }
            body = {"access_token": "ACCESS_TOKEN", "expires_in": 7200}
        elif parts.path.endswith("/ticket/getticket"):
            assert query == {"access_token": "ACCESS_TOKEN", "type": "jsapi"}
            body = {"errcode": 0, "errmsg": "ok", "ticket": self.ticket, "expires_in": 7200}
        else:
            raise AssertionError(address)
        return io.BytesIO(json.dumps(body).encode())


@pytest.fixture
def fake_wechat(monkeypatch):
    fake = FakeWeChat()
    monkeypatch.setattr(wechat, "urlopen", fake)
    return fake


@configured
def test_config_signs_with_the_fetched_ticket(fake_wechat):
    config = wechat.config_for(DOC_URL, now=DOC_TIMESTAMP, noncestr=DOC_NONCE)
    assert config == {
        "appId": "wxAPPID",
        "timestamp": DOC_TIMESTAMP,
        "nonceStr": DOC_NONCE,
        "signature": DOC_SIGNATURE,
        "jsApiList": ["updateAppMessageShareData", "updateTimelineShareData"],
    }


@configured
def test_ticket_is_cached_for_less_than_its_lifetime(fake_wechat, monkeypatch):
    timeouts = {}
    original_set = cache.set

    def recording_set(key, value, timeout=None, **kwargs):
        timeouts[key] = timeout
        return original_set(key, value, timeout, **kwargs)

    monkeypatch.setattr(cache, "set", recording_set)
    wechat.config_for("http://localhost/a/")
    wechat.config_for("http://localhost/b/")
    wechat.config_for("http://localhost/c/")
    assert [path for path, _ in fake_wechat.calls] == [
        "/cgi-bin/token",
        "/cgi-bin/ticket/getticket",
    ]
    assert timeouts and all(0 < timeout < 7200 for timeout in timeouts.values())


@configured
def test_endpoint_returns_config_for_our_urls(client, page, fake_wechat):
    response = client.get("/sharing/wechat-config/", {"url": "http://localhost/spring-list/"})
    assert response.status_code == 200
    config = response.json()
    assert config["appId"] == "wxAPPID"
    assert config["signature"] == wechat.signature(
        DOC_TICKET, config["nonceStr"], config["timestamp"], "http://localhost/spring-list/"
    )
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@configured
def test_endpoint_refuses_other_sites_and_junk(client, fake_wechat):
    for url in ("https://evil.example/", "javascript:alert(1)", "", "http://"):
        response = client.get("/sharing/wechat-config/", {"url": url})
        assert response.status_code == 400, url
    assert fake_wechat.calls == []


@configured
def test_endpoint_answers_503_when_wechat_is_unreachable(client, monkeypatch):
    monkeypatch.setattr(wechat, "urlopen", FakeWeChat(fail=True))
    response = client.get("/sharing/wechat-config/", {"url": "http://localhost/"})
    assert response.status_code == 503
    assert "微信" in response.json()["error"]


@configured
def test_wechat_error_codes_are_errors(client, monkeypatch):
    def refusing(address, timeout=None):
        return io.BytesIO(b'{"errcode": 40013, "errmsg": "invalid appid"}')

    monkeypatch.setattr(wechat, "urlopen", refusing)
    response = client.get("/sharing/wechat-config/", {"url": "http://localhost/"})
    assert response.status_code == 503


def test_endpoint_is_404_when_not_configured(client, home):
    response = client.get("/sharing/wechat-config/", {"url": "http://localhost/"})
    assert response.status_code == 404
