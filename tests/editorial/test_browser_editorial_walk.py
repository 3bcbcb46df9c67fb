"""In Chromium, the walk of issue 12: an editor creates a book and a recommendation, sees
it in the preview panel, runs Checks, submits; a moderator approves with a comment (in the
e-mail); page, API and search show the same book; admin book search works; a translation
is submitted and approved; the admin pages walked show no English.

Runs headless Chromium from Debian (/usr/bin/chromium) through Playwright; skipped when
either is missing. Screenshots go to /tmp/admin/walk/ when that folder exists.
"""

import re
from pathlib import Path

import pytest
from django.core import mail
from django.db import OperationalError
from wagtail.models import Page

from home.factories import StandardPageFactory
from recommendations.factories import RecommendationIndexPageFactory
from tests.editorial.admin_browser import login, no_english, open_panel, shot
from tests.editorial.conftest import make_user
from tests.sharing.test_browser import browser  # noqa: F401, F811  (headless Chromium fixture)

CHROMIUM = Path("/usr/bin/chromium")
sync_api = pytest.importorskip("playwright.sync_api")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def setting(home, monkeypatch, settings, site_settings_rows):
    # Playwright's sync API runs an event loop in this thread; the checks in between read
    # the database from it.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    index = RecommendationIndexPageFactory(parent=home, slug="books", title="好书推荐")
    index.save_revision().publish()
    checked = StandardPageFactory(
        parent=home,
        slug="checked",
        title="阅读周安排",
        intro="本周的阅读活动安排。",
        body=[("heading", {"text": "第四天", "level": "h4"}), ("paragraph", "<p>读书会。</p>")],
    )
    checked.save_revision().publish()
    editor = make_user("ed", "编辑")
    moderator = make_user("mod", "审核")
    return {"index": index, "checked": checked, "editor": editor, "moderator": moderator}


def read_when_unlocked(tab, read):
    """A read from this thread, retried while the server thread still holds the in-memory
    SQLite database's write lock (the workflow's last writes after the page went live)."""
    for _ in range(40):
        try:
            return read()
        except OperationalError as error:
            if "locked" not in str(error):
                raise
            tab.wait_for_timeout(250)
    return read()


