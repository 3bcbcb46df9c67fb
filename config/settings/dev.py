"""Local development: debug on, media served by Django."""

from .base import *  # noqa: F403
from .env import env_list

DEBUG = True
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],0.0.0.0")
INTERNAL_IPS = ["127.0.0.1"]
