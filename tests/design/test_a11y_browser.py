"""Every page type, in both languages and the three display modes, in headless Chromium:

- axe-core (WCAG 2.0/2.1 A and AA rules; in high contrast also the 7:1 rule): 0 violations;
- no sideways scrolling in a 320 CSS px viewport (what 200 % zoom of 640 px gives);
- every tap target (a stand-alone link, button, field, summary) at least 44 × 44 px;
- no text under 16 px (24 px in large-text mode, which is 150 %), chart text as drawn on screen;
- chart labels neither cut off nor on top of each other, at 412 and 320 px;
- the home within four phone screens; an event's time, place and buttons in the first one,
  and so the finder's first result;
- display modes switch in place (no reload, no jump) and read-aloud offers its controls.

axe-core comes from npm (package.json; `npm ci`): the strict CSP would refuse an injected
<script>, so the file is evaluated in the page through Playwright with bypass_csp.
"""

import pytest

from tests.design.english import KNOWN, untranslated
from tests.design.page_scripts import CHART_LABELS, SMALL_TEXT, TAP_TARGETS

# Against a served demo (`make test-browser`): no test database is involved.
pytestmark = [pytest.mark.browser]

PAGE_TYPES = [
    "HomePage",
    "StandardPage",
    "FormPage",
    "ArticleIndexPage",
    "ArticlePage",
    "ReadingBrandIndexPage",
    "ReadingBrandPage",
    "CampaignIndexPage",
    "CampaignPage",
    "HonourRollIndexPage",
    "HonourRollPage",
    "ReadingSpaceIndexPage",
    "ReadingSpacePage",
    "EventIndexPage",
    "EventPage",
    "ReadingPromoterIndexPage",
    "ReadingPromoterPage",
    "RecommendationIndexPage",
    "BookRecommendationPage",
    "BookListPage",
    "OpenDataPage",
    "AnnualReportPage",
    "SurveyResultsPage",
    "ConsultationIndexPage",
]
ROUTES = {
    "search": ("/search/?q=阅读", "/en/search/?q=reading"),
    "404": ("/no-such-page/", "/en/no-such-page/"),
}
MODES = {"normal": "", "large": "large", "contrast": "contrast"}
PHONE = {"width": 412, "height": 915}


def open_page(chromium, base, path, mode, viewport=PHONE, javascript=True):
    context = chromium.new_context(
        viewport=viewport, bypass_csp=True, java_script_enabled=javascript, locale="zh-CN"
    )
    if MODES[mode]:
        context.add_cookies([{"name": "sxc_display", "value": MODES[mode], "url": base}])
    page = context.new_page()
    page.set_default_timeout(120_000)
    page.goto(base + path, wait_until="load")
    return context, page


def run_axe(page, axe_source, mode):
    page.evaluate(axe_source)
    tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
    result = page.evaluate(
        """async (tags) => {
          const options = {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']};
          const result = await axe.run(document, options);
          return result.violations.map(v => `${v.id} (${v.impact}): ` + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
        }""",
        tags + (["wcag2aaa"] if mode == "contrast" else []),
    )
    if mode != "contrast":
        return result
    # In high contrast only the 7:1 rule of the AAA set is a requirement.
    return [v for v in result if not v.startswith(("target-size", "link-in-text"))]


def paths_for(demo_server, name, language):
    base, paths = demo_server
    if name in ROUTES:
        return base, ROUTES[name][language == "en"]
    zh, en = paths.get(name, (None, None))
    path = en if language == "en" else zh
    if not path:
        pytest.skip(f"the demo has no {language} {name}")
    return base, path


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("name", PAGE_TYPES + list(ROUTES))
def test_page_type_is_accessible(demo_server, chromium, axe_source, name, language, mode):
    base, path = paths_for(demo_server, name, language)
    context, page = open_page(chromium, base, path, mode)
    try:
        problems = {}
        violations = run_axe(page, axe_source, mode)
        if violations:
            problems["axe"] = violations
        small_targets = page.evaluate(TAP_TARGETS)
        if small_targets:
            problems["tap targets under 44 px"] = small_targets
        small_text = page.evaluate(SMALL_TEXT, 24 if mode == "large" else 16)
        if small_text:
            problems["text too small"] = small_text
        clashes = page.evaluate(CHART_LABELS)
        if clashes:
            problems["chart labels"] = clashes
        page.set_viewport_size({"width": 320, "height": 640})
        clashes = page.evaluate(CHART_LABELS)
        if clashes:
            problems["chart labels at 320 px"] = clashes
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            wide = page.evaluate(
                """() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className)"""
            )
            problems["scrolls sideways at 320 px"] = [f"{overflow} px", *wide]
        assert not problems, f"{path} ({mode}): {problems}"
    finally:
        context.close()


@pytest.mark.parametrize("language", ["zh", "en"])
def test_home_fits_in_four_phone_screens(demo_server, chromium, language):
    base, path = paths_for(demo_server, "HomePage", language)
    context, page = open_page(chromium, base, path, "normal")
    try:
        height = page.evaluate("document.documentElement.scrollHeight")
        assert height <= 4 * PHONE["height"], height
    finally:
        context.close()


