"""Helpers of the editorial walk in Chromium (tests/editorial/test_browser_editorial_walk.py):
signing in, the side panels, screenshots, and the check that the Chinese admin shows no
English words."""

import re
from pathlib import Path

SHOTS = Path("/tmp/admin/walk")

# Latin words allowed in the Chinese admin: names, formats, our data.
ALLOWED_LATIN = {
    "wagtail",
    "isbn",
    "english",
    "api",
    "csv",
    "xlsx",
    "url",
    "seo",
    "html",
    "id",
    "ok",
    "ed",
    "mod",
    "admin",
    "example",
    "org",
    "email",
    "ctrl",
    "cmd",
    "shift",
    "alt",
    "enter",
    "pdf",
    "svg",
    "png",
    "jpg",
    "gif",
    "webp",
    "avif",
    "http",
    "https",
    "localhost",
    "mins",
}


def english_words(text):
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)}
    return sorted(w for w in words if w not in ALLOWED_LATIN)


def shot(tab, name):
    """A screenshot in /tmp/admin/walk/ when that folder exists."""
    if SHOTS.is_dir():
        tab.screenshot(path=str(SHOTS / name))


def login(chromium, base, username):
    context = chromium.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    tab = context.new_page()
    tab.set_default_timeout(30_000)
    tab.goto(f"{base}/admin/login/")
    tab.fill("#id_username", username)
    tab.fill("#id_password", "pw-" + username)
    with tab.expect_navigation():
        tab.click("button[type=submit]")
    return tab


def open_panel(tab, name):
    toggle = tab.locator(f"[data-side-panel-toggle={name}]")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()


def no_english(tab, where, seen):
    words = english_words(tab.locator("body").inner_text())
    seen[where] = words
    return words
