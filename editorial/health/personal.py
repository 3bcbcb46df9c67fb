"""Published pages whose text contains personal-data patterns (phone, ID-card, e-mail)."""

from dataclasses import dataclass

from django.core.cache import cache
from wagtail.models import Page

from core.pagecache import cache_version
from editorial.personal_data import find_personal_data
from editorial.text import page_texts

CACHE_SECONDS = 600


@dataclass(frozen=True)
class PersonalDataFinding:
    page_id: int
    page_title: str
    location: str
    label: str
    excerpt: str


def scan_pages(pages=None):
    pages = pages if pages is not None else Page.objects.live().specific().iterator()
    found = []
    for page in pages:
        for location, text in page_texts(page):
            for match in find_personal_data(text):
                found.append(
                    PersonalDataFinding(page.pk, page.title, location, match.label, match.excerpt)
                )
    return found


def pages_with_personal_data():
    """The scan, kept for 10 minutes and redone after any publish (page-cache version)."""
    key = f"editorial:health:personal:{cache_version()}"
    found = cache.get(key)
    if found is None:
        found = scan_pages()
        cache.set(key, found, CACHE_SECONDS)
    return found
