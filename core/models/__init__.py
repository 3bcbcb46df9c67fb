from .menus import Menu
from .mixins import ListingFieldsMixin, SocialFieldsMixin
from .pages import BasePage, RoutableBasePage
from .sample import SampleMixin
from .settings import NavigationSettings, SiteSettings

__all__ = [
    "BasePage",
    "ListingFieldsMixin",
    "Menu",
    "RoutableBasePage",
    "NavigationSettings",
    "SampleMixin",
    "SiteSettings",
    "SocialFieldsMixin",
]
