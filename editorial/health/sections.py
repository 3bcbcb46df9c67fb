"""Sections (index pages) that are stale or empty, on the default-language site.

A section is updated when it or any page below it is published; its limit comes from
``FreshnessLimit`` (editable in 设置 → 栏目更新期限). A page type may define
``is_empty_section()`` (e.g. 留言咨询 is empty without published answers); otherwise a
section is empty when it has no live child page.
"""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db.models import Max
from django.utils import timezone
from wagtail.models import Locale, Page

from .models import FreshnessLimit


@dataclass
class SectionStatus:
    page: Page
    max_days: int
    last_update: datetime.datetime | None
    days_since: int | None


def _model(label):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def _default_locale():
    return Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()


def section_statuses(now=None):
    """Every live section with a limit: its last update and days since, in one pass."""
    now = now or timezone.now()
    locale = _default_locale()
    statuses = []
    for limit in FreshnessLimit.objects.all():
        model = _model(limit.page_type)
        if model is None:
            continue
        pages = model.objects.live()
        if locale is not None:
            pages = pages.filter(locale=locale)
        for page in pages:
            last = (
                Page.objects.live()
                .descendant_of(page, inclusive=True)
                .aggregate(latest=Max("last_published_at"))["latest"]
            )
            days = (now - last).days if last else None
            statuses.append(SectionStatus(page, limit.max_days, last, days))
    return statuses


def stale_sections(now=None):
    return [s for s in section_statuses(now) if s.days_since is None or s.days_since > s.max_days]


def is_index_type(model):
    return model.__name__.endswith("IndexPage") or hasattr(model, "is_empty_section")


def empty_sections():
    """Live index pages (of the default language) with nothing in them for readers."""
    locale = _default_locale()
    pages = Page.objects.live().specific()
    if locale is not None:
        pages = pages.filter(locale=locale)
    index_types = [
        m for m in apps.get_models() if issubclass(m, Page) and m is not Page and is_index_type(m)
    ]
    from django.contrib.contenttypes.models import ContentType

    types = ContentType.objects.get_for_models(*index_types).values() if index_types else []
    found = []
    for page in pages.filter(content_type__in=list(types)):
        check = getattr(page, "is_empty_section", None)
        empty = check() if callable(check) else not page.get_children().live().exists()
        if empty:
            found.append(page)
    return found
