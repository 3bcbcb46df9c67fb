"""Settings for ``manage.py bench_search``: a scratch database, never the dev one.

The benchmark command re-runs itself with ``DJANGO_SETTINGS_MODULE=search.bench_settings``
and ``SEARCH_BENCH_DIR`` set to a temporary directory (SQLite), or
``SEARCH_BENCH_DATABASE_URL`` naming a scratch PostgreSQL database it created.
"""

import os

import dj_database_url

from config.settings.base import *  # noqa: F403

_bench_dir = os.environ["SEARCH_BENCH_DIR"]
if os.environ.get("SEARCH_BENCH_DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["SEARCH_BENCH_DATABASE_URL"])}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.path.join(_bench_dir, "bench.sqlite3"),
            "OPTIONS": {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;"},
        }
    }
MEDIA_ROOT = os.path.join(_bench_dir, "media")
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Rows are inserted without indexing; the index is then built (and timed) in one go.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backend", "SEARCH_CONFIG": "simple", "AUTO_UPDATE": False}
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
