"""`make bench`: what each page type costs, uncached and cached, next to a minimal view.

Run by `make bench` on a scratch copy of the demo (its own VAR_DIR), with the settings
`make run` uses plus one extra URL (config.settings.bench). For every page type it prints:

- queries (miss): the same page rendered again with the page cache off: a page-cache miss
  once the page's 60-second lifetime is over (what tests/foundation/test_query_budget*.py
  count);
- queries (cold): database queries of the first request after the cache was emptied,
  page cache off (image renditions already made) — what a reader pays when nothing is
  cached;
- render ms: the median of in-process requests with the page cache off (menus, settings
  and other fragment caches warm), i.e. the cost of a page-cache miss;
- cached req/s: requests per second served by gunicorn (2 sync workers, as make run) to a
  pure-Python load generator (threads, one connection per request) once the page is cached;
- the same load against a minimal Django view returning 20 KB through the same middleware,
  in the same run, and each page's ratio to it.
"""

import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

MINIMAL_URL = "/bench/minimal/"

# (label, model "app.Model" whose first live Chinese page is measured) or a fixed URL.
PAGE_TYPES = [
    ("home", "home.HomePage"),
    ("/books/ (recommendations)", "recommendations.RecommendationIndexPage"),
    ("a recommendation", "recommendations.BookRecommendationPage"),
    ("a book list", "recommendations.BookListPage"),
    ("/news/ (articles)", "articles.ArticleIndexPage"),
    ("an article", "articles.ArticlePage"),
    ("brand index", "brands.ReadingBrandIndexPage"),
    ("a brand", "brands.ReadingBrandPage"),
    ("campaign index", "campaigns.CampaignIndexPage"),
    ("a campaign", "campaigns.CampaignPage"),
    ("honour roll index", "honours.HonourRollIndexPage"),
    ("an honour roll", "honours.HonourRollPage"),
    ("/spaces/ (finder)", "spaces.ReadingSpaceIndexPage"),
    ("a reading space", "spaces.ReadingSpacePage"),
    ("/events/ (calendar)", "events.EventIndexPage"),
    ("an event", "events.EventPage"),
    ("/promoters/", "promoters.ReadingPromoterIndexPage"),
    ("a promoter", "promoters.ReadingPromoterPage"),
    ("a standard page", "home.StandardPage"),
    ("a form (survey)", "engagement.FormPage"),
    ("consultation index", "consultation.ConsultationIndexPage"),
    ("open data", "stats.OpenDataPage"),
    ("an annual report", "stats.AnnualReportPage"),
    ("survey results", "stats.SurveyResultsPage"),
    ("search", "/search/?q=%E9%98%85%E8%AF%BB"),
    ("RSS feed", "/feeds/articles.rss"),
    ("API page listing", "/api/v2/pages/"),
    ("API, events with every field", "/api/v2/pages/?type=events.EventPage&fields=*"),
    ("sitemap", "/sitemap.xml"),
]


def page_urls():
    from wagtail.models import Locale

    zh = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    urls = []
    for label, target in PAGE_TYPES:
        if target.startswith("/"):
            urls.append((label, target))
            continue
        try:
            model = apps.get_model(target)
        except LookupError:
            continue
        page = model.objects.live().filter(locale=zh).order_by("path").first()
        if page is not None:
            urls.append((label, page.url))
    return urls


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(port, url):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", url, headers={"Host": "127.0.0.1"})
        response = conn.getresponse()
        response.read()
        return response.status, response.getheader("X-Page-Cache", "")
    finally:
        conn.close()


def load(port, url, seconds, concurrency):
    """Requests per second from ``concurrency`` threads for ``seconds``; errors counted."""
    done = [0] * concurrency
    errors = [0] * concurrency
    stop = time.perf_counter() + seconds

    def worker(i):
        while time.perf_counter() < stop:
            try:
                status, _ = fetch(port, url)
            except OSError:
                status = 0
            if status == 200:
                done[i] += 1
            else:
                errors[i] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    return sum(done) / elapsed, sum(errors)


