"""The served demo, Chromium and axe-core for the browser checks of tests/design."""

import json
import os
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.chromium import CHROMIUM, CHROMIUM_ARGS

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def demo_server():
    """(base URL, {page type: (zh path, en path)}) of a served demo.

    `make test-browser` (and CI, after `make test`) serves a scratch copy of the demo as
    `make run` does (production settings, page cache on) and sets SXC_BROWSER_TEST_URL;
    SXC_BROWSER_TEST_URL=http://127.0.0.1:8000 checks a `make run` you already have.
    The checks read the demo over HTTP only, so the test database is never involved.
    """
    external = os.environ.get("SXC_BROWSER_TEST_URL", "").rstrip("/")
    if not external:
        pytest.skip("run `make test-browser` (or set SXC_BROWSER_TEST_URL) for the a11y checks")
    return external, paths_from_api(external)


def paths_from_api(base):
    found = {}
    offset = 0
    while True:
        query = urllib.parse.urlencode(
            {"fields": "_,type,html_url,locale", "limit": 50, "offset": offset}
        )
        with urllib.request.urlopen(f"{base}/api/v2/pages/?{query}") as response:
            items = json.load(response)["items"]
        if not items:
            break
        for item in items:
            meta = item["meta"]
            kind = meta["type"].split(".")[-1]
            path = urllib.parse.urlsplit(meta["html_url"]).path
            found.setdefault(kind, {}).setdefault(meta["locale"], path)
        offset += len(items)
    return {kind: (urls.get("zh-hans"), urls.get("en")) for kind, urls in found.items()}


@pytest.fixture(scope="module")
def chromium():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed")
    # Playwright's sync API keeps an event loop running in this thread for the whole module;
    # Django's per-test database set-up then believes it is in async code. It is not.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=60_000
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="module")
def axe_source():
    if not AXE.exists():
        pytest.skip("node_modules/axe-core is missing: run `npm ci` in the project root")
    return AXE.read_text(encoding="utf-8")
