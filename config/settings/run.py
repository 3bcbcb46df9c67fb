"""What `make run` serves: production behaviour on the embedded defaults.

DEBUG off, hashed and compressed static files (collectstatic + WhiteNoise), the real 404
and 500 pages, the page cache on, gunicorn with several workers; still SQLite, the shared
file cache in var/cache and media from disk, over plain HTTP on this machine. Not for a
public server: that is ``config.settings.production`` (secret key, HTTPS, docs/deployment.md).
"""

from .base import *  # noqa: F403
from .env import env_bool

DEBUG = False
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
