from .menus import Menu
from .mixins import ListingFieldsMixin, SocialFieldsMixin
from .pages import BasePage
from .sample import SampleMixin
from .settings import NavigationSettings, SiteSettings

__all__ = [
    "BasePage",
    "ListingFieldsMixin",
    "Menu",
    "NavigationSettings",
    "SampleMixin",
    "SiteSettings",
    "SocialFieldsMixin",
]
