"""A reading space page: hours, exceptions, map links, JSON-LD, upcoming events."""

import datetime as dt
import json
import re
from urllib.parse import parse_qs, urlparse

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from events.factories import EventIndexPageFactory, EventPageFactory
from spaces import geo
from spaces.models import OpeningException

pytestmark = pytest.mark.django_db


def json_ld(html, kind):
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        if data.get("@type") == kind:
            return data
    raise AssertionError(f"no {kind} JSON-LD")


def test_page_shows_hours_exceptions_services_and_accessibility(client, make_space):
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    space = make_space(
        title="示例书房（示例）",
        hours=[(4, "20:00", "02:00"), (0, "09:00", "17:00")],
        exceptions=[{"date": tomorrow, "closed": True, "note": "检修闭馆"}],
        services=["lending", "study"],
        accessibility=["braille", "wheelchair"],
        phone="010-0000 0001",
    )
    html = client.get(space.url).content.decode()
    assert "20:00–次日 02:00" in html
    assert "检修闭馆" in html
    assert "盲文读物" in html and "轮椅" in html
    assert "借阅" in html and "自习" in html
    assert 'href="tel:01000000001"' in html
    assert 'class="is-today"' in html
    assert 'role="status"' in html


def test_map_links_use_the_public_uri_formats(client, make_space):
    space = make_space(title="示例驿站", latitude="39.912345", longitude="116.365432")
    amap = urlparse(space.amap_url())
    assert (amap.netloc, amap.path) == ("uri.amap.com", "/marker")
    query = parse_qs(amap.query)
    assert query["position"] == ["116.365432,39.912345"]  # longitude first
    assert query["name"] == ["示例驿站"]
    baidu = urlparse(space.baidu_url())
    assert (baidu.netloc, baidu.path) == ("api.map.baidu.com", "/marker")
    query = parse_qs(baidu.query)
    assert query["location"] == ["39.912345,116.365432"]  # latitude first
    assert query["coord_type"] == ["gcj02"] and query["output"] == ["html"]
    assert "src" in query
    html = client.get(space.url).content.decode()
    assert "uri.amap.com/marker" in html and "api.map.baidu.com/marker" in html
    assert "key=" not in space.amap_url() + space.baidu_url()


def test_no_coordinates_no_map_links(client, make_space):
    space = make_space(latitude=None, longitude=None)
    assert space.amap_url() == "" and space.wgs84() is None
    assert "uri.amap.com" not in client.get(space.url).content.decode()


def test_json_ld_library_with_hours_special_days_amenities_geo(client, make_space):
    soon = timezone.localdate() + dt.timedelta(days=2)
    space = make_space(
        space_type="street_library",
        hours=[(1, "09:00", "17:00"), (4, "20:00", "02:00")],
        exceptions=[
            {"date": soon, "closed": True},
            {"date": soon + dt.timedelta(days=1), "opens": "10:00", "closes": "12:00"},
        ],
        services=["lending"],
        accessibility=["step_free"],
    )
    data = json_ld(client.get(space.url).content.decode(), "Library")
    specs = data["openingHoursSpecification"]
    weekly = [s for s in specs if "dayOfWeek" in s]
    assert {
        "dayOfWeek": "https://schema.org/Tuesday",
        "opens": "09:00",
        "closes": "17:00",
    }.items() <= weekly[0].items()
    # the overnight Friday period continues on Saturday morning
    assert any(s["dayOfWeek"].endswith("Saturday") and s["closes"] == "02:00" for s in weekly)
    special = [s for s in specs if "validFrom" in s]
    assert {"validFrom": soon.isoformat(), "opens": "00:00", "closes": "00:00"}.items() <= special[
        0
    ].items()
    assert special[1]["opens"] == "10:00"
    names = {feature["name"] for feature in data["amenityFeature"]}
    assert names == {"借阅", "无障碍通道"}
    assert data["address"]["addressLocality"] == "西城区"
    lat, lng = data["geo"]["latitude"], data["geo"]["longitude"]
    # WGS-84 is south-west of GCJ-02 in Beijing by a few hundred metres.
    assert 0.0005 < 39.912 - lat < 0.003 and 0.004 < 116.366 - lng < 0.008


def test_bookshop_and_machine_schema_types(client, make_space):
    shop = make_space(space_type="bookshop")
    machine = make_space(space_type="lending_machine", open_24h=True, hours=[])
    assert json_ld(client.get(shop.url).content.decode(), "BookStore")
    data = json_ld(client.get(machine.url).content.decode(), "CivicStructure")
    assert data["openingHoursSpecification"][0]["closes"] == "23:59"


def test_gcj02_round_trip():
    lat, lng = 39.9087, 116.3975
    g_lat, g_lng = geo.wgs84_to_gcj02(lat, lng)
    back = geo.gcj02_to_wgs84(g_lat, g_lng)
    assert abs(back[0] - lat) < 1e-5 and abs(back[1] - lng) < 1e-5


def test_exception_rows_are_validated():
    with pytest.raises(ValidationError):
        OpeningException(date=dt.date(2026, 1, 1), closed=False).clean()
    with pytest.raises(ValidationError):
        OpeningException(date=dt.date(2026, 1, 1), closed=True, opens=dt.time(9)).clean()
    OpeningException(date=dt.date(2026, 1, 1), closed=True).clean()


def test_space_lists_its_upcoming_events(client, home, make_space):
    space = make_space(title="示例图书馆")
    calendar = EventIndexPageFactory(parent=home, slug="events")
    EventPageFactory(parent=calendar, title="即将举行的讲座", venue=space)
    past = timezone.now() - dt.timedelta(days=3)
    EventPageFactory(
        parent=calendar,
        title="已经结束的讲座",
        venue=space,
        start=past,
        end=past + dt.timedelta(hours=1),
    )
    html = client.get(space.url).content.decode()
    assert "即将举行的讲座" in html
    assert "已经结束的讲座" not in html


def test_api_exposes_hours(client, make_space):
    space = make_space(hours=[(2, "09:00", "17:00")], accessibility=["braille"])
    response = client.get(f"/api/v2/pages/{space.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["accessibility"] == ["braille"]
    assert data["opening_periods"][0]["weekday"] == 2
    assert data["opening_periods"][0]["opens"] == "09:00:00"
