"""Helpers of the page-cache tests."""

from core.pagecache_middleware import HIT_HEADER


def get(client, url, **extra):
    response = client.get(url, **extra)
    return response, response.get(HIT_HEADER, "")


def published(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
