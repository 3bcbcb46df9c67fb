"""The finder's query: GET filters → the matching spaces, each with its opening status.

Type, sub-district, service and accessibility filter in the database. Opening status is
computed in Python from hours prefetched in two queries, for the page of results shown only —
except with "open now", which needs the status of every matching space first.
"""

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone

from core.listing import paginate
from spaces.filters import SpaceFilters

PER_PAGE = 20


def find_spaces(queryset, filters, now=None):
    """The spaces matching ``filters``: a queryset, or — with "open now", which only the
    hours can answer — a list of the open ones, each with ``.status`` already set."""
    if filters.invalid:
        return []
    queryset = filters.apply(queryset).defer_streamfields()
    if not filters.values.get("open"):
        return queryset
    spaces = list(queryset.prefetch_related("opening_periods", "opening_exceptions"))
    set_status(spaces, now)
    return [space for space in spaces if space.status.is_open]


def set_status(spaces, now=None):
    """Each space's opening status, from hours prefetched in two queries for them all."""
    spaces = [space for space in spaces if not hasattr(space, "status")]
    if not spaces:
        return
    prefetch_related_objects(spaces, "opening_periods", "opening_exceptions")
    now = now or timezone.now()
    for space in spaces:
        space.status = space.opening_status(now)


def prefetch_cards(spaces):
    """Photos with their images for the cards on one page of results (one query; the
    listing images come with the spaces), renditions from the cache (at most one query)."""
    from core.image_renditions import attach_renditions
    from spaces.models import ReadingSpacePhoto

    photos = ReadingSpacePhoto.objects.select_related("image")
    prefetch_related_objects(spaces, Prefetch("photos", queryset=photos))
    attach_renditions(
        [space.listing_image for space in spaces]
        + [photo.image for space in spaces for photo in space.photos.all()]
    )


def finder_context(request, queryset, per_page=PER_PAGE):
    """One page of results; opening hours are read and computed for that page only.
    With ?near= every match is ordered by walking distance first (spaces.nearby)."""
    from spaces.nearby import read_near, sort_by_distance

    state = SpaceFilters(request)
    origin = read_near(request, state)  # a bad position empties the list, with a message
    spaces = find_spaces(queryset, state)
    if origin:
        spaces = sort_by_distance(spaces, origin)
    page = paginate(request, spaces, per_page)
    items = list(page.object_list)
    if items:
        set_status(items)
        prefetch_cards(items)
    return {
        "filters": state,
        "spaces": page,
        "space_items": items,
        "result_count": page.paginator.count,
        "near": bool(origin),
    }
