"""Shared machinery for `manage.py load_demo`.

The command calls the loaders listed in ``config.demo.DEMO_LOADERS``, in that order, with
one DemoContext; a loader reaches what earlier loaders made with ``ctx.model(label)``. Every helper here is get-or-create: a second run
finds what the first made and changes nothing, and never overwrites an editor's changes.
"""

import datetime
from collections import Counter

from django.apps import apps
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site


class DemoContext:
    def __init__(self, stdout=None, style=None):
        self.stdout = stdout
        self.style = style
        self.counts = Counter()
        self.site = Site.objects.select_related("root_page").get(is_default_site=True)
        self.zh = Locale.objects.get(language_code="zh-hans")
        self.en = Locale.objects.get(language_code="en")
        self.home = self.site.root_page.specific
        self.today = timezone.localdate()

    # -- reporting -------------------------------------------------------------------

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def section(self, name):
        self.log(self.style.MIGRATE_HEADING(f"· {name}") if self.style else f"· {name}")

    # -- images ----------------------------------------------------------------------

    def image(
        self, title, subtitle="", *, size=(1200, 800), background=None, motif=None, footer=""
    ):
        """A generated, text-free image (core.artwork), found again by its title on later runs.

        ``subtitle`` and ``footer`` are accepted for older callers and not drawn: the page
        prints its own words, the picture does not repeat them."""
        from core.factories import ImageFactory

        existing = get_image_model().objects.filter(title=title).first()
        if existing:
            return existing
        image = ImageFactory(title=title, size=size, background=background, motif=motif)
        self.counts["images"] += 1
        return image

    # -- other apps' content -----------------------------------------------------------

    @staticmethod
    def model(label):
        """Another app's model by label ("events.EventPage"), from the app registry.

        Demo loaders link to content that loaders listed earlier in DEMO_LOADERS made; they
        look those models up here instead of importing another app's models module.
        """
        return apps.get_model(label)

    # -- pages -----------------------------------------------------------------------

    def page(self, parent, factory, slug, **fields):
        """The child of ``parent`` with ``slug``; made with ``factory`` and published if missing."""
        existing = Page.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing.specific
        page = factory(parent=parent, slug=slug, **fields)
        page.save_revision().publish()
        page.refresh_from_db()
        self.counts[type(page).__name__] += 1
        return page

    def translate(self, page, locale=None, **fields):
        """The page's translation into ``locale`` (English by default), created if missing.

        Fields given are set on the new translation, so its text is really translated; the
        parent chain is translated first if needed.
        """
        locale = locale or self.en
        existing = page.get_translation_or_none(locale)
        if existing:
            return existing.specific
        translation = page.copy_for_translation(locale, copy_parents=True)
        for name, value in fields.items():
            setattr(translation, name, value)
        if "title" in fields:
            translation.draft_title = fields["title"]
        translation.save_revision().publish()
        translation.refresh_from_db()
        self.counts[f"{type(translation).__name__} ({locale.language_code})"] += 1
        return translation.specific

    @property
    def home_en(self):
        return self.home.get_translation_or_none(self.en)

    # -- menus -----------------------------------------------------------------------

    def add_menu_item(self, page, label="", menu="main_menu"):
        """Append ``page`` to the main (or footer) menu once, and to its English translation."""
        from core.models import NavigationSettings

        nav = NavigationSettings.for_site(self.site)
        zh_menu = getattr(nav, menu)
        if zh_menu is None:
            return
        self._append(zh_menu, page, label)
        en_menu = zh_menu.get_translation_or_none(self.en)
        en_page = page.get_translation_or_none(self.en)
        if en_menu is not None and en_page is not None:
            self._append(en_menu, en_page, "")

    @staticmethod
    def _append(menu, page, label):
        present = {
            item.value["page"].pk
            for item in menu.items
            if item.block_type == "page" and item.value["page"]
        }
        if page.pk in present:
            return
        menu.items.append(("page", {"page": page, "label": label}))
        menu.save()

    # -- dates -----------------------------------------------------------------------

    def days_from_today(self, days):
        return self.today + datetime.timedelta(days=days)

    def at(self, date, hour=0, minute=0):
        """An aware datetime in Asia/Shanghai."""
        return timezone.make_aware(datetime.datetime.combine(date, datetime.time(hour, minute)))

    def summary(self):
        return (
            ", ".join(f"{name} +{count}" for name, count in sorted(self.counts.items())) or "无新增"
        )
