from django.core.management.base import BaseCommand
from wagtail.images import get_image_model
from wagtail.models import Page

from core.renditions import api_path, warm_paths


class Command(BaseCommand):
    help = "逐一打开所有已发布页面及其开放数据接口，预先生成用到的图片尺寸（并填充页面缓存）。"

    def handle(self, *args, **options):
        import time

        renditions = get_image_model().get_rendition_model().objects
        before = renditions.count()
        started = time.perf_counter()
        live = Page.objects.live().public().filter(depth__gt=1)
        pages = [(page, url) for page, url in ((page, page.get_url()) for page in live) if url]
        # Every page, then every page in the API: its image fields have sizes of their own.
        paths = [url for _, url in pages] + [api_path(page) for page, _ in pages]
        statuses = warm_paths(paths)
        failed = sorted(path for path, status in statuses.items() if status >= 500)
        self.stdout.write(
            f"预生成图片：打开 {len(pages)} 个页面及其接口，新生成 {renditions.count() - before} 个图片尺寸，"
            f"用时 {time.perf_counter() - started:.1f} 秒。"
        )
        for path in failed:
            self.stderr.write(f"页面出错：{path}")