class Command(BaseCommand):
    help = "Queries, uncached render time and cached throughput per page type (make bench)."

    def add_arguments(self, parser):
        parser.add_argument("--seconds", type=float, default=3.0, help="load per URL")
        parser.add_argument("--concurrency", type=int, default=4)
        parser.add_argument("--renders", type=int, default=15, help="uncached renders per URL")
        parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
        parser.add_argument("--only", default="", help="measure page types whose label contains")

    def handle(self, *args, **options):
        urls = [(label, url) for label, url in page_urls() if options["only"] in label]
        rows = {label: {"url": url} for label, url in urls}
        self.stdout.write(f"{len(urls)} page types; measuring uncached renders in-process …")
        for label, url in urls:
            rows[label].update(self.uncached(url, options["renders"]))

        port = free_port()
        server = self.start_server(port, options["workers"])
        try:
            fetch(port, MINIMAL_URL)
            minimal, minimal_errors = load(
                port, MINIMAL_URL, options["seconds"], options["concurrency"]
            )
            for label, url in urls:
                status, _ = fetch(port, url)  # fill the page cache
                _, hit = fetch(port, url)
                rps, errors = load(port, url, options["seconds"], options["concurrency"])
                rows[label].update(status=status, hit=hit, rps=rps, errors=errors)
            minimal_after, _ = load(port, MINIMAL_URL, options["seconds"], options["concurrency"])
        finally:
            server.terminate()
            server.wait(timeout=30)
        minimal = (minimal + minimal_after) / 2
        self.report(rows, minimal, minimal_errors, options)

    def uncached(self, url, renders):
        client = Client(HTTP_HOST="127.0.0.1")
        with override_settings(PAGE_CACHE=False):
            client.get(url)  # image renditions exist in a running site: make them first
            cache.clear()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            count = len(queries.captured_queries)  # read now: the next request resets the log
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
            # A miss once the page's lifetime is over (what the query-budget tests count).
            miss = len(queries.captured_queries)
            times = []
            for _ in range(renders):
                started = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - started) * 1000)
        return {
            "queries": count,
            "miss": miss,
            "render_ms": statistics.median(times),
            "status_inproc": response.status_code,
        }

    def start_server(self, port, workers):
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        command = [
            os.path.join(os.path.dirname(sys.executable), "gunicorn"),
            "config.wsgi",
            f"--bind=127.0.0.1:{port}",
            f"--workers={workers}",
            "--worker-class=sync",
            "--preload",
            "--timeout=90",
            "--log-level=warning",
        ]
        server = subprocess.Popen(command, env=env)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                fetch(port, MINIMAL_URL)
                return server
            except OSError:
                time.sleep(0.3)
        server.terminate()
        raise RuntimeError("gunicorn did not start")

    def report(self, rows, minimal, minimal_errors, options):
        w = self.stdout.write
        w("")
        w(
            f"gunicorn {options['workers']} sync workers; load: {options['concurrency']} "
            f"threads, {options['seconds']:.0f} s per URL, one connection per request"
        )
        w(f"minimal view (20 KB, same middleware): {minimal:.0f} req/s ({minimal_errors} errors)")
        w("")
        w(
            "| page type | queries (cold) | queries (miss) | uncached render median "
            "| cached req/s | vs minimal |"
        )
        w("|---|---:|---:|---:|---:|---:|")
        for label, row in rows.items():
            if "rps" not in row:
                continue
            note = "" if row["status"] == 200 and not row["errors"] else f" ({row['status']}!)"
            w(
                f"| {label} | {row['queries']} | {row['miss']} | {row['render_ms']:.1f} ms | "
                f"{row['rps']:.0f}{note} | {row['rps'] / minimal:.0%} |"
            )
