"""Check the links in every published page and store the broken ones (健康检查 → 失效链接).

Run on a schedule (``make run`` does it every LINK_CHECK_SECONDS; in production a cron or
systemd timer, see docs/deployment.md). Bounded: at most --max-urls distinct URLs per run,
--concurrency threads, --timeout seconds per request, --host-delay seconds between two
requests to the same host.
"""

from django.core.management.base import BaseCommand

from editorial.health.links import LinkChecker
from editorial.health.runner import run_link_check


class Command(BaseCommand):
    help = "检查已发布页面中的站内和外部链接，保存失效链接供健康检查报告使用。"

    def add_arguments(self, parser):
        parser.add_argument("--max-urls", type=int, default=None, help="本次最多检查的链接数")
        parser.add_argument("--timeout", type=float, default=None, help="每个请求的超时秒数")
        parser.add_argument("--concurrency", type=int, default=None, help="同时检查的链接数")
        parser.add_argument(
            "--host-delay", type=float, default=None, help="同一网站两次请求的最小间隔秒数"
        )

    def handle(self, *args, **options):
        checker = LinkChecker(
            timeout=options["timeout"],
            concurrency=options["concurrency"],
            host_delay=options["host_delay"],
        )
        run = run_link_check(max_urls=options["max_urls"], checker=checker)
        self.stdout.write(
            f"检查了 {run.pages} 个页面中的 {run.links} 个链接，失效 {run.broken} 个"
            + (f"，{run.skipped} 个超出本次上限留待下次" if run.skipped else "")
            + "。"
        )
