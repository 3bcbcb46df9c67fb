"""A live server over the whole demo, shared by every test of a browser module.

The demo is loaded once per module (not per test: it takes a minute), outside the per-test
transactions, and flushed again when the module ends so other modules start clean. The
server runs in a thread that shares the test database connection (in-memory SQLite works).
"""

import io
import json
import os
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.chromium import CHROMIUM, CHROMIUM_ARGS

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def demo_server(django_db_setup, django_db_blocker):
    """(base URL, {page type: (zh path, en path)}) of a live server over the demo.

    SXC_BROWSER_TEST_URL=http://127.0.0.1:8000 runs the checks against a server you already
    run with the demo (`make run`) instead of loading it here (minutes on a slow machine).
    """
    external = os.environ.get("SXC_BROWSER_TEST_URL", "").rstrip("/")
    if external:
        yield external, paths_from_api(external)
        return
    if not os.environ.get("SXC_A11Y_BROWSER"):
        # Known problem (issue 16, open): loading the demo for a live server inside the
        # suite either locks the shared in-memory database or, flushed afterwards, leaves
        # later tests of the worker with stale content types. Until that is solved the module
        # runs on request: SXC_A11Y_BROWSER=1, or against a served demo (above).
        pytest.skip("set SXC_A11Y_BROWSER=1 or SXC_BROWSER_TEST_URL to run the a11y browser checks")
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.management import call_command
    from django.db import connections, transaction
    from django.test.testcases import LiveServerThread

    if not any(conn.vendor == "sqlite" and conn.is_in_memory_db() for conn in connections.all()):
        pytest.skip(
            "the live server shares the in-memory SQLite test database; on other databases "
            "run against a served demo with SXC_BROWSER_TEST_URL"
        )
    with django_db_blocker.unblock():
        # The demo is loaded inside a transaction that is rolled back when the module ends:
        # the server thread shares this connection, and nothing the migrations made (groups,
        # content types, the site) is flushed away from the tests that run after.
        outer = transaction.atomic()
        outer.__enter__()
        server = None
        overrides = {}
        try:
            call_command("load_demo", "--site-url", "http://localhost", stdout=io.StringIO())
            paths = sample_paths()
            overrides = {
                conn.alias: conn
                for conn in connections.all()
                if conn.vendor == "sqlite" and conn.is_in_memory_db()
            }
            for conn in overrides.values():
                conn.inc_thread_sharing()
            server = LiveServerThread(
                "localhost", StaticFilesHandler, connections_override=overrides, port=0
            )
            server.daemon = True
            server.start()
            server.is_ready.wait()
            if server.error:
                raise server.error
            yield f"http://localhost:{server.port}", paths
        finally:
            if server is not None:
                server.terminate()
            for conn in overrides.values():
                conn.dec_thread_sharing()
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


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


def sample_paths():
    """One live page of every public page type, in Chinese and (where translated) English."""
    from wagtail.models import Page

    found = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        kind = type(page).__name__
        language = page.locale.language_code
        url = page.url
        if not url or kind == "Page":
            continue
        found.setdefault(kind, {}).setdefault(language, url)
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
