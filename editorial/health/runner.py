"""One link-check run: collect, check (bounded), store what is broken, forget what is fixed."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from .links import LinkChecker, collect_links, is_broken
from .models import LinkCheckRun, LinkProblem


def run_link_check(max_urls=None, checker=None, pages=None):
    max_urls = max_urls or getattr(settings, "LINK_CHECK_MAX_URLS", 500)
    checker = checker or LinkChecker()
    run = LinkCheckRun.objects.create(started_at=timezone.now())
    if pages is None:
        pages = list(Page.objects.live().specific())
    links = collect_links(pages)
    urls = list(dict.fromkeys(link.url for link in links))
    checked_urls, skipped = urls[:max_urls], urls[max_urls:]
    results = checker.check_all(checked_urls)
    now = timezone.now()
    broken = [link for link in links if link.url in results and is_broken(results[link.url])]
    with transaction.atomic():
        existing = {(p.page_id, p.url): p for p in LinkProblem.objects.all()}
        keep = set()
        for link in broken:
            status, error = results[link.url]
            key = (link.page_id, link.url)
            keep.add(key)
            problem = existing.get(key) or LinkProblem(
                page_id=link.page_id, url=link.url[:2000], first_seen_at=now
            )
            problem.location = link.location[:300]
            problem.internal = checker.is_internal(link.url)
            problem.status = status
            problem.error = error[:300]
            problem.checked_at = now
            problem.save()
        # Fixed links (checked this time and fine) and links no longer on a live page go.
        skipped_set = set(skipped)
        for key, problem in existing.items():
            if key not in keep and problem.url not in skipped_set:
                problem.delete()
        run.pages = len({link.page_id for link in links}) if links else 0
        run.links = len(checked_urls)
        run.broken = len({link.url for link in broken})
        run.skipped = len(skipped)
        run.finished_at = timezone.now()
        run.save()
    LinkCheckRun.objects.filter(pk__in=old_runs()).delete()
    return run


def old_runs(keep=30):
    return list(LinkCheckRun.objects.values_list("pk", flat=True)[keep:])
