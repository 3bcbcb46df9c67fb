"""The cache (Redis or shared files), the anonymous page cache and the CDN purged with it."""

from .env import env_bool, env_int, env_str
from .paths import VAR_DIR

# Cache: Redis when REDIS_URL is set, otherwise files in var/cache/django (core.file_cache), which every process on
# the machine shares (gunicorn workers, publish_scheduled): a page purged by one process is
# purged for all. (Local memory would be per process: a stale page in the other worker.)
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "sxc"),
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "core.file_cache.FileCache",
            "LOCATION": str(VAR_DIR / "cache" / "django"),
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "sxc"),
            "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 5000)},
        }
    }

# The anonymous full-page cache (core.pagecache): on unless PAGE_CACHE=off.
PAGE_CACHE = env_bool("PAGE_CACHE", True)

# A CDN in front of the site, purged whenever the page cache is (core.frontend_cache):
# wagtail.contrib.frontend_cache backends from the environment; see docs/deployment.md.
WAGTAILFRONTENDCACHE = {}
if env_str("FRONTEND_CACHE_PURGE_URL"):  # Varnish, nginx proxy_cache_purge, Squid: HTTP PURGE
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_PURGE_URL"),
    }
if env_str("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env_str("FRONTEND_CACHE_CLOUDFLARE_TOKEN"),
        "ZONEID": env_str("FRONTEND_CACHE_CLOUDFLARE_ZONEID"),
    }
if env_str("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env_str("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"),
    }
