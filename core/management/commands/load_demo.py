from importlib import import_module
from importlib.util import find_spec
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Site

from core import renditions
from core.demo_context import DemoContext


class Command(BaseCommand):
    help = "建立演示站点（可重复运行：已有内容不会重复创建或被覆盖）。"

    def add_arguments(self, parser):
        parser.add_argument(
            "--site-url",
            help="站点的访问地址，如 http://127.0.0.1:8000；用于规范网址、分享链接和二维码。",
        )

    def handle(self, *args, site_url=None, **options):
        if site_url:
            self.point_site_at(site_url)
        ctx = DemoContext(self.stdout, self.style)
        for app in settings.PROJECT_APPS:
            name = f"{app}.demo"
            if find_spec(name) is None:
                continue
            ctx.section(app)
            with transaction.atomic(), renditions.suspended():
                import_module(name).load(ctx)
        self.stdout.write(self.style.SUCCESS(f"演示内容已就绪：{ctx.summary()}"))

    def point_site_at(self, site_url):
        """Canonical URLs, QR codes and embed code use the Site's host: make it the served one."""
        parts = urlsplit(site_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise CommandError(f"--site-url 需要 http(s) 网址，收到：{site_url}")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        site = Site.objects.get(is_default_site=True)
        if (site.hostname, site.port) != (parts.hostname, port):
            site.hostname, site.port = parts.hostname, port
            site.save()
