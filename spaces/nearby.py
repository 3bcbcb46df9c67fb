"""“Near me” in the finder: sort spaces by walking distance from the reader.

Coordinates: spaces store GCJ-02 (the datum of maps published in mainland China; editors pick
points in Amap). A browser's Geolocation API returns WGS-84 (GPS). The finder receives the
reader's position as ``?near=<lat>,<lng>`` in WGS-84 (static/js/near-me.js asks for it only
after the reader presses the button), converts it to GCJ-02 (spaces.geo) and measures the
great-circle distance there; the two datums differ by a few hundred metres in Beijing, which
is why they must not be mixed. Map links stay GCJ-02 (Amap) or BD-09 (Baidu, converted in
spaces.geo.baidu_url). The position is never stored or logged; it is rounded to about 100 m.
"""

import math

from django.utils.translation import gettext as _

from spaces.geo import wgs84_to_gcj02

EARTH_RADIUS_M = 6_371_000
# Streets are not straight lines: a walking route is about 1.3 × the straight distance;
# 80 metres a minute is an unhurried (older) walker's pace.
DETOUR = 1.3
WALK_METRES_PER_MINUTE = 80
# Roughly Beijing and its surroundings: far-off positions (or junk) are refused.
LAT_RANGE = (39.0, 41.5)
LNG_RANGE = (115.0, 118.0)


def read_near(request, state):
    """The reader's position as GCJ-02 (lat, lng), or None; bad input adds a message."""
    raw = request.GET.get("near", "").strip()
    if not raw:
        return None
    try:
        lat_text, lng_text = raw.split(",")
        lat, lng = round(float(lat_text), 3), round(float(lng_text), 3)
    except ValueError:
        lat = lng = math.nan
    if not (LAT_RANGE[0] <= lat <= LAT_RANGE[1] and LNG_RANGE[0] <= lng <= LNG_RANGE[1]):
        state.errors.append(_("无法按距离排序：位置不在北京市范围内，或格式不正确。"))
        state.values["near"] = raw[:40]
        return None
    state.values["near"] = f"{lat:.3f},{lng:.3f}"
    return wgs84_to_gcj02(lat, lng)


def distance_m(a, b):
    """Great-circle distance in metres between two (lat, lng) points of the same datum."""
    lat1, lng1, lat2, lng2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(h))


def sort_by_distance(spaces, origin):
    """Spaces with coordinates nearest first (each gets ``walk_m`` and ``walk_minutes``);
    spaces without coordinates last, in their usual order."""
    located, unlocated = [], []
    for space in spaces:
        if space.latitude is None or space.longitude is None:
            unlocated.append(space)
            continue
        straight = distance_m(origin, (float(space.latitude), float(space.longitude)))
        space.walk_m = round(straight * DETOUR / 10) * 10
        space.walk_minutes = max(1, round(space.walk_m / WALK_METRES_PER_MINUTE))
        located.append(space)
    located.sort(key=lambda space: space.walk_m)
    return located + unlocated
