"""The calendar: upcoming/past, this weekend, month, brand, audience, venue; bad values."""

import datetime as dt
import difflib

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from brands.factories import ReadingBrandIndexPageFactory, ReadingBrandPageFactory
from core.factories import ImageFactory
from events.calendar import weekend_range
from spaces.factories import ReadingSpaceIndexPageFactory, ReadingSpacePageFactory

pytestmark = pytest.mark.django_db


def titles(response):
    assert response.status_code == 200
    return [event.title for event in response.context["events"]]


def aware(day, hour=14):
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


def in_days(days, hour=14):
    return aware(timezone.localdate() + dt.timedelta(days=days), hour)


def test_upcoming_by_default_and_past_on_request(client, make_event):
    make_event(title="后天", start=in_days(2))
    make_event(title="明天", start=in_days(1))
    make_event(title="上周", start=in_days(-7))
    make_event(title="上月", start=in_days(-30))
    assert titles(client.get("/events/")) == ["明天", "后天"]
    assert titles(client.get("/events/", {"when": "past"})) == ["上周", "上月"]


def test_this_weekend(client, make_event):
    saturday, monday = weekend_range(timezone.localdate())
    make_event(title="周六上午", start=saturday + dt.timedelta(hours=10))
    make_event(title="周日下午", start=saturday + dt.timedelta(days=1, hours=15))
    make_event(title="下周一", start=monday + dt.timedelta(hours=10))
    make_event(title="周五晚上", start=saturday - dt.timedelta(hours=4))
    found = titles(client.get("/events/", {"when": "weekend"}))
    now = timezone.now()
    expected = [
        title
        for title, start in (
            ("周六上午", saturday + dt.timedelta(hours=10)),
            ("周日下午", saturday + dt.timedelta(days=1, hours=15)),
        )
        if start + dt.timedelta(hours=2) >= now
    ]
    assert found == expected


def test_weekend_range_on_each_day():
    monday = dt.date(2026, 11, 23)
    for offset in range(7):
        start, end = weekend_range(monday + dt.timedelta(days=offset))
        assert start.date() == dt.date(2026, 11, 28)
        assert end - start == dt.timedelta(days=2)


def test_month_filter(client, make_event):
    make_event(title="五月", start=aware(dt.date(2031, 5, 10)))
    make_event(title="六月", start=aware(dt.date(2031, 6, 2)))
    assert titles(client.get("/events/", {"month": "2031-05"})) == ["五月"]
    assert titles(client.get("/events/", {"month": "2031-5"})) == ["五月"]
    assert titles(client.get("/events/", {"month": "2031-05", "when": "past"})) == []


def test_brand_audience_and_venue_filters(client, home, make_event):
    brands = ReadingBrandIndexPageFactory(parent=home, slug="brands")
    brand = ReadingBrandPageFactory(parent=brands, title="示例品牌")
    finder = ReadingSpaceIndexPageFactory(parent=home, slug="spaces")
    venue = ReadingSpacePageFactory(parent=finder, title="示例图书馆")
    make_event(title="品牌亲子", brand=brand, audiences=["family"])
    make_event(title="场馆老年", venue=venue, audiences=["seniors", "adults"])
    make_event(title="其他成人", audiences=["adults"])
    assert titles(client.get("/events/", {"brand": brand.pk})) == ["品牌亲子"]
    assert titles(client.get("/events/", {"venue": venue.pk})) == ["场馆老年"]
    assert titles(client.get("/events/", {"audience": "adults"})) == ["场馆老年", "其他成人"]
    # Named after the field; "audience" is the old name, still read.
    assert titles(client.get("/events/", {"audiences": "adults"})) == ["场馆老年", "其他成人"]
    assert '<select name="audiences">' in client.get("/events/").content.decode()
    html = client.get("/events/", {"audience": "family"}).content.decode()
    assert f'<option value="{brand.pk}">示例品牌</option>' in html
    assert f'<option value="{venue.pk}">示例图书馆</option>' in html


def test_filter_choices_do_not_name_restricted_brands_or_venues(
    client, home, make_event, django_capture_on_commit_callbacks
):
    from wagtail.models import PageViewRestriction

    brands = ReadingBrandIndexPageFactory(parent=home, slug="brands")
    brand = ReadingBrandPageFactory(parent=brands, title="内部品牌")
    finder = ReadingSpaceIndexPageFactory(parent=home, slug="spaces")
    venue = ReadingSpacePageFactory(parent=finder, title="内部阅览室")
    make_event(title="公开活动", brand=brand, venue=venue)

    def options(html):
        return "".join(line for line in html.splitlines() if "<option" in line)

    html = client.get("/events/").content.decode()
    assert "内部品牌" in options(html) and "内部阅览室" in options(html)  # the test can fail
    with django_capture_on_commit_callbacks(execute=True):  # a real save purges the cache
        for page in (brand, venue):
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.LOGIN
            )
    html = client.get("/events/").content.decode()
    assert "公开活动" in html
    assert "内部品牌" not in options(html) and "内部阅览室" not in options(html)


@pytest.mark.parametrize(
    "query",
    [
        {"when": "tomorrow"},
        {"month": "2031-13"},
        {"month": "May"},
        {"month": "99999-01"},
        {"brand": "abc"},
        {"brand": "999999"},
        {"venue": "-1"},
        {"audience": "pets"},
        {"month": "书" * 300},
    ],
)
def test_bad_values_give_an_empty_list_with_a_message(client, make_event, query):
    make_event(title="任何活动")
    response = client.get("/events/", query)
    assert titles(response) == []
    html = response.content.decode()
    assert 'role="alert"' in html


def captured(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries.captured_queries]


@pytest.mark.usefixtures("one_pixel_renditions")
def test_calendar_queries_do_not_grow_with_the_number_of_events(client, home, make_event):
    brands = ReadingBrandIndexPageFactory(parent=home, slug="brands")
    brand = ReadingBrandPageFactory(parent=brands, title="示例品牌")
    finder = ReadingSpaceIndexPageFactory(parent=home, slug="spaces")
    venue = ReadingSpacePageFactory(parent=finder, title="示例图书馆")
    images = [ImageFactory(title="海报甲"), ImageFactory(title="海报乙")]

    def add(n):
        for i in range(n):
            make_event(
                title=f"活动 {i}-{n}",
                start=in_days(1 + i % 20),
                image=images[i % 2],
                brand=brand,
                venue=venue,
                audiences=["adults"],
            )

    urls = ["/events/", "/events/?audience=adults&page=2", "/events/ics/"]
    add(5)
    for url in urls:
        client.get(url)
    few = [captured(client, url) for url in urls]
    add(45)
    for url in urls:
        client.get(url)
    many = [captured(client, url) for url in urls]
    for a, b in zip(few, many, strict=True):
        assert len(a) == len(b), "\n".join(difflib.unified_diff(a, b, lineterm="", n=0))
    print(f"calendar queries: {len(few[0])} for 5 and {len(many[0])} for 50 events")
