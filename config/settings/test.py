"""Tests: in-memory SQLite unless DATABASE_URL is set (CI runs the suite on PostgreSQL too)."""

import atexit
import os
import shutil
import tempfile

from .base import *  # noqa: F403

if not os.environ.get("DATABASE_URL"):
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="sxc-test-media-")
# Every process that loads these settings (pytest and each of its workers, the migration
# check, the test-database build) makes its own directory; it goes when that process ends
# (the demo's images and renditions alone are ~36 MB). Not in a forked child: only the
# process that made it removes it.
_media_owner = os.getpid()
atexit.register(lambda: os.getpid() == _media_owner and shutil.rmtree(MEDIA_ROOT, True))
STORAGES["default"] = {"BACKEND": "django.core.files.storage.FileSystemStorage"}  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
WECHAT_APP_ID = ""
WECHAT_APP_SECRET = ""

# Tests keep the cache in memory. The page cache is off: tests that change data with
# .update() and read the page again would otherwise see the cached page; the page-cache
# tests (tests/foundation/pagecache/) switch it on.
if not os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PAGE_CACHE = False

# Parallel test workers (pytest-xdist) each get their own cache key space.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if _worker:
    CACHES["default"]["KEY_PREFIX"] = f"{CACHES['default'].get('KEY_PREFIX', 'sxc')}-{_worker}"  # noqa: F405

# Publishing in tests does not render pages in the background; tests of the warming itself
# switch it to "sync".
RENDITION_WARMING = "off"
