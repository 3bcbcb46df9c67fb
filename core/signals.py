"""Keep cached fragments (menus) fresh when editors publish."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

MENU_VERSION_KEY = "core:menu-version"


def bump_menu_version(**kwargs):
    try:
        cache.incr(MENU_VERSION_KEY)
    except ValueError:
        cache.set(MENU_VERSION_KEY, 1, None)


page_published.connect(bump_menu_version, dispatch_uid="core-menu-page-published")
page_unpublished.connect(bump_menu_version, dispatch_uid="core-menu-page-unpublished")


@receiver([post_save, post_delete], dispatch_uid="core-menu-changed")
def menu_changed(sender, **kwargs):
    from core.models import Menu, NavigationSettings

    if sender in (Menu, NavigationSettings):
        bump_menu_version()


def warm_published_page_renditions(sender, instance, **kwargs):
    from core.renditions import on_page_published

    on_page_published(sender, instance, **kwargs)


page_published.connect(warm_published_page_renditions, dispatch_uid="core-warm-renditions")
