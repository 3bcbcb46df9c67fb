"""Honour rolls other apps read: the home page's roll, a campaign's rolls, counts for the
statistics and the names open data publishes.

Honourees are names the honour roll pages already publish; nothing else about them (no
photo, no contact) leaves this module.
"""

from django.conf import settings
from django.db import models
from django.db.models import Count

from core.image_renditions import with_renditions
from core.queries import chosen_translation
from core.visibility import public_pages
from honours import models as honour_models
from honours.models import Honouree, HonourRollPage

# The honour categories, for other apps' labels (the statistics).
CATEGORIES = honour_models.CATEGORIES


def live_rolls():
    """Live honour rolls with their images joined, newest year first (renditions:
    ``core.image_renditions.attach_renditions``)."""
    return (
        public_pages(HonourRollPage.objects)
        .select_related("listing_image", "cover_image")
        .order_by("-year", "title")
    )


def latest_roll(locale, featured_id=None):
    """The honour roll the home page shows: the editor's choice, else the newest."""
    rolls = live_rolls().filter(locale=locale).annotate(honouree_count=models.Count("honourees"))
    chosen = chosen_translation(rolls, featured_id) if featured_id is not None else None
    if chosen is None:
        chosen = rolls.order_by("-year", "-first_published_at").first()
    return with_renditions(chosen, "listing_image", "cover_image")


def honours_of_promoter(promoter, limit=10):
    """The live rolls' entries that link ``promoter`` or any translation of the profile.

    From each roll, the entries of its version in the profile's language if it has one, else
    of its original; newest roll first. One query.
    """
    entries = (
        Honouree.objects.filter(page__live=True, promoter__translation_key=promoter.translation_key)
        .select_related("page")
        .order_by("-page__first_published_at", "sort_order", "pk")
    )
    rolls = {}  # roll translation key -> {locale id: [entries]}, newest roll first
    for entry in entries:
        rolls.setdefault(entry.page.translation_key, {}).setdefault(
            entry.page.locale_id, []
        ).append(entry)
    chosen = []
    for versions in rolls.values():
        chosen += versions.get(promoter.locale_id) or next(iter(versions.values()))
    return chosen[:limit]


def rolls_of_campaign(campaign):
    """Rolls from ``campaign`` (or any of its translations), in the campaign page's language
    where translated, else in the original language (one query)."""
    rolls = list(
        public_pages(HonourRollPage.objects)
        .filter(campaign__translation_key=campaign.translation_key)
        .order_by("-year", "title")
    )
    in_language = [roll for roll in rolls if roll.locale_id == campaign.locale_id]
    return in_language or rolls


def _live_rolls():
    return public_pages(HonourRollPage.objects).filter(locale__language_code=settings.LANGUAGE_CODE)


def honouree_counts(first_year=None, last_year=None):
    """[(year, category, honourees)] of live rolls, one query."""
    rows = Honouree.objects.filter(page__in=_live_rolls().values("pk"))
    if first_year:
        rows = rows.filter(page__year__gte=first_year)
    if last_year:
        rows = rows.filter(page__year__lte=last_year)
    rows = rows.order_by().values("page__year", "page__category").annotate(n=Count("pk"))
    return [(row["page__year"], row["page__category"], row["n"]) for row in rows]


def public_honour_rows(request=None):
    """The public honour rolls as open-data rows (two queries): what the pages show."""
    labels = dict(CATEGORIES)
    rolls = _live_rolls().prefetch_related("honourees").order_by("-year", "path")
    for roll in rolls:
        for honouree in roll.honourees.all():
            yield {
                "year": roll.year,
                "award": roll.award,
                "category": str(labels.get(roll.category, roll.category)),
                "awarded_by": roll.awarded_by,
                "announced_on": roll.announced_on.isoformat() if roll.announced_on else "",
                "name": honouree.name,
                "affiliation": honouree.affiliation,
                "citation": honouree.citation,
                "url": roll.get_full_url(request) or "",
            }
