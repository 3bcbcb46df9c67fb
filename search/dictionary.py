"""The site's own words for the segmenter: street names, reading spaces, brands, book titles.

jieba's general dictionary splits 什刹海街道 or a brand name in ways that make ranking
worse. The names editors enter are added to it:

- once per process, the first time text is segmented for the index or a query (one read
  of a few columns, no write);
- when such a page is published or a book is saved (``search.apps`` connects the signals),
  the new name is added at once: no database read at all.

Recall never depends on this dictionary: every Chinese character is indexed too, so a
query word jieba did not know still matches as a phrase of characters. A name missing
from a long-running process's dictionary only ranks a little lower until the next start.
"""

import logging
import re
import threading

from django.apps import apps
from django.db import DatabaseError

from .segment import add_words

logger = logging.getLogger(__name__)

# Page models whose titles are names (app label, model name); absent ones are skipped.
NAME_PAGE_MODELS = [
    ("spaces", "ReadingSpacePage"),
    ("brands", "ReadingBrandPage"),
    ("campaigns", "CampaignPage"),
    ("honours", "HonourRollPage"),
    ("promoters", "ReadingPromoterPage"),
]
# Snippet models with a title or name (app label, model name, field).
NAME_SNIPPETS = [
    ("recommendations", "Book", "title"),
    ("recommendations", "Book", "authors"),
]

SPLIT_NAMES = re.compile(r"[《》〈〉「」『』“”\"'‘’（）()·・:：,，、\s]+")

_loaded = False
_lock = threading.Lock()


def street_names():
    try:
        from core.choices import SUBDISTRICTS
    except ImportError:  # pragma: no cover — the spaces app defines them
        return []
    names = []
    for _key, label in SUBDISTRICTS:
        label = str(label)
        names.extend([label, f"{label}街道"])
    return names


def split_name(text):
    """Names inside a title: 《骆驼祥子》（老舍） → 骆驼祥子, 老舍."""
    return [part for part in SPLIT_NAMES.split(text or "") if 2 <= len(part) <= 20]


def names_from_database():
    names = list(street_names())
    for app_label, model_name in NAME_PAGE_MODELS:
        model = _model(app_label, model_name)
        if model is not None:
            for title in model.objects.live().values_list("title", flat=True):
                names.extend(split_name(title))
    for app_label, model_name, field in NAME_SNIPPETS:
        model = _model(app_label, model_name)
        if model is not None and any(f.name == field for f in model._meta.get_fields()):
            for value in model.objects.values_list(field, flat=True):
                names.extend(split_name(str(value or "")))
    return names


def _model(app_label, model_name):
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None


def ensure_loaded():
    """Load the names once per process (thread-safe); never raises."""
    global _loaded
    if _loaded:
        return
    with _lock:
        if _loaded:
            return
        try:
            add_words(names_from_database())
        except DatabaseError:  # tables missing during migrate: try again next time
            logger.info("search dictionary: database not ready", exc_info=True)
            return
        _loaded = True


def add_instance_name(instance):
    """A page was published or a book saved: teach the segmenter its name, no query."""
    fields = [
        snippet_field
        for app_label, model_name, snippet_field in NAME_SNIPPETS
        if instance._meta.app_label == app_label and type(instance).__name__ == model_name
    ] or ["title"]
    for field in fields:
        add_words(split_name(str(getattr(instance, field, "") or "")))


def is_name_model(model):
    key = (model._meta.app_label, model.__name__)
    return key in NAME_PAGE_MODELS or key in {(a, m) for a, m, _f in NAME_SNIPPETS}


def warm_up():
    """Load jieba, the site's names and the query path before the first reader searches.

    Called once per server process at start (``config.wsgi``; with gunicorn's
    ``preload_app`` once in the master, shared by the forked workers). Without it the first
    search in each worker pays ~0.7 s for jieba's dictionary. Never raises: a server that
    cannot warm up still serves, it only answers its first search more slowly.
    """
    from .segment import index_text, parse_query, tokenizer

    try:
        tokenizer()
        ensure_loaded()
        parse_query("书香西城 阅读 reading")
        index_text("西城区图书馆 全民阅读 libraries")
    except Exception:  # pragma: no cover — warming is an optimisation only
        logger.warning("search warm-up failed", exc_info=True)
