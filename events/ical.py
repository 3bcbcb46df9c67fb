"""iCalendar (RFC 5545) for one event or the calendar of upcoming events, via `icalendar`.

Times are written with TZID=Asia/Shanghai and a VTIMEZONE; all-day events use DATE values
with an exclusive DTEND. UIDs are stable across languages (the page's translation key), so
a subscriber sees one event, updated in place when it is cancelled or rescheduled.
"""

import datetime as dt
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from events import choices

TZ = ZoneInfo("Asia/Shanghai")
PRODID = "-//Scholarly Xicheng//书香西城 阅读活动//ZH"


def uid_domain():
    return urlparse(getattr(settings, "WAGTAILADMIN_BASE_URL", "")).hostname or "shuxiang-xicheng"


def event_component(event, request):
    component = icalendar.Event()
    component.add("uid", f"event-{event.translation_key}@{uid_domain()}")
    stamp = event.last_published_at or timezone.now()
    component.add("dtstamp", stamp.astimezone(dt.UTC))
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(dt.UTC))
    if event.all_day:
        first, last = event.local_dates()
        component.add("dtstart", first)
        component.add("dtend", last + dt.timedelta(days=1))
    else:
        component.add("dtstart", event.start.astimezone(TZ))
        component.add("dtend", event.end.astimezone(TZ))
    summary = event.title
    if event.is_changed:
        summary = f"[{event.get_status_display()}] {summary}"
    component.add("summary", summary)
    url = event.get_full_url(request)
    description = [event.intro or event.search_description]
    if event.status_note:
        description.append(event.status_note)
    if event.online_url:
        description.append(_("线上参与：%(url)s") % {"url": event.online_url})
    description.append(url)
    component.add("description", "\n\n".join(part for part in description if part))
    location = "，".join(part for part in (event.location_name, event.location_address) if part)
    component.add("location", location or event.online_url)
    if url:
        component.add("url", url)
    component.add("status", choices.ICAL_STATUS[event.status])
    component.add("sequence", 0 if event.status == choices.SCHEDULED else 1)
    if event.venue_id and event.venue and event.venue.wgs84():
        component.add("geo", event.venue.wgs84())
    labels = [str(label) for label in event.audience_labels()]
    if labels:
        component.add("categories", labels)
    component.add("transp", "TRANSPARENT" if event.all_day else "OPAQUE")
    if event.is_series and not event.all_day:
        add_recurrence(component, event)
    return component


def add_recurrence(component, event):
    """RRULE from the series rule; EXDATE for dates skipped or cancelled one by one."""
    component.add("rrule", event.rrule_property())
    local_start = timezone.localtime(event.start)
    skipped = [
        dt.datetime.combine(day, local_start.time(), tzinfo=TZ) for day in event.exception_dates()
    ]
    skipped += [
        start.astimezone(TZ)
        for start in event.seat_page.occurrences.filter(cancelled=True).values_list(
            "start", flat=True
        )
    ]
    if skipped:
        component.add("exdate", sorted(set(skipped)))


def occurrence_calendar(event, occurrence):
    """One occurrence (a booking's date) as a calendar to attach to an e-mail."""
    component = event_component(event, None)
    for key in ("rrule", "exdate", "dtstart", "dtend", "uid"):
        component.pop(key, None)
    component.add("uid", f"occurrence-{occurrence.pk}@{uid_domain()}")
    component.add("dtstart", occurrence.start.astimezone(TZ))
    component.add("dtend", occurrence.end.astimezone(TZ))
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add_component(component)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def build_calendar(events, request, name):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Shanghai")
    calendar.add("refresh-interval", dt.timedelta(hours=6), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    for event in events:
        calendar.add_component(event_component(event, request))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def calendar_response(events, request, name, filename, attachment=True):
    response = HttpResponse(
        build_calendar(events, request, name), content_type="text/calendar; charset=utf-8"
    )
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}.ics"'
    response["Cache-Control"] = "public, max-age=600"
    return response
