"""Brand pages other apps read: the home page's brands."""

from wagtail.models import Page

from brands.models import ReadingBrandPage


def brands_for_home(locale, chosen_ids=(), count=6):
    """Brands for the home page: those the editor chose (in that order), else all, by title.

    ``chosen_ids`` are brand pages in any language; their translations into ``locale`` are
    shown. Two queries for the choice, then a fixed number for the brands and their logos.
    """
    brands = (
        ReadingBrandPage.objects.live()
        .filter(locale=locale)
        .select_related("logo", "listing_image")
        .prefetch_related("logo__renditions", "listing_image__renditions")
    )
    if chosen_ids:
        keys = dict(Page.objects.filter(pk__in=chosen_ids).values_list("pk", "translation_key"))
        ordered = [keys[pk] for pk in chosen_ids if pk in keys]
        by_key = {b.translation_key: b for b in brands.filter(translation_key__in=ordered)}
        chosen = [by_key[key] for key in ordered if key in by_key][:count]
        if chosen:
            return chosen
    return list(brands.order_by("title")[:count])