def test_editor_and_moderator_walk(live_server, setting, browser):  # noqa: F811
    base = live_server.url
    index = setting["index"]
    english_seen = {}

    # -- the editor creates a book ---------------------------------------------------
    tab = login(browser, base, "ed")
    tab.goto(f"{base}/admin/snippets/recommendations/book/add/")
    tab.fill("#id_title", "呼兰河传")
    tab.fill("#id_authors", "萧红")
    tab.fill("#id_publisher", "人民文学出版社")
    tab.fill("#id_year", "2014")
    tab.select_option("#id_category", "literature")
    tab.locator("input[name=age_groups][value=adult]").check()
    no_english(tab, "book form", english_seen)
    with tab.expect_navigation():
        tab.get_by_role("button", name="保存草稿").click()
    from recommendations.models import Book

    assert Book.objects.filter(title="呼兰河传", live=False).exists()  # a draft until approved

    # -- and a recommendation that shows it ------------------------------------------
    tab.goto(f"{base}/admin/pages/add/recommendations/bookrecommendationpage/{index.pk}/")
    tab.fill("#id_title", "在呼兰河边长大")
    tab.locator("#id_book-chooser [data-chooser-action-choose], #id_book + * button").first.click()
    modal = tab.locator(".modal-dialog:visible, [role=dialog]:visible").first
    modal.locator("input[name=q]").fill("萧红")
    modal.locator("a", has_text="呼兰河传").first.wait_for()
    shot(tab, "book-chooser.png")
    modal.locator("a", has_text="呼兰河传").first.click()
    tab.fill("#id_recommender_name", "李老师（示例）")
    reason = tab.locator("[data-contentpath=reason] .public-DraftEditor-content").first
    reason.wait_for()
    reason.click()
    reason.press_sequentially("萧红用孩子的眼睛写故乡小城的四季和人情，适合初中以上的读者慢慢读。")
    assert "萧红用孩子的眼睛" in reason.inner_text()
    # Draftail writes its content into the form's hidden input a moment after typing
    # (stateSaveInterval); a person never clicks that fast, the test waits for it. Saved
    # earlier, the draft (drafts skip required fields) would keep an empty 推荐理由 and the
    # submit below would fail on it.
    tab.wait_for_function(
        "() => document.getElementById('id_reason').value.includes('萧红用孩子的眼睛')",
        timeout=10_000,
    )
    with tab.expect_navigation():
        tab.get_by_role("button", name="保存草稿").click()
    page_id = int(re.search(r"/admin/pages/(\d+)/edit/", tab.url).group(1))

    # -- preview panel: the page renders inside ---------------------------------------
    open_panel(tab, "preview")
    frame = None
    for _ in range(150):
        frame = next((f for f in tab.frames if "preview" in f.url), None)
        if frame is not None and frame.locator("h1").count():
            break
        tab.wait_for_timeout(200)
    assert frame is not None
    assert "呼兰河传" in frame.locator("body").inner_text()
    shot(tab, "preview-panel.png")

    # -- Checks panel: metrics of the real page ---------------------------------------
    open_panel(tab, "checks")
    checks = tab.locator("[data-side-panel=checks]")
    for _ in range(100):
        if "内容指标" in checks.inner_text():
            break
        tab.wait_for_timeout(100)
    assert "内容指标" in checks.inner_text()
    no_english(tab, "recommendation edit + checks", english_seen)

    # ... and a real finding on a page with a skipped heading level.
    checked = setting["checked"]
    tab.goto(f"{base}/admin/pages/{checked.pk}/edit/")
    open_panel(tab, "checks")
    for _ in range(100):
        if "标题层级跳级" in tab.locator("[data-side-panel=checks]").inner_text():
            break
        tab.wait_for_timeout(200)
    assert "标题层级跳级" in tab.locator("[data-side-panel=checks]").inner_text()
    shot(tab, "checks-panel.png")

    # -- the editor submits the recommendation ----------------------------------------
    tab.goto(f"{base}/admin/pages/{page_id}/edit/")
    tab.get_by_role("button", name="更多动作").click()
    with tab.expect_navigation():
        tab.locator("button[name=action-submit]").click()
    shot(tab, "submitted.png")
    from wagtail.models import WorkflowState

    errors = tab.locator(".error-message, .w-field__errors").all_inner_texts()
    assert WorkflowState.objects.filter(object_id=str(page_id)).exists(), (tab.url, errors)
    tab.context.close()

    # -- the moderator approves with a comment ----------------------------------------
    mail.outbox.clear()
    tab = login(browser, base, "mod")
    assert "在呼兰河边长大" in tab.locator("body").inner_text()
    no_english(tab, "moderator dashboard", english_seen)
    tab.goto(f"{base}/admin/pages/{page_id}/edit/")
    tab.get_by_role("button", name="更多动作").click()
    tab.locator("button[data-workflow-action-name=approve]").last.click()
    comment = tab.locator("textarea[name=comment]:visible, .modal textarea:visible").first
    comment.wait_for(state="visible")
    comment.fill("推荐理由写得好，同意发布。")
    shot(tab, "approve-with-comment.png")
    tab.locator(
        ".modal button[type=submit]:visible, [role=dialog] button[type=submit]:visible"
    ).first.click()
    # Poll over HTTP (the API serves live pages only): reading the in-memory SQLite
    # database from this thread would lock the table the server is writing.
    for _ in range(150):
        if tab.request.get(f"{base}/api/v2/pages/{page_id}/").status == 200:
            break
        tab.wait_for_timeout(200)
    page = read_when_unlocked(tab, lambda: Page.objects.get(pk=page_id).specific)
    assert page.live
    mails = [m for m in mail.outbox if "ed@example.org" in m.to]
    assert any("推荐理由写得好，同意发布。" in m.body for m in mails), [m.body for m in mails]

    # -- public page, API and search show the same (now published) book ---------------
    book = page.book
    assert book.live and book.title == "呼兰河传"
    public = tab.context.new_page()
    public.goto(base + page.url)
    assert "呼兰河传" in public.locator("main").inner_text()
    api = public.request.get(f"{base}/api/v2/pages/{page_id}/").json()
    assert api["book"]["title"] == "呼兰河传"
    books = public.request.get(f"{base}/api/v2/books/?fields=title,publisher").json()
    assert any(
        item["title"] == "呼兰河传" and item["publisher"] == "人民文学出版社"
        for item in books["items"]
    )
    public.goto(f"{base}/search/?q=呼兰河传")
    assert "呼兰河传" in public.locator("main").inner_text()

    # -- admin book search (title, author, publisher, ISBN) works ---------------------
    for query in ("呼兰", "萧红", "人民文学"):
        tab.goto(f"{base}/admin/snippets/recommendations/book/?q={query}")
        assert "呼兰河传" in tab.locator("main").inner_text(), query
    no_english(tab, "book listing", english_seen)
    tab.context.close()

    # -- a translation: submitted by the editor, approved by the moderator -------------
    from wagtail.models import Locale

    from tests.editorial.test_translation_workflow import start_translation

    en = Locale.objects.get(language_code="en")
    home_en = page.get_parent().get_parent().specific
    if not home_en.get_translation_or_none(en):
        start_translation(home_en, en).save_revision().publish()
    start_translation(index, en).save_revision().publish()
    english = start_translation(page, en)

    tab = login(browser, base, "ed")
    tab.goto(f"{base}/admin/translations/{english.pk}/submit/")
    no_english(tab, "submit translation", english_seen)
    assert "还没有English版本" in tab.locator("main").inner_text()
    with tab.expect_navigation():
        tab.get_by_role("button", name="提交审核").click()
    tab.context.close()

    tab = login(browser, base, "mod")
    text = tab.locator("body").inner_text()
    assert "还没有译本" in text
    # wagtail-localize's translation editor has no workflow menu: the moderator approves
    # from the dashboard's 等待你的审查 panel (its 批准 action, posted with the session).
    tab.goto(f"{base}/admin/")
    action = tab.locator(
        f"[data-workflow-action-url*='/workflow/action/{english.pk}/approve/']"
    ).first.get_attribute("data-workflow-action-url")
    token = next(c["value"] for c in tab.context.cookies() if c["name"] == "csrftoken")
    response = tab.request.post(
        base + action,
        form={"csrfmiddlewaretoken": token, "comment": "译文通过"},
        headers={"X-CSRFToken": token, "Referer": f"{base}/admin/"},
    )
    assert response.status < 400, response.status
    for _ in range(150):
        if tab.request.get(f"{base}/api/v2/pages/{english.pk}/").status == 200:
            break
        tab.wait_for_timeout(200)
    english.refresh_from_db()
    assert english.live

    leftovers = {where: words for where, words in english_seen.items() if words}
    assert leftovers == {}, leftovers
