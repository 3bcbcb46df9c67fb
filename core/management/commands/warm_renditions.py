from django.core.management.base import BaseCommand
from wagtail.images import get_image_model
from wagtail.models import Page

from core.renditions import warm_paths


class Command(BaseCommand):
    help = "逐一打开所有已发布页面，预先生成页面用到的图片尺寸（并填充页面缓存）。"

    def handle(self, *args, **options):
        import time

        renditions = get_image_model().get_rendition_model().objects
        before = renditions.count()
        started = time.perf_counter()
        paths = [
            url
            for url in (page.get_url() for page in Page.objects.live().public().filter(depth__gt=1))
            if url
        ]
        statuses = warm_paths(paths)
        failed = sorted(path for path, status in statuses.items() if status >= 500)
        self.stdout.write(
            f"预生成图片：打开 {len(paths)} 个页面，新生成 {renditions.count() - before} 个图片尺寸，"
            f"用时 {time.perf_counter() - started:.1f} 秒。"
        )
        for path in failed:
            self.stderr.write(f"页面出错：{path}")
