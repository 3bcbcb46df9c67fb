"""Benchmark: a large catalogue (books, recommendations, book lists, other pages), index
build time, and p50/p95 of a fixed set of Chinese, English and mixed queries.

``make bench-search`` or ``manage.py bench_search [--books N] [--rounds R] [--keep DIR]``.
The command re-runs itself in a subprocess with ``search.bench_settings``: a scratch SQLite
database in a temporary directory (or ``--keep DIR``, reused when it already holds a
catalogue), or — when ``DATABASE_URL`` names PostgreSQL — a scratch database on that server,
dropped afterwards. The development database is never touched.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

QUERIES = {
    "Chinese": [
        "阅读", "书香", "西城", "亲子", "老舍", "图书馆", "全民阅读", "书香驿站", "阅读推广人",
        "什刹海街道", "骆驼祥子", "24小时书房", "无障碍", "数字阅读", "胡同", "中轴线",
    ],
    "English": ["reading", "library", "Xicheng reading", "children's reading corner"],
    "mixed": ["亲子阅读 讲座", "西城区图书馆 周末", "老舍 茶馆", "reading 书香", "24小时 library"],
}  # fmt: skip


def percentile(values, pct):
    values = sorted(values)
    k = (len(values) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def _scratch_postgres(url):
    """(scratch database URL, drop callback) on the PostgreSQL server ``url`` names."""
    import psycopg

    base, _, _name = url.rpartition("/")
    name = f"sxc_bench_search_{os.getpid()}"
    admin = f"{base}/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"{base}/{name}", drop


class Command(BaseCommand):
    help = "搜索性能基准：在临时数据库中建立大型书目与页面，报告索引耗时和查询 p50/p95。"

    def add_arguments(self, parser):
        parser.add_argument("--books", type=int, default=5000)
        parser.add_argument("--recommendations", type=int, default=5000)
        parser.add_argument("--list-entries", type=int, default=5000)
        parser.add_argument("--pages", type=int, default=10_000)
        parser.add_argument("--rounds", type=int, default=5)
        parser.add_argument("--keep", default="", help="SQLite 目录：保留并复用已建好的数据")
        parser.add_argument("--inside", action="store_true", help="(internal) run the benchmark")
        parser.add_argument("--cold-start", action="store_true", help="(internal) first search")

    def handle(self, *args, **options):
        if options["cold_start"]:
            return self.cold_start()
        if not options["inside"]:
            return self.spawn(options)
        return self.run(options)

    def spawn(self, options):
        url = os.environ.get("DATABASE_URL", "")
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "search.bench_settings"}
        env.pop("DATABASE_URL", None)
        drop = None
        if url.startswith(("postgres://", "postgresql://")):
            env["SEARCH_BENCH_DATABASE_URL"], drop = _scratch_postgres(url)
        passed = [
            f"--{name.replace('_', '-')}={options[name]}"
            for name in ("books", "recommendations", "list_entries", "pages", "rounds")
        ]
        command = [sys.executable, str(settings.BASE_DIR / "manage.py"), "bench_search"]
        try:
            if options["keep"]:
                os.makedirs(options["keep"], exist_ok=True)
                env["SEARCH_BENCH_DIR"] = options["keep"]
                subprocess.run([*command, "--inside", *passed], env=env, check=True)
            else:
                with tempfile.TemporaryDirectory(prefix="sxc-bench-search-") as tmp:
                    env["SEARCH_BENCH_DIR"] = tmp
                    subprocess.run([*command, "--inside", *passed], env=env, check=True)
        finally:
            if drop is not None:
                drop()

    def cold_start(self):
        """In a fresh process: load the WSGI application as a server does, then time the
        first and the second search (``WARM_UP=0`` shows what warming saves)."""
        from django.test import Client

        import config.wsgi  # noqa: F401 — warms up unless WARM_UP=0

        client = Client()
        times = []
        # The same search twice; the second URL differs only by an unused parameter, so
        # no page cache can answer it: the difference is what a cold process pays.
        for extra in ({}, {"again": "1"}):
            started = time.perf_counter()
            client.get("/search/", {"q": "图书馆", **extra})
            times.append((time.perf_counter() - started) * 1000)
        self.stdout.write(f"{times[0]:.1f} {times[1]:.1f}")

    def measure_cold_start(self):
        command = [sys.executable, str(settings.BASE_DIR / "manage.py"), "bench_search"]
        for warm in ("1", "0"):
            env = {**os.environ, "WARM_UP": warm}
            first, second = subprocess.run(
                [*command, "--cold-start"], env=env, check=True, capture_output=True, text=True
            ).stdout.split()[-2:]
            label = "warmed at start" if warm == "1" else "not warmed (WARM_UP=0)"
            self.stdout.write(
                f"fresh process, {label}: first GET /search/ {first} ms, second {second} ms"
            )

    def build(self, options):
        from wagtail.models import Page

        from search.bench import catalogue

        out = self.stdout
        home = Page.objects.get(depth=2, locale__language_code="zh-hans").specific
        started = time.perf_counter()
        made = catalogue.build(
            home,
            books=options["books"],
            recommendations=options["recommendations"],
            list_entries=options["list_entries"],
            pages=options["pages"],
        )
        took = time.perf_counter() - started
        out.write("catalogue: " + ", ".join(f"{n} {k}" for k, n in made.items()))
        out.write(f"rows inserted in {took:.1f} s (not indexed)")
        started = time.perf_counter()
        call_command("update_index", stdout=StringIO(), stderr=StringIO())
        out.write(f"index build (manage.py update_index): {time.perf_counter() - started:.1f} s")
        if connection.vendor == "postgresql":
            # Rows inserted in bulk have no planner statistics until autovacuum gets to them;
            # a live site has them. Without them PostgreSQL plans nested loops over 20 000 rows.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def run(self, options):
        from django.apps import apps
        from django.test import Client, override_settings

        from search.results import Search, active_locale

        Book = apps.get_model("recommendations.Book")

        out = self.stdout
        out.write(f"database: {connection.vendor}")
        call_command("migrate", verbosity=0, interactive=False)
        if Book.objects.count() < options["books"]:
            self.build(options)
        else:
            out.write(f"catalogue: reused ({Book.objects.count()} books)")

        locale = active_locale()
        client = Client()
        queries = [q for group in QUERIES.values() for q in group]
        counts = {}
        for query in queries:  # warm up: jieba, the database's page cache
            search = Search(query, locale=locale)
            counts[query] = search.type_counts()
            client.get("/search/", {"q": query})
        # Wall time, and the process's CPU time: SQLite runs inside this process, so CPU
        # time measures the work done even when other programs load the machine.
        timings = {kind: {group: [] for group in QUERIES} for kind in ("backend", "view")}
        cpu = {kind: {group: [] for group in QUERIES} for kind in ("backend", "view")}
        for _round in range(options["rounds"]):
            for group, group_queries in QUERIES.items():
                for query in group_queries:
                    started, cpu_started = time.perf_counter(), time.process_time()
                    search = Search(query, locale=locale)
                    search.type_counts()
                    list(search.pages(specific=True)[:10])
                    list(search.books()[:4])
                    timings["backend"][group].append((time.perf_counter() - started) * 1000)
                    cpu["backend"][group].append((time.process_time() - cpu_started) * 1000)

                    # Rendered every time (the page cache would answer repeats in ~1 ms).
                    started, cpu_started = time.perf_counter(), time.process_time()
                    with override_settings(PAGE_CACHE=False):
                        response = client.get("/search/", {"q": query})
                    timings["view"][group].append((time.perf_counter() - started) * 1000)
                    cpu["view"][group].append((time.process_time() - cpu_started) * 1000)
                    assert response.status_code == 200, (query, response.status_code)
        out.write(f"queries: {len(queries)} × {options['rounds']} rounds")
        labels = {
            "backend": "search (counts + 10 pages + 4 books)",
            "view": "GET /search/ rendered (no page cache)",
        }
        for kind, label in labels.items():
            groups = [*QUERIES, "all"]
            for group in groups:
                if group == "all":
                    wall = [t for times in timings[kind].values() for t in times]
                    work = [t for times in cpu[kind].values() for t in times]
                else:
                    wall, work = timings[kind][group], cpu[kind][group]
                out.write(
                    f"{label}, {group}: p50 {statistics.median(wall):.1f} ms, "
                    f"p95 {percentile(wall, 95):.1f} ms, max {max(wall):.1f} ms "
                    f"(CPU p50 {statistics.median(work):.1f} ms, p95 {percentile(work, 95):.1f} ms)"
                )
        self.measure_cold_start()
        out.write(
            "matches (pages+books) per query: "
            + ", ".join(f"{q} {sum(c.values())}" for q, c in counts.items())
        )
