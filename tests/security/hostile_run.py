"""A hostile run against a running server: ≥ 600 requests, counts of 5xx.

    python -m tests.security.hostile_run http://127.0.0.1:8108

Against production settings (gunicorn, DEBUG off; see docs/security.md for the command).
Crawls the sitemap for page URLs, then sends hostile query strings, foreign Host headers,
undecodable form bodies, bad API parameters, share routes for non-public ids, TRACE, and
path tricks. Prints the status counts and every 5xx; exits 1 when there is any.
"""

import http.client
import re
import sys
from collections import Counter
from urllib.parse import quote, urlsplit

# The same strings as tests/foundation/test_hostile_input.py (importing it needs Django).
HOSTILE_QUERIES = [
    "page=-1",
    "page=abc",
    "page=99999999999999999999",
    "q=" + "书" * 20_000,
    "page=" + "9" * 20_000,
    "q=%00",
    "page=1%00",
    "q=%ff%fe%fd",
    "category=%ff",
    "q=%E4%B8",
    "year=-1&month=13&type=../../etc/passwd",
    "q=<script>alert(1)</script>",
]

API = [
    "offset=99999999999999999999",
    "offset=-1",
    "limit=abc",
    "limit=999",
    "search=书&search_operator=xor",
    "first_published_at=%27",
    "last_published_at=2026-13-45",
    "child_of=99999999999999999999",
    "descendant_of=abc",
    "id=1e9",
    "type=nope.Nope",
    "order=-nope",
    "fields=*,-title,nope",
    "locale=xx",
    "search=%00",
    "title=%00",
]
ROUTES = ["/sharing/qr/{}.svg", "/sharing/poster/{}.png", "/sharing/card/{}.png", "/embed/{}/"]
OEMBED = [
    "http://127.0.0.1/%00",
    "%00",
    "javascript:alert(1)",
    "http://evil.example/",
    "http://[::1/",
    "http://127.0.0.1:99999/",
    "http://127.0.0.1/admin/",
    "http://127.0.0.1/" + "a" * 3000,
]
PATHS = [
    "/static/../",
    "/static/..%2f..%2fetc/passwd",
    "/media/../",
    "/%ff%fe/",
    "/admin/../../",
    "/api/v2/pages/99999999999999999999/",
    "/documents/99999999999999999999/x.pdf",
]
HOSTS = ["evil.example", "a" * 300, "[::1", "x y", "127.0.0.1.evil.example", ""]


def main(base):
    parts = urlsplit(base)
    host, port = parts.hostname, parts.port or 80
    statuses, failures = Counter(), []

    def send(method, path, body=None, headers=None, host_header=None):
        connection = http.client.HTTPConnection(host, port, timeout=60)
        target = quote(path, safe="/?=&%:;,+@!$'()*[]~<>")  # non-ASCII as UTF-8 %XX
        connection.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
        connection.putheader("Host", f"{host}:{port}" if host_header is None else host_header)
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        if body is not None:
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        response = connection.getresponse()
        response.read()
        connection.close()
        statuses[response.status] += 1
        if response.status >= 500:
            failures.append((method, path[:120], host_header, response.status))
        return response

    sitemap = http.client.HTTPConnection(host, port, timeout=60)
    sitemap.request("GET", "/sitemap.xml", headers={"Host": f"{host}:{port}"})
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap.getresponse().read().decode())
    pages = sorted({urlsplit(url).path for url in locations})
    forms = [p for p in pages if "form" in p or "feedback" in p or "survey" in p or "donat" in p]

    listing = [p for p in pages if p.count("/") <= 3][:40] + ["/search/", "/api/v2/pages/"]
    for path in listing:
        for query in HOSTILE_QUERIES:
            send("GET", f"{path}?{query}")
    for query in API:
        for endpoint in ("pages", "images", "documents", "books"):
            send("GET", f"/api/v2/{endpoint}/?{query}")
    for route in ROUTES:
        for page_id in (1, 0, 99999999999999999999, 2):
            send("GET", route.format(page_id))
    for url in OEMBED:
        send("GET", "/oembed/?url=" + quote(url, safe=""))
    for path in PATHS:
        send("GET", path)
    for path in ["/", *pages[:20]]:
        for bogus in HOSTS:
            send("GET", path, host_header=bogus)
        send("TRACE", path)
    body = "称呼=王&csrfmiddlewaretoken=x".encode() + b"\xff\xfe\x00"
    for path in [*forms, "/admin/login/", "/search/", "/"]:
        for charset in ("utf-16", "utf-32", "x-unknown"):
            send(
                "POST",
                path,
                body,
                {"Content-Type": f"application/x-www-form-urlencoded; charset={charset}"},
            )
        send("POST", path, b"--x\r\nbad", {"Content-Type": "multipart/form-data; boundary=x"})
    total = sum(statuses.values())
    print(f"{total} requests, statuses: {dict(sorted(statuses.items()))}")
    print(f"5xx: {len(failures)}")
    for failure in failures:
        print("  ", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8108"))