def test_event_time_place_and_buttons_are_in_the_first_phone_screen(demo_server, chromium):
    base, path = paths_for(demo_server, "EventPage", "zh")
    context, page = open_page(chromium, base, path, "normal")
    try:
        # Time and place, and the first thing to press: booking on this site when the event
        # takes bookings, else the sign-up link or the calendar button.
        bottoms = page.evaluate(
            """() => ['.event-key-facts',
                      '.event-registration .button, .event-actions .button'].map(s => {
              const el = document.querySelector(s);
              return el ? el.getBoundingClientRect().bottom : null;
            })"""
        )
        assert None not in bottoms
        assert max(bottoms) <= PHONE["height"], bottoms
        image = page.query_selector(".event-image")
        if image:
            assert image.bounding_box()["y"] > max(bottoms)
    finally:
        context.close()


def test_finder_first_result_is_in_the_first_phone_screen(demo_server, chromium):
    """The first reading space (name, open or closed, address) without scrolling on a phone:
    there the filters fold into a disclosure, which opens with a tap, with or without
    JavaScript; on a desktop they are shown as they are."""
    base, path = paths_for(demo_server, "ReadingSpaceIndexPage", "zh")
    for javascript in (True, False):
        context, page = open_page(chromium, base, path, "normal", javascript=javascript)
        try:
            first = page.evaluate(
                "document.querySelector('.space-list > li').getBoundingClientRect().bottom"
            )
            assert first <= PHONE["height"], (javascript, first)
            district = page.locator("select[name=subdistrict]")
            assert not district.is_visible()
            page.click(".filters-summary")
            assert district.is_visible()
        finally:
            context.close()
    context, page = open_page(
        chromium, base, path, "normal", viewport={"width": 1366, "height": 900}
    )
    try:
        assert page.locator("select[name=subdistrict]").is_visible()
        assert not page.locator(".filters-summary").is_visible()
    finally:
        context.close()


def test_display_modes_switch_in_place(demo_server, chromium):
    base, path = paths_for(demo_server, "ArticlePage", "zh")
    context, page = open_page(chromium, base, path, "normal")
    try:
        page.evaluate("window.__same_document = true")
        button = page.locator("button[data-mode=contrast]")
        assert button.get_attribute("aria-pressed") == "false"
        button.click()
        page.wait_for_function("document.documentElement.classList.contains('pref-contrast')")
        assert button.get_attribute("aria-pressed") == "true"
        assert page.evaluate("window.__same_document === true"), "the page reloaded"
        assert any(c["name"] == "sxc_display" for c in context.cookies())
        # The preference holds on the next page load.
        page.reload()
        assert "pref-contrast" in page.evaluate("document.documentElement.className")
    finally:
        context.close()


def test_display_modes_without_javascript_come_back_to_the_controls(demo_server, chromium):
    base, path = paths_for(demo_server, "ArticlePage", "zh")
    context, page = open_page(chromium, base, path, "normal", javascript=False)
    try:
        page.click("button[data-mode=large]")
        page.wait_for_load_state()
        assert page.url.endswith(path + "#display-tools")
        assert "pref-large" in page.evaluate("document.documentElement.className")
    finally:
        context.close()


def test_read_aloud_offers_start_pause_and_stop(demo_server, chromium):
    base, path = paths_for(demo_server, "ArticlePage", "zh")
    context = chromium.new_context(viewport=PHONE)
    # A stand-in speech engine: headless Chromium has no voices.
    context.add_init_script(
        """window.__spoken = [];
        window.speechSynthesis.speak = (u) => { window.__spoken.push(u.text); };
        window.speechSynthesis.pause = () => {};
        window.speechSynthesis.cancel = () => {};"""
    )
    page = context.new_page()
    try:
        page.goto(base + path)
        start = page.locator("[data-read=start]")
        assert start.is_visible()
        start.click()
        assert page.locator("[data-read=pause]").is_visible()
        assert page.locator("[data-read=stop]").is_visible()
        spoken = page.evaluate("window.__spoken")
        title = page.locator("main h1").first.inner_text()
        assert spoken and title in spoken[0]
        page.locator("[data-read=stop]").click()
        assert start.is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("name", PAGE_TYPES + list(ROUTES))
def test_english_pages_have_no_untranslated_text(demo_server, name):
    """Every page type under /en/: Chinese only inside elements marked lang="zh-Hans"."""
    import urllib.error
    import urllib.request

    base, path = paths_for(demo_server, name, "en")
    try:
        with urllib.request.urlopen(base + urllib.parse.quote(path, safe="/?=&")) as response:
            html = response.read().decode()
    except urllib.error.HTTPError as error:  # the 404 page
        html = error.read().decode()
    # The known gap the suite's check allows too (english.KNOWN): chart descriptions.
    known = KNOWN.get(path, ("\0",))
    leftovers = [item for item in untranslated(html) if not item.startswith(known)]
    assert not leftovers, f"{path}: {leftovers[:25]}"
