"""Links in published pages and whether they still work.

``collect_links()`` reads live pages' stored content (rich text, StreamField data, URL
fields, inline items): internal page links (``<a linktype="page" id="…">``), site-relative
paths and external http(s) URLs. ``LinkChecker`` checks each distinct URL once: internal
paths through Django itself (no network), page links against the database, external URLs
with a timeout, a bounded number of worker threads and a minimum delay between two
requests to the same host.
"""

import re
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.test import Client
from wagtail.models import Page, Site

from editorial.text import walk_raw

HREF_RE = re.compile(r"<a\b[^>]*>", re.IGNORECASE)
ATTR_RE = re.compile(r'(\w[\w-]*)="([^"]*)"')
BARE_URL_RE = re.compile(r"^https?://\S+$")
USER_AGENT = "ShuxiangXicheng-LinkChecker/1.0 (+site health monitor)"


@dataclass(frozen=True)
class Link:
    page_id: int
    location: str
    url: str  # "page:<id>" for rich-text page links


def links_in_string(value):
    """URLs in one stored string: rich-text anchors, or the string itself when it is a URL."""
    if not isinstance(value, str):
        return []
    value = value.strip()
    if BARE_URL_RE.match(value):
        return [value]
    found = []
    for tag in HREF_RE.findall(value):
        attrs = dict(ATTR_RE.findall(tag))
        if attrs.get("linktype") == "page" and attrs.get("id", "").isdigit():
            found.append(f"page:{attrs['id']}")
        elif attrs.get("href"):
            found.append(attrs["href"])
    return found


def page_links(page):
    """Every link stored in a (specific) page's text fields and inline items."""
    links = []
    for location, value in walk_raw(page):
        for url in links_in_string(value):
            if url.startswith(("http://", "https://", "/", "page:")):
                links.append(Link(page.pk, location, url))
    return links


def collect_links(pages=None):
    pages = pages if pages is not None else Page.objects.live().specific().iterator()
    links = []
    for page in pages:
        links.extend(page_links(page))
    return links


class LinkChecker:
    def __init__(self, timeout=None, concurrency=None, host_delay=None):
        self.timeout = timeout or getattr(settings, "LINK_CHECK_TIMEOUT", 10)
        self.concurrency = concurrency or getattr(settings, "LINK_CHECK_CONCURRENCY", 4)
        self.host_delay = (
            host_delay
            if host_delay is not None
            else getattr(settings, "LINK_CHECK_HOST_DELAY", 1.0)
        )
        self._lock = threading.Lock()
        self._next_slot = defaultdict(float)
        self.site_hosts = {site.hostname for site in Site.objects.all()}
        default = Site.objects.filter(is_default_site=True).first()
        self.site_host = default.hostname if default else "localhost"

    def is_internal(self, url):
        if url.startswith(("page:", "/")) and not url.startswith("//"):
            return True
        return urlsplit(url).hostname in self.site_hosts

    # -- one URL -------------------------------------------------------------------

    def check(self, url):
        """(status, error): status None with an error message, or an HTTP status code."""
        if url.startswith("page:"):
            exists = Page.objects.live().filter(pk=int(url[5:])).exists()
            return (None, "") if exists else (None, "链接的页面已删除或未发布")
        if self.is_internal(url):
            return self.check_internal(url)
        return self.check_external(url)

    def check_internal(self, url):
        parts = urlsplit(url)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        try:
            response = Client(raise_request_exception=False).get(
                path, HTTP_HOST=self.site_host, secure=parts.scheme == "https"
            )
        except Exception as error:  # a broken view must not stop the run
            return None, f"站内页面出错：{type(error).__name__}"
        return (response.status_code, "") if response.status_code >= 400 else (None, "")

    def _wait_for_host(self, host):
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot[host])
            self._next_slot[host] = slot + self.host_delay
        if slot > now:
            time.sleep(slot - now)

    def check_external(self, url):
        self._wait_for_host(urlsplit(url).hostname or "")
        headers = {"User-Agent": USER_AGENT}
        for method in ("HEAD", "GET"):
            request = urllib.request.Request(url, method=method, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return None if response.status < 400 else response.status, ""
            except urllib.error.HTTPError as error:
                if method == "HEAD" and error.code in (403, 405, 501):
                    continue  # some servers refuse HEAD: try GET
                return error.code, ""
            except TimeoutError:
                return None, f"超时（{self.timeout} 秒无响应）"
            except (urllib.error.URLError, OSError, ValueError) as error:
                reason = getattr(error, "reason", error)
                return None, f"无法访问：{str(reason)[:200]}"
        return None, "无法访问"

    # -- many URLs -----------------------------------------------------------------

    def check_all(self, urls):
        """{url: (status, error)} for every URL; internal ones in this thread (database)."""
        results = {}
        external = []
        for url in urls:
            if self.is_internal(url):
                results[url] = self.check(url)
            else:
                external.append(url)
        with ThreadPoolExecutor(max_workers=max(1, self.concurrency)) as pool:
            for url, result in zip(external, pool.map(self.check_external, external), strict=True):
                results[url] = result
        return results


def is_broken(result):
    status, error = result
    return bool(status) or bool(error)
