"""WeChat JS-SDK: the signed ``wx.config`` values that let a page set its own share card.

Documented by WeChat (JS-SDK 说明文档, 附录 1): an access token from ``cgi-bin/token``
(valid 7200 s) buys a ``jsapi_ticket`` from ``cgi-bin/ticket/getticket`` (valid 7200 s);
both are cached for less than their lifetime because WeChat limits how often they may be
fetched. The signature is SHA-1 over
``jsapi_ticket=…&noncestr=…&timestamp=…&url=…`` with the URL as the page shows it, without
its ``#fragment``.
"""

import hashlib
import json
import logging
import secrets
import time
from urllib.parse import urlencode
from urllib.request import urlopen

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

API_BASE = "https://api.weixin.qq.com/cgi-bin/"
TIMEOUT_SECONDS = 5
# Both credentials live 7200 s; keep them a little less so a cached one never expires in use.
TOKEN_CACHE_SECONDS = 7000
JS_SDK_URL = "https://res.wx.qq.com/open/js/jweixin-1.6.0.js"
JS_SDK_ORIGIN = "https://res.wx.qq.com"
JS_API_LIST = ["updateAppMessageShareData", "updateTimelineShareData"]


class WeChatError(RuntimeError):
    """WeChat could not be reached or refused the request."""


def is_configured():
    return bool(settings.WECHAT_APP_ID and settings.WECHAT_APP_SECRET)


def signature(jsapi_ticket, noncestr, timestamp, url):
    """The JS-SDK signature (SHA-1, hex) for ``url`` without its fragment."""
    url = url.split("#", 1)[0]
    text = f"jsapi_ticket={jsapi_ticket}&noncestr={noncestr}&timestamp={timestamp}&url={url}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _get_json(endpoint, params):
    address = f"{API_BASE}{endpoint}?{urlencode(params)}"
    try:
        with urlopen(address, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - fixed https host
            data = json.loads(response.read().decode("utf-8"))
    except (OSError, ValueError) as error:
        raise WeChatError(f"{endpoint}: {error}") from error
    if not isinstance(data, dict) or data.get("errcode") not in (None, 0):
        raise WeChatError(f"{endpoint}: {data!r}"[:300])
    return data


def _cache_key(name):
    return f"sharing:wechat:{name}:{settings.WECHAT_APP_ID}"


def access_token():
    key = _cache_key("access_token")
    token = cache.get(key)
    if not token:
        data = _get_json(
            "token",
            {
                "grant_type": "client_credential",
                "appid": settings.WECHAT_APP_ID,
                "secret": settings.WECHAT_APP_SECRET,
            },
        )
        token = data.get("access_token")
        if not token:
            raise WeChatError("token: no access_token in the answer")
        cache.set(key, token, min(TOKEN_CACHE_SECONDS, int(data.get("expires_in", 7200)) - 200))
    return token


def jsapi_ticket():
    key = _cache_key("jsapi_ticket")
    ticket = cache.get(key)
    if not ticket:
        data = _get_json("ticket/getticket", {"access_token": access_token(), "type": "jsapi"})
        ticket = data.get("ticket")
        if not ticket:
            raise WeChatError("getticket: no ticket in the answer")
        cache.set(key, ticket, min(TOKEN_CACHE_SECONDS, int(data.get("expires_in", 7200)) - 200))
    return ticket


def config_for(url, *, now=None, noncestr=None):
    """The values for ``wx.config`` on the page at ``url``."""
    ticket = jsapi_ticket()
    timestamp = int(now if now is not None else time.time())
    noncestr = noncestr or secrets.token_urlsafe(12)
    return {
        "appId": settings.WECHAT_APP_ID,
        "timestamp": timestamp,
        "nonceStr": noncestr,
        "signature": signature(ticket, noncestr, timestamp, url),
        "jsApiList": JS_API_LIST,
    }
