"""The health monitor: a stale section, an empty one, a broken link (local server only),
an overdue message and personal data in a published page."""

import datetime
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from articles.models import ArticleIndexPage
from editorial.health.links import LinkChecker, links_in_string
from editorial.health.models import LinkProblem
from editorial.health.personal import scan_pages
from editorial.health.runner import run_link_check
from editorial.health.sections import empty_sections, stale_sections
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


class Handler(BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.send_response(200 if self.path == "/ok" else 404)
        self.end_headers()

    do_GET = do_HEAD

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def body(html):
    return [("paragraph", html)]


def test_stale_and_empty_sections(home):
    news = ArticleIndexPage(title="资讯", slug="news")
    home.add_child(instance=news)
    news.save_revision().publish()
    long_ago = timezone.now() - datetime.timedelta(days=30)
    Page.objects.filter(pk__in=[home.pk, news.pk]).update(last_published_at=long_ago)
    stale = {s.page.pk: s for s in stale_sections()}
    assert news.pk in stale and stale[news.pk].days_since >= 30 and stale[news.pk].max_days == 14
    assert news.pk in {p.pk for p in empty_sections()}


def test_links_found_in_rich_text():
    html = '<p><a href="https://example.org/a">a</a> <a linktype="page" id="7">b</a></p>'
    assert links_in_string(html) == ["https://example.org/a", "page:7"]


def test_check_links_stores_a_broken_link_and_forgets_it_when_fixed(home, local_server):
    page = StandardPageFactory(
        parent=home,
        slug="links",
        body=body(
            f'<p><a href="{local_server}/ok">好</a> <a href="{local_server}/missing">坏</a> '
            '<a href="/no-such-page/">站内坏链</a> <a linktype="page" id="999999">已删除</a></p>'
        ),
    )
    page.save_revision().publish()
    checker = LinkChecker(timeout=2, concurrency=2, host_delay=0)
    run = run_link_check(checker=checker, pages=[page.specific])
    problems = {p.url: p for p in LinkProblem.objects.filter(page=page)}
    assert (
        f"{local_server}/missing" in problems and problems[f"{local_server}/missing"].status == 404
    )
    assert f"{local_server}/ok" not in problems
    assert "/no-such-page/" in problems and problems["/no-such-page/"].internal
    assert "page:999999" in problems
    assert run.broken == 3

    page.body = body(f'<p><a href="{local_server}/ok">好</a></p>')
    page.save_revision().publish()
    run_link_check(checker=checker, pages=[Page.objects.get(pk=page.pk).specific])
    assert not LinkProblem.objects.filter(page=page).exists()


def test_timeout_is_reported_not_raised(home):
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts, never answers
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/slow"
    try:
        status, error = LinkChecker(timeout=0.5, host_delay=0).check(url)
    finally:
        listener.close()
    assert status is None and ("超时" in error or "无法访问" in error)


def test_personal_data_in_a_published_page_is_listed(home):
    page = StandardPageFactory(
        parent=home, slug="honours", body=body("<p>联系人电话 13912345678</p>")
    )
    page.save_revision().publish()
    found = scan_pages([page.specific])
    assert [(f.label, f.excerpt) for f in found] == [("手机号码", "139****5678")]


def test_report_and_dashboard_show_the_planted_problems(client, home, local_server):
    from django.contrib.auth import get_user_model

    from consultation.factories import MessageFactory

    boss = get_user_model().objects.create_superuser("chief", "c@example.org", "pw")
    page = StandardPageFactory(
        parent=home, slug="planted", body=body(f'<p><a href="{local_server}/gone">旧链接</a></p>')
    )
    page.save_revision().publish()
    run_link_check(checker=LinkChecker(timeout=2, host_delay=0))
    Page.objects.filter(pk=home.pk).update(
        last_published_at=timezone.now() - datetime.timedelta(days=20)
    )
    Page.objects.filter(pk=page.pk).update(
        last_published_at=timezone.now() - datetime.timedelta(days=20)
    )
    MessageFactory(title="超期的留言", received_at=timezone.now() - datetime.timedelta(days=20))
    client.force_login(boss)
    html = client.get(reverse("editorial_health_report")).content.decode()
    assert f"{local_server}/gone" in html and "HTTP 404" in html
    assert "超期未更新的栏目（1）" in html
    assert "超期的留言" in html
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "网站健康检查" in dashboard and "1</strong> 个失效链接" in dashboard


def test_check_links_command_runs_without_network(home, capsys):
    call_command("check_links", "--max-urls", "5", "--timeout", "1")
    assert "检查了" in capsys.readouterr().out
