"""schema.org Event with status, attendance mode, location and organizer."""

from django.utils import timezone

from core import jsonld
from core.models import SiteSettings
from events import choices


def _iso(value):
    return timezone.localtime(value).isoformat()


def _dates(event):
    if event.all_day:
        first, last = event.local_dates()
        return first.isoformat(), last.isoformat()
    return _iso(event.start), _iso(event.end)


def location(event, request):
    places = []
    if event.place:
        venue = event.place
        places.append(
            {
                "@type": "Place",
                "name": venue.title,
                "url": venue.get_full_url(request),
                "address": jsonld.postal_address(venue.address),
            }
        )
    elif event.place_name:
        places.append(
            {
                "@type": "Place",
                "name": event.place_name,
                "address": jsonld.postal_address(event.place_address),
            }
        )
    if event.online_url:
        places.append({"@type": "VirtualLocation", "url": event.online_url})
    return places[0] if len(places) == 1 else places


def event_object(event, request):
    site_settings = SiteSettings.for_request(request) if request else None
    organiser = event.organiser_name(site_settings)
    image = event.get_main_image()
    data = {
        "@context": jsonld.CONTEXT,
        "@type": "Event",
        "name": event.title,
        "description": event.get_meta_description(site_settings),
        "url": event.get_full_url(request),
        "startDate": _dates(event)[0],
        "endDate": _dates(event)[1],
        "eventStatus": choices.SCHEMA_STATUS[event.status],
        "eventAttendanceMode": choices.SCHEMA_ATTENDANCE[event.attendance_mode],
        "location": location(event, request),
        "organizer": {
            "@type": "Organization",
            "name": organiser,
            "url": event.programme.get_full_url(request) if event.programme else None,
        }
        if organiser
        else None,
        "image": jsonld.image_object(image, request) if image else None,
        "maximumAttendeeCapacity": event.capacity,
        "audience": [
            {"@type": "Audience", "audienceType": str(label)} for label in event.audience_labels()
        ],
        "inLanguage": event.locale.language_code,
    }
    if event.books_on_site:
        data.update(booking_fields(event, request))
    if event.previous_start and event.status in (choices.RESCHEDULED, choices.POSTPONED):
        data["previousStartDate"] = _iso(event.previous_start)
    if event.programme:
        data["superEvent"] = {
            "@type": "EventSeries",
            "name": event.programme.title,
            "url": event.programme.get_full_url(request),
        }
    return data


AVAILABILITY = {
    "open": "https://schema.org/InStock",
    "waiting": "https://schema.org/SoldOut",
    "full": "https://schema.org/SoldOut",
    "not_open": "https://schema.org/PreOrder",
    "closed": "https://schema.org/Discontinued",
}


def booking_fields(event, request):
    """Seats left and a free Offer for the next occurrence (counts only, no people)."""
    occurrence = event.next_occurrence
    state = event.booking_state(occurrence)
    left = occurrence.seats_left(event.capacity) if occurrence else None
    if state == "open" and left is not None and left <= max(3, (event.capacity or 0) // 10):
        availability = "https://schema.org/LimitedAvailability"
    else:
        availability = AVAILABILITY.get(state, AVAILABILITY["closed"])
    base = event.get_full_url(request) or ""
    return {
        "remainingAttendeeCapacity": left,
        "isAccessibleForFree": True,
        "offers": {
            "@type": "Offer",
            "price": "0",
            "priceCurrency": "CNY",
            "availability": availability,
            "url": base + "book/" if base else None,
            "validFrom": _iso(event.registration_opens) if event.registration_opens else None,
            "validThrough": _iso(event.registration_closes) if event.registration_closes else None,
        },
    }
