"""`make bench`: exactly what `make run` serves, plus the minimal view it compares against."""

from .run import *  # noqa: F403

ROOT_URLCONF = "config.bench_urls"
