"""Walk the editorial workflow in the running demo admin and take the editor guide's screenshots.

Usage (with `make run` or `manage.py runserver` serving the demo):

    .venv/bin/pip install playwright   # the package ships its driver; no browser download
    .venv/bin/python docs/img/take_screenshots.py http://127.0.0.1:8000

It drives the system Chromium (/usr/bin/chromium) headless, logs in as the demo accounts
printed by `make run`, really submits, approves and schedules a page, sends a form, and
writes small palette PNGs next to this file. Run it on a fresh demo: it changes content.
"""

import sys
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
PASSWORDS = {
    "editor": "shuxiang-editor-2026",
    "moderator": "shuxiang-moderator-2026",
    "reviewer": "shuxiang-reviewer-2026",
}


def shrink(path, colours=96):
    """A palette PNG keeps admin screenshots legible at a fraction of the size."""
    image = Image.open(path).convert("RGB")
    image.quantize(colors=colours, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


class Walk:
    def __init__(self, browser, base):
        self.browser = browser
        self.base = base.rstrip("/")
        self.page = None

    def as_user(self, username, width=1280, height=900):
        if self.page is not None:
            self.page.context.close()
        context = self.browser.new_context(
            viewport={"width": width, "height": height}, locale="zh-CN"
        )
        self.page = context.new_page()
        if username:
            self.go("/admin/login/")
            self.page.fill("#id_username", username)
            self.page.fill("#id_password", PASSWORDS[username])
            self.page.click("button[type=submit]")
            self.page.wait_for_load_state("networkidle")
        return self.page

    def go(self, path):
        self.page.goto(self.base + path)
        self.page.wait_for_load_state("networkidle")

    def shot(self, name, full_page=False, clip=None):
        path = HERE / name
        self.page.screenshot(path=str(path), full_page=full_page, clip=clip)
        shrink(path)
        print(f"{name}: {path.stat().st_size // 1024} KB")

    def page_id(self, slug):
        response = self.page.request.get(
            f"{self.base}/api/v2/pages/?slug={slug}&locale=zh-hans&format=json"
        )
        return response.json()["items"][0]["id"]


def main(base):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        walk = Walk(browser, base)
        walk.as_user(None)
        about = walk.page_id("about")
        feedback = walk.page_id("feedback")
        promoter = walk.page_id("wang")

        # 1. The editor's dashboard.
        page = walk.as_user("editor")
        walk.shot("01-editor-dashboard.png")

        # 2. The editor changes a page and submits it: there is no "publish" for editors.
        walk.go(f"/admin/pages/{about}/edit/")
        page.fill(
            "#id_intro", "书香西城是西城区全民阅读服务平台：找好书、找空间、找活动，都在这里。"
        )
        page.get_by_role("button", name="更多动作").click()
        page.wait_for_timeout(300)
        walk.shot("02-editor-submit.png")
        page.locator("button[name=action-submit]").click()
        page.wait_for_load_state("networkidle")

        # 3. The moderator sees the task on the dashboard and approves it in the editor.
        page = walk.as_user("moderator")
        walk.shot("03-moderator-dashboard.png")
        walk.go(f"/admin/pages/{about}/edit/")
        page.get_by_role("button", name="更多动作").click()
        page.wait_for_timeout(300)
        walk.shot("04-moderator-approve.png")
        page.locator("button[data-workflow-action-name=approve]").first.click()
        page.wait_for_timeout(500)
        dialog = page.locator("[role=dialog]:visible")
        if dialog.count():
            dialog.locator("textarea").first.fill("内容准确，同意发布。")
            dialog.locator("button[type=submit]").first.click()
        page.wait_for_load_state("networkidle")
        walk.go(f"/admin/pages/{about}/history/")
        walk.shot("05-history.png")

        # 4. Scheduling: the status side panel's 发布计划.
        page = walk.as_user("editor")
        walk.go(f"/admin/pages/{about}/edit/")
        page.locator("[data-side-panel-toggle=status]").click()
        page.wait_for_timeout(400)
        page.get_by_role("button", name="设置计划").click()
        page.wait_for_timeout(400)
        walk.shot("06-schedule.png")

        # 5. Images and their focal point.
        walk.go("/admin/images/?q=首页横幅")
        hrefs = page.locator("a[href*='/admin/images/']").evaluate_all(
            "els => els.map(e => e.getAttribute('href')).filter(h => /images\\/\\d+\\//.test(h))"
        )
        walk.go(hrefs[0])
        walk.shot("07-image-focal-point.png")

        # 6. A form page's editor-managed fields.
        walk.go(f"/admin/pages/{feedback}/edit/")
        page.get_by_text("表单字段", exact=True).first.scroll_into_view_if_needed()
        page.mouse.wheel(0, 250)
        page.wait_for_timeout(300)
        walk.shot("08-form-fields.png")

        # 7. A resident sends the feedback form on a phone; a mistake first.
        walk.as_user(None, width=390, height=844)
        page = walk.page
        walk.go("/feedback/")
        page.get_by_label("称呼").fill("张女士")
        page.get_by_label("联系电话").fill("12345")
        page.get_by_role("button", name="提交留言").click()
        page.wait_for_load_state("networkidle")
        walk.shot("09-public-form-errors.png")
        page.get_by_label("建议", exact=True).check()
        page.get_by_label("留言内容").fill("社区书屋能否在周末延长开放时间到晚上八点？")
        page.get_by_label("联系电话").fill("13800000000")
        page.locator("#id_privacy_consent").check()
        page.get_by_role("button", name="提交留言").click()
        page.wait_for_load_state("networkidle")
        walk.shot("10-public-form-thanks.png")

        # 8. Only form reviewers read submissions; an editor gets 403.
        walk.as_user("reviewer")
        walk.go(f"/admin/forms/submissions/{feedback}/")
        walk.shot("11-reviewer-submissions.png")
        walk.as_user("editor")
        walk.go(f"/admin/forms/submissions/{feedback}/")
        walk.shot("12-editor-403.png")

        # 9. Translation into English.
        walk.go(f"/admin/localize/submit/page/{promoter}/")
        walk.shot("13-translate.png")

        # 10. The preview and Checks panels (issue 12), the book chooser and its search.
        page = walk.page
        walk.go(f"/admin/pages/{about}/edit/")
        for name, shot in (("preview", "14-preview-panel.png"), ("checks", "15-checks-panel.png")):
            toggle = page.locator(f"[data-side-panel-toggle={name}]")
            if toggle.get_attribute("aria-expanded") != "true":
                toggle.click()
            page.wait_for_timeout(4000)
            walk.shot(shot)
        walk.go("/admin/snippets/recommendations/book/?q=老舍")
        walk.shot("16-book-search.png")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
