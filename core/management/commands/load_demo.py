from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from core.demo_context import DemoContext


class Command(BaseCommand):
    help = "建立演示站点（可重复运行：已有内容不会重复创建或被覆盖）。"

    def handle(self, *args, **options):
        ctx = DemoContext(self.stdout, self.style)
        for app in settings.PROJECT_APPS:
            name = f"{app}.demo"
            if find_spec(name) is None:
                continue
            ctx.section(app)
            with transaction.atomic():
                import_module(name).load(ctx)
        self.stdout.write(self.style.SUCCESS(f"演示内容已就绪：{ctx.summary()}"))
