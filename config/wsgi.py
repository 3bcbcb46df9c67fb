import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

application = get_wsgi_application()


def _warm_up():
    """Load what the first reader's request would otherwise wait for, then drop the
    database connection (a server that forks workers must not share it)."""
    from django.db import connections

    from core.renditions import warm_paths
    from search.dictionary import warm_up

    warm_up()
    # One search page per language through the whole stack: templates compiled, URL
    # resolvers and translation catalogues loaded. Page 2, so no search is counted as a
    # reader's (search.stats counts first pages only).
    warm_paths(["/search/?q=书香&page=2", "/en/search/?q=reading&page=2"])
    connections.close_all()


if os.environ.get("WARM_UP", "1") not in ("0", "false", "off"):
    _warm_up()
