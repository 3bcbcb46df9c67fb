"""Local development: debug on, media served by Django."""

from .base import *  # noqa: F403
from .env import env_bool, env_list

DEBUG = True
# Templates and code change under a developer's hands: no page cache unless asked for.
PAGE_CACHE = env_bool("PAGE_CACHE", False)
SERVE_MEDIA = True
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],0.0.0.0")
INTERNAL_IPS = ["127.0.0.1"]
