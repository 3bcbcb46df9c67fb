from importlib.util import find_spec
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import import_string
from wagtail.models import Site

from core import renditions
from core.bulk import deferred_reference_index
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
        unlisted = unlisted_demo_modules()
        if unlisted:
            raise CommandError(
                f"{'、'.join(unlisted)} 未列入 settings.DEMO_LOADERS；请按加载顺序加入。"
                f" / Add {', '.join(unlisted)} to settings.DEMO_LOADERS, in loading order."
            )
        ctx = DemoContext(self.stdout, self.style)
        # The reference index is brought up to date once, after the last loader
        # (core.bulk): a page saved five times while the demo is built is indexed once.
        with deferred_reference_index():
            for loader in settings.DEMO_LOADERS:
                ctx.section(loader.removesuffix(".load").replace(".demo", ""))
                with transaction.atomic(), renditions.suspended():
                    import_string(loader)(ctx)
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


def unlisted_demo_modules():
    """Apps' demo.py modules none of whose loaders is listed in settings.DEMO_LOADERS."""
    listed = {loader.rsplit(".", 1)[0] for loader in settings.DEMO_LOADERS}
    modules = (f"{app}.demo" for app in settings.PROJECT_APPS)
    return [name for name in modules if name not in listed and find_spec(name) is not None]
