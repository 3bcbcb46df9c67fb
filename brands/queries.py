"""Brand pages other apps read: the home page's brands."""

from brands.models import ReadingBrandPage
from core.image_renditions import with_renditions
from core.visibility import public_pages


def brands_for_home(locale, chosen_keys=(), count=6):
    """Brands for the home page: those the editor chose (in that order), else all, by title.

    ``chosen_keys`` are the translation keys of the chosen brand pages (chosen in any
    language); their versions in ``locale`` are shown. One query (two when none of the
    chosen is live in ``locale``). Logos and listing images are joined; their renditions come
    from ``core.image_renditions.attach_renditions``.
    """
    brands = (
        public_pages(ReadingBrandPage.objects)
        .filter(locale=locale)
        .select_related("logo", "listing_image")
    )
    if chosen_keys:
        position = {key: index for index, key in enumerate(chosen_keys)}
        chosen = sorted(
            brands.filter(translation_key__in=chosen_keys),
            key=lambda brand: position[brand.translation_key],
        )
        if chosen:
            return with_renditions(chosen[:count], "logo", "listing_image")
    return with_renditions(brands.order_by("title")[:count], "logo", "listing_image")
