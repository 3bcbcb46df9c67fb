"""The finder's query: GET filters → the matching spaces, each with its opening status.

Type, sub-district, service and accessibility filter in the database. Opening status is
computed in Python from hours prefetched in two queries, for the page of results shown only —
except with "open now", which needs the status of every matching space first.
"""

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.images import get_image_model

from core.choices import SUBDISTRICTS
from core.fields import contains_code
from core.listing import FilterState, paginate, read_choice
from spaces.choices import ACCESSIBILITY, SERVICES, SPACE_TYPES

PER_PAGE = 20
OPEN_NOW = [("1", gettext_lazy("正在开放"))]


def read_filters(request):
    state = FilterState()
    read_choice(request, state, "type", SPACE_TYPES, _("空间类型"))
    read_choice(request, state, "street", SUBDISTRICTS, _("街道"))
    read_choice(request, state, "service", SERVICES, _("服务"))
    read_choice(request, state, "access", ACCESSIBILITY, _("无障碍设施"))
    read_choice(request, state, "open", OPEN_NOW, _("开放状态"))
    return state


def find_spaces(queryset, state, now=None):
    """The spaces matching ``state``: a queryset, or — with "open now", which only the
    hours can answer — a list of the open ones, each with ``.status`` already set."""
    if state.invalid:
        return []
    values = state.values
    if values.get("type"):
        queryset = queryset.filter(space_type=values["type"])
    if values.get("street"):
        queryset = queryset.filter(subdistrict=values["street"])
    if values.get("service"):
        queryset = queryset.filter(contains_code("services", values["service"]))
    if values.get("access"):
        queryset = queryset.filter(contains_code("accessibility", values["access"]))
    queryset = queryset.defer_streamfields()
    if not values.get("open"):
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
    """One page of results; opening hours are read and computed for that page only.
    With ?near= every match is ordered by walking distance first (spaces.nearby)."""
    from spaces.nearby import read_near, sort_by_distance

    state = read_filters(request)
    origin = read_near(request, state)
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
