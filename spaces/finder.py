"""The finder's query: GET filters → the matching spaces, each with its opening status.

Type, sub-district, service and accessibility filter in the database. "Open now" needs the
hours of every matching space: they are prefetched in two queries and computed in Python,
so the number of queries does not grow with the number of spaces.
"""

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from wagtail.images import get_image_model

from core.listing import paginate
from spaces.filters import SpaceFilters

PER_PAGE = 20


def find_spaces(queryset, filters, now=None):
    """The spaces matching ``filters`` (a list), each with ``.status`` set."""
    if filters.invalid:
        return []
    queryset = (
        filters.apply(queryset)
        .defer_streamfields()
        .prefetch_related("opening_periods", "opening_exceptions")
    )
    now = now or timezone.now()
    spaces = list(queryset)
    for space in spaces:
        space.status = space.opening_status(now)
    if filters.values.get("open"):
        spaces = [space for space in spaces if space.status.is_open]
    return spaces


def prefetch_cards(spaces):
    """Photos and renditions for the cards on one page of results."""
    from spaces.models import ReadingSpacePhoto

    images = get_image_model().objects.prefetch_renditions()
    photos = ReadingSpacePhoto.objects.prefetch_related(Prefetch("image", queryset=images))
    prefetch_related_objects(
        spaces,
        Prefetch("photos", queryset=photos),
        Prefetch("listing_image", queryset=images),
    )


def finder_context(request, queryset, per_page=PER_PAGE):
    state = SpaceFilters(request)
    spaces = find_spaces(queryset, state)
    page = paginate(request, spaces, per_page)
    items = list(page.object_list)
    if items:
        prefetch_cards(items)
    return {"filters": state, "spaces": page, "space_items": items, "result_count": len(spaces)}
