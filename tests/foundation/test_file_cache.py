"""The shared file cache lists its directory at most once per interval (core.file_cache).

Django's FileBasedCache lists every file on each set() to decide whether to cull; with the
page cache, lookups and renditions in one directory that was half of a book list's render.
"""

import pytest

from core import file_cache
from core.file_cache import FileCache


def test_culling_is_decided_once_per_interval_and_still_happens(tmp_path, monkeypatch):
    cache = FileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 10, "CULL_FREQUENCY": 2}})
    listings = []
    list_files = cache._list_cache_files

    def counted():
        listings.append(1)
        return list_files()

    monkeypatch.setattr(cache, "_list_cache_files", counted)
    now = [1000.0]
    monkeypatch.setattr(file_cache.time, "monotonic", lambda: now[0])

    for i in range(30):
        cache.set(f"key-{i}", "value")
    assert len(listings) == 1  # Django's backend lists the directory 30 times
    assert len(list_files()) == 30  # over MAX_ENTRIES until the next check

    now[0] += FileCache.CULL_INTERVAL + 1
    cache.set("one-more", "value")
    assert len(listings) == 2
    assert len(list_files()) < 30  # culled (CULL_FREQUENCY 2: half the entries removed)
    assert cache.get("one-more") == "value"


def test_the_embedded_defaults_use_it():
    from config.settings import caches

    if caches.REDIS_URL:
        pytest.skip("REDIS_URL is set: the cache is Redis, which lists nothing")
    assert caches.CACHES["default"]["BACKEND"] == "core.file_cache.FileCache"
