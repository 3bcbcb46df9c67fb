"""Near me: the finder sorts by walking distance from ?near=<WGS-84 lat>,<lng>."""

from decimal import Decimal

import pytest

from spaces.geo import wgs84_to_gcj02
from spaces.nearby import distance_m

pytestmark = pytest.mark.django_db

# A reader at Xidan (WGS-84, as a phone's GPS reports it).
READER = (39.907, 116.368)


def at_gcj(lat, lng):
    """Fields for a space whose stored (GCJ-02) point is the given WGS-84 point."""
    g_lat, g_lng = wgs84_to_gcj02(lat, lng)
    return {"latitude": Decimal(f"{g_lat:.6f}"), "longitude": Decimal(f"{g_lng:.6f}")}


def titles(response):
    return [space.title for space in response.context["space_items"]]


def test_sorts_by_walking_distance_and_shows_it(client, make_space):
    make_space(title="远处", **at_gcj(39.940, 116.368))  # ~3.7 km north
    make_space(title="近处", **at_gcj(39.909, 116.368))  # ~220 m north
    make_space(title="无坐标", latitude=None, longitude=None)
    make_space(title="中间", **at_gcj(39.917, 116.368))  # ~1.1 km
    response = client.get("/spaces/", {"near": f"{READER[0]},{READER[1]}"})
    assert response.status_code == 200
    assert titles(response) == ["近处", "中间", "远处", "无坐标"]
    html = response.content.decode()
    # 222 m straight × 1.3 detour = 290 m, 4 minutes at 80 m a minute.
    assert "步行约 4 分钟（约 290 米）" in html
    assert "已按离您的步行距离排序" in html


def test_wgs84_and_gcj02_are_not_mixed(client, make_space):
    # Stored as GCJ-02 for the reader's own position: the distance is ~0, although the raw
    # numbers differ by several hundred metres.
    make_space(title="就在这里", **at_gcj(*READER))
    response = client.get("/spaces/", {"near": f"{READER[0]},{READER[1]}"})
    space = response.context["space_items"][0]
    assert space.walk_m == 0
    raw = distance_m(READER, (float(space.latitude), float(space.longitude)))
    assert raw > 100


@pytest.mark.parametrize("near", ["abc", "1,2", "39.9", "39.9,116.4,1", "nan,nan", "inf,116"])
def test_bad_positions_get_a_message_not_an_error(client, make_space, near):
    make_space(title="某空间", **at_gcj(39.909, 116.368))
    response = client.get("/spaces/", {"near": near})
    assert response.status_code == 200
    assert "无法按距离排序" in response.content.decode()
    assert titles(response) == []


def test_without_near_the_finder_is_unchanged_and_the_button_waits_for_a_press(client, make_space):
    make_space(title="某空间", **at_gcj(39.909, 116.368))
    html = client.get("/spaces/").content.decode()
    assert "步行约" not in html
    # The button is hidden until near-me.js finds geolocation; it asks only on submit.
    assert "data-near-me hidden" in html
    assert "js/near-me.js" in html
