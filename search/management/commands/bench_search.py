"""Benchmark: 10 000 synthetic pages from the demo vocabulary, index build time, query times.

``make bench-search`` or ``manage.py bench_search [--pages N] [--rounds R]``. The command
re-runs itself in a subprocess on a scratch SQLite database in a temporary directory
(``search.bench_settings``), so the development database is never touched.
"""

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

STREETS = [
    "西长安街", "新街口", "月坛", "展览路", "德胜", "金融街", "什刹海", "大栅栏", "天桥",
    "椿树", "陶然亭", "广安门内", "牛街", "白纸坊", "广安门外",
]  # fmt: skip
PLACES = ["图书馆", "社区书屋", "书香驿站", "特色书店", "24小时书房", "阅读空间", "街道图书馆"]
TOPICS = [
    "亲子阅读", "全民阅读", "书香家庭", "阅读推广人", "好书推荐", "推荐书单", "数字阅读",
    "无障碍阅读", "适老化服务", "读书会", "阅读品牌", "光荣榜", "经典诵读", "阅读季",
]  # fmt: skip
BOOKS = [
    "骆驼祥子", "四世同堂", "茶馆", "城南旧事", "红楼梦", "边城", "呐喊", "朝花夕拾",
    "平凡的世界", "活着", "围城", "乡土中国", "时间简史", "昆虫记", "小王子", "草房子",
]  # fmt: skip
AUTHORS = ["老舍", "林海音", "曹雪芹", "沈从文", "鲁迅", "路遥", "余华", "钱锺书", "费孝通"]
PHRASES = [
    "欢迎居民带孩子参加", "周末上午在{street}街道举行", "活动免费，需提前报名",
    "本期共读{author}的《{book}》", "由阅读推广人带领讨论", "馆内设有无障碍通道和大字读物",
    "开放时间为周二至周日", "可以借阅图书并使用自助借还机", "适合老年读者和视障读者",
    "推动全民阅读，建设书香西城", "分享家庭阅读的故事", "评选结果将在光荣榜公示",
]  # fmt: skip
ENGLISH = [
    "Reading club for families", "Public library opening hours", "Book recommendations",
    "Scholarly Xicheng reading season", "Children's reading corner", "Accessible reading",
]  # fmt: skip

QUERIES = [
    "阅读", "书香", "西城", "亲子", "老舍", "图书馆", "全民阅读", "书香驿站", "阅读推广人",
    "什刹海街道", "骆驼祥子", "亲子阅读 讲座", "24小时书房", "西城区图书馆 周末", "无障碍",
    "数字阅读", "老舍 茶馆", "reading", "library", "Xicheng reading",
]  # fmt: skip


def synthetic_page(rng, n):
    street, place, topic = rng.choice(STREETS), rng.choice(PLACES), rng.choice(TOPICS)
    book, author = rng.choice(BOOKS), rng.choice(AUTHORS)
    title = f"{street}{place}{topic}活动（第{n}期）"
    sentences = [
        rng.choice(PHRASES).format(street=street, book=book, author=author) for _ in range(8)
    ]
    if rng.random() < 0.2:
        sentences.append(rng.choice(ENGLISH))
    return title, "，".join(sentences)[:480] + "。"


def create_pages(parent, pages):
    """Insert live StandardPages under ``parent`` in bulk (treebeard paths computed here).

    ``add_child`` takes ~40 ms a page; rows inserted directly take well under 1 ms.
    """
    import uuid

    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import F
    from django.utils import timezone
    from wagtail.models import Page

    # The benchmark's pages are plain standard pages; looked up by label, as the layering
    # rule lets search read the home app only through its queries.py.
    StandardPage = apps.get_model("home.StandardPage")
    content_type = ContentType.objects.get_for_model(StandardPage)
    now = timezone.now()
    with transaction.atomic():
        rows = []
        for i, (title, _intro) in enumerate(pages, start=parent.numchild + 1):
            slug = f"bench-{i}"
            rows.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(parent.path, parent.depth + 1, i),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{slug}/",
                    locale_id=parent.locale_id,
                    translation_key=uuid.uuid4(),
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
        Page.objects.bulk_create(rows, batch_size=500)
        for row, (_title, intro) in zip(rows, pages, strict=True):
            page = StandardPage(page_ptr_id=row.pk, intro=intro)
            page.__dict__.update({f.attname: getattr(row, f.attname) for f in Page._meta.fields})
            page.save_base(raw=True, force_insert=True)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(rows))


def percentile(values, pct):
    values = sorted(values)
    k = (len(values) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


class Command(BaseCommand):
    help = (
        "搜索性能基准：在临时 SQLite 数据库中建立 10 000 个合成页面，报告索引耗时和查询 p50/p95。"
    )

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=10_000)
        parser.add_argument("--rounds", type=int, default=5)
        parser.add_argument("--inside", action="store_true", help="(internal) run the benchmark")

    def handle(self, *args, **options):
        if not options["inside"]:
            return self.spawn(options)
        return self.run(options)

    def spawn(self, options):
        with tempfile.TemporaryDirectory(prefix="sxc-bench-search-") as tmp:
            env = {
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "search.bench_settings",
                "SEARCH_BENCH_DIR": tmp,
            }
            env.pop("DATABASE_URL", None)
            command = [
                sys.executable,
                str(settings.BASE_DIR / "manage.py"),
                "bench_search",
                "--inside",
                f"--pages={options['pages']}",
                f"--rounds={options['rounds']}",
            ]
            subprocess.run(command, env=env, check=True)

    def run(self, options):
        from django.test import Client
        from wagtail.models import Page

        from search.results import Search, active_locale

        assert "bench.sqlite3" in str(settings.DATABASES["default"]["NAME"])
        out = self.stdout
        call_command("migrate", verbosity=0, interactive=False)
        home = Page.objects.get(depth=2, locale__language_code="zh-hans").specific

        rng = random.Random(20171226)
        started = time.perf_counter()
        create_pages(home, [synthetic_page(rng, n + 1) for n in range(options["pages"])])
        created = time.perf_counter() - started
        out.write(f"pages created: {options['pages']} in {created:.1f} s (not indexed)")

        started = time.perf_counter()
        call_command("update_index", stdout=StringIO(), stderr=StringIO())
        build = time.perf_counter() - started
        out.write(f"index build (manage.py update_index): {build:.1f} s")

        locale = active_locale()
        backend_times, view_times, counts = [], [], {}
        client = Client()
        for query in QUERIES:  # warm up: jieba, SQLite page cache
            search = Search(query, locale=locale)
            counts[query] = search.pages().count()
            client.get("/search/", {"q": query})
        for _round in range(options["rounds"]):
            for query in QUERIES:
                started = time.perf_counter()
                search = Search(query, locale=locale)
                results = search.pages(specific=True)
                results.count()
                list(results[:10])
                backend_times.append((time.perf_counter() - started) * 1000)

                started = time.perf_counter()
                response = client.get("/search/", {"q": query})
                view_times.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200
        out.write(f"queries: {len(QUERIES)} × {options['rounds']} rounds")
        for label, times in (
            ("search (count + first 10 results)", backend_times),
            ("GET /search/ (whole page)", view_times),
        ):
            out.write(
                f"{label}: p50 {statistics.median(times):.1f} ms, "
                f"p95 {percentile(times, 95):.1f} ms, max {max(times):.1f} ms"
            )
        out.write("matches per query: " + ", ".join(f"{q} {n}" for q, n in counts.items()))
