"""Wagtail's database search backend, taught Chinese.

``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend", "SEARCH_CONFIG": "simple"}}``

``SearchBackend(params)`` picks the SQLite (FTS5, ``search.backend.sqlite``) or PostgreSQL
(tsvector, ``search.backend.postgres``) implementation from the database in use, like
Wagtail's own ``wagtail.search.backends.database`` does, and changes three things in it:

- **indexing**: text is segmented before it is stored (``search.segment.index_text``);
- **queries**: ``PlainText`` and ``Phrase`` queries are segmented the same way and compiled
  by ``search.query`` (words AND-ed, each a word or a phrase of its characters), so reader
  input is never FTS syntax;
- **ranking** (``search.backend.ranking``): on SQLite, ``bm25()`` weighs the title column
  above the body (PostgreSQL already weighs titles through the field boosts, A for titles);
  on both, a page whose title holds the query's words comes first.

Both databases see the same tokens and the same boolean query, so they find the same pages.
Each implementation subclasses the ``modelsearch`` package's database backend (a
dependency of Wagtail's search, declared in pyproject.toml), and is imported only for its
own database.
"""

from django.db import connection

_backend_classes = {}


def SearchBackend(params):  # noqa: N802 — Wagtail looks for this name in the module
    """The Chinese-aware backend for the default database's vendor."""
    vendor = connection.vendor
    if vendor not in _backend_classes:
        if vendor == "postgresql":
            from .postgres import Backend
        elif vendor == "sqlite":
            from modelsearch.backends.database.sqlite.utils import fts5_available

            if not fts5_available():  # pragma: no cover — every supported Python has FTS5
                raise RuntimeError("search.backend needs SQLite with FTS5")
            from .sqlite import Backend
        else:  # pragma: no cover
            raise RuntimeError(f"search.backend supports SQLite and PostgreSQL, not {vendor}")
        _backend_classes[vendor] = Backend
    return _backend_classes[vendor](params)
