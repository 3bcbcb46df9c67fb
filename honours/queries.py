"""Honour rolls other apps read: the home page's roll, a campaign's rolls."""

from django.db import models

from core.queries import chosen_translation
from honours.models import Honouree, HonourRollPage


def live_rolls():
    """Live honour rolls with their images prefetched, newest year first."""
    return (
        HonourRollPage.objects.live()
        .select_related("listing_image", "cover_image")
        .prefetch_related("listing_image__renditions", "cover_image__renditions")
        .order_by("-year", "title")
    )


def latest_roll(locale, featured_id=None):
    """The honour roll the home page shows: the editor's choice, else the newest."""
    rolls = live_rolls().filter(locale=locale).annotate(honouree_count=models.Count("honourees"))
    if featured_id is not None:
        chosen = chosen_translation(rolls, featured_id)
        if chosen is not None:
            return chosen
    return rolls.order_by("-year", "-first_published_at").first()


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
    where translated, else in the original language."""
    rolls = HonourRollPage.objects.live().filter(campaign__translation_key=campaign.translation_key)
    in_language = list(rolls.filter(locale_id=campaign.locale_id).order_by("-year", "title"))
    return in_language or list(rolls.order_by("-year", "title"))
