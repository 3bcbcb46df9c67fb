"""The shared file cache of the embedded defaults, without a directory listing on every write.

Django's ``FileBasedCache`` lists every file of its directory on each ``set()`` to decide
whether to cull. The directory holds the page cache, the site lookups and the image
renditions (hundreds of files on the demo), and Wagtail's ``{% image %}`` tag writes its
rendition to the cache on every render, even one it found there: an uncached book list made
37 writes, and listing the directory for each was half its render time (cProfile, `make
bench`). This backend decides about culling at most once every ``CULL_INTERVAL`` seconds per
process; in between, the directory may exceed ``MAX_ENTRIES`` by what was written meanwhile.
Production uses Redis, which has no such cost.
"""

import time

from django.core.cache.backends.filebased import FileBasedCache


class FileCache(FileBasedCache):
    CULL_INTERVAL = 30.0

    def __init__(self, dir, params):
        super().__init__(dir, params)
        self._next_cull = 0.0

    def _cull(self):
        now = time.monotonic()
        if now < self._next_cull:
            return
        self._next_cull = now + self.CULL_INTERVAL
        super()._cull()
