"""iCalendar output, parsed back with the icalendar library."""

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.utils import timezone

from events import choices
from spaces.factories import ReadingSpaceIndexPageFactory, ReadingSpacePageFactory

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Asia/Shanghai")


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def test_event_ics_download(client, home, make_event):
    finder = ReadingSpaceIndexPageFactory(parent=home, slug="spaces")
    venue = ReadingSpacePageFactory(
        parent=finder, title="示例图书馆", address="西城区示例街 1 号（示例地址）"
    )
    start = timezone.make_aware(dt.datetime(2031, 5, 17, 14, 0))
    event = make_event(
        title="红楼梦读书会",
        start=start,
        end=start + dt.timedelta(hours=2),
        venue=venue,
        audiences=["adults", "seniors"],
        intro="一起读第一回。",
    )
    response = client.get(event.url + "ics/")
    assert "attachment" in response["Content-Disposition"]
    calendar = parse(response)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "红楼梦读书会"
    assert vevent["UID"] == f"event-{event.translation_key}@testserver"
    assert vevent.decoded("DTSTART") == dt.datetime(2031, 5, 17, 14, 0, tzinfo=TZ)
    assert vevent["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert vevent.decoded("DTEND") == dt.datetime(2031, 5, 17, 16, 0, tzinfo=TZ)
    assert vevent.decoded("DTSTAMP").tzinfo is not None
    assert "示例图书馆" in str(vevent["LOCATION"]) and "示例街 1 号" in str(vevent["LOCATION"])
    assert str(vevent["URL"]).endswith(event.url)
    assert str(vevent["STATUS"]) == "CONFIRMED"
    assert "一起读第一回" in str(vevent["DESCRIPTION"])
    assert vevent.get("GEO") is not None
    # a VTIMEZONE for the TZID is included
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]


def test_status_and_all_day_in_ics(client, make_event):
    cancelled = make_event(title="取消的讲座", status=choices.CANCELLED)
    postponed = make_event(title="延期的讲座", status=choices.POSTPONED)
    day = timezone.localdate() + dt.timedelta(days=5)
    fair = make_event(
        title="书展",
        all_day=True,
        start=timezone.make_aware(dt.datetime.combine(day, dt.time(0))),
        end=timezone.make_aware(dt.datetime.combine(day + dt.timedelta(days=2), dt.time(23, 59))),
    )
    [vevent] = parse(client.get(cancelled.url + "ics/")).walk("VEVENT")
    assert str(vevent["STATUS"]) == "CANCELLED"
    assert str(vevent["SUMMARY"]).startswith("[已取消]")
    assert vevent["SEQUENCE"] == 1
    [vevent] = parse(client.get(postponed.url + "ics/")).walk("VEVENT")
    assert str(vevent["STATUS"]) == "TENTATIVE"
    [vevent] = parse(client.get(fair.url + "ics/")).walk("VEVENT")
    assert vevent.decoded("DTSTART") == day
    assert vevent.decoded("DTEND") == day + dt.timedelta(days=3)  # exclusive


def test_subscribable_feed_lists_upcoming_events_only(client, calendar, make_event):
    make_event(title="下周的讲座")
    make_event(title="明天的沙龙", start=timezone.now() + dt.timedelta(days=1))
    past = timezone.now() - dt.timedelta(days=10)
    make_event(title="上个月的活动", start=past, end=past + dt.timedelta(hours=1))
    response = client.get(calendar.url + "ics/")
    assert "inline" in response["Content-Disposition"]
    feed = parse(response)
    summaries = [str(vevent["SUMMARY"]) for vevent in feed.walk("VEVENT")]
    assert summaries == ["明天的沙龙", "下周的讲座"]
    assert str(feed["X-WR-CALNAME"]) == "阅读活动"
    uids = [str(vevent["UID"]) for vevent in feed.walk("VEVENT")]
    assert len(set(uids)) == 2


def test_feed_and_event_page_link_to_ics(client, calendar, make_event):
    event = make_event(title="有日历的活动")
    html = client.get(event.url).content.decode()
    assert f'href="{event.url}ics/"' in html
    html = client.get(calendar.url).content.decode()
    assert 'type="text/calendar"' in html
    assert f"webcal://testserver{calendar.url}ics/" in html


def test_english_translation_shares_the_uid(client, make_event, locale_en, home_en):
    event = make_event(title="中文活动")
    translation = event.copy_for_translation(locale_en, copy_parents=True)
    translation.title = "English event"
    translation.save_revision().publish()
    zh = parse(client.get(event.url + "ics/")).walk("VEVENT")[0]
    translation.refresh_from_db()
    en = parse(client.get(translation.url + "ics/")).walk("VEVENT")[0]
    assert str(en["SUMMARY"]) == "English event"
    assert en["UID"] == zh["UID"]
