from django.core.management.base import BaseCommand

from search import stats


class Command(BaseCommand):
    help = (
        "把缓存中累计的搜索次数写入数据库（Query / QueryDailyHits）。建议每几分钟由 cron 运行一次。"
    )

    def handle(self, *args, **options):
        count = stats.flush()
        self.stdout.write(f"search hits flushed for {count} queries")
