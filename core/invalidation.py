"""What makes every cached anonymous page stale (``core.pagecache.purge_site``).

- pages: published (also by ``publish_scheduled``), unpublished (also on expiry), moved,
  deleted — Wagtail's signals, for every page type;
- everything pages show that is edited outside a page: every registered snippet (books,
  menus …), every site setting, sites, view restrictions, redirects, search promotions,
  images and documents — one ``post_save``/``post_delete`` receiver that checks the sender
  against that list, so a snippet registered tomorrow is covered without touching this file.

Data edited by code outside these models (seats left, an answered message) calls
``purge_site()`` itself. A purge waits for the transaction to commit.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.pagecache import purge_site_on_commit

# Saves that only fill in metadata Wagtail computes lazily (not something a page shows).
METADATA_FIELDS = {"file_size", "file_hash"}

_watched = None


def watched_models():
    """Models whose rows public pages show, computed once every app is registered."""
    global _watched
    if _watched is None:
        from wagtail.contrib.redirects.models import Redirect
        from wagtail.contrib.search_promotions.models import SearchPromotion
        from wagtail.contrib.settings.registry import registry as settings_registry
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Locale, Page, PageViewRestriction, Site
        from wagtail.snippets.models import get_snippet_models

        _watched = {
            *get_snippet_models(),
            *settings_registry,
            Site,
            Locale,
            PageViewRestriction,
            Redirect,
            SearchPromotion,
            get_image_model(),
            get_document_model(),
        }
        _watched.discard(Page)
    return _watched


def row_changed(sender, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= METADATA_FIELDS:
        return
    if sender in watched_models():
        purge_site_on_commit()


def page_deleted(sender, **kwargs):
    from wagtail.models import Page

    if issubclass(sender, Page):
        purge_site_on_commit()


def connect():
    page_published.connect(purge_site_on_commit, dispatch_uid="pagecache-published")
    page_unpublished.connect(purge_site_on_commit, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(purge_site_on_commit, dispatch_uid="pagecache-moved")
    post_delete.connect(page_deleted, dispatch_uid="pagecache-page-deleted")
    post_save.connect(row_changed, dispatch_uid="pagecache-row-saved")
    post_delete.connect(row_changed, dispatch_uid="pagecache-row-deleted")
