"""schema.org for a reading space: Library (or BookStore, CivicStructure) with its hours."""

from core import jsonld
from spaces import hours
from spaces.choices import ACCESSIBILITY, SERVICES

SCHEMA_TYPES = {
    "bookshop": "BookStore",
    "lending_machine": "CivicStructure",
}
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _clock(value):
    return value.strftime("%H:%M")


def _closes(opens, closes):
    # schema.org has no "next day": a period past midnight is written as closing at 23:59
    # on its start day, which is how Google reads it; the remainder is the next day's.
    return "23:59" if closes <= opens else _clock(closes)


def weekly_specification(space):
    day = "https://schema.org/{}".format
    if space.open_24h:
        return [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": [day(name) for name in DAY_NAMES],
                "opens": "00:00",
                "closes": "23:59",
            }
        ]
    specs = []
    for period in sorted(space.hours_periods(), key=lambda p: (p.weekday, p.opens)):
        specs.append(
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": day(DAY_NAMES[period.weekday]),
                "opens": _clock(period.opens),
                "closes": _closes(period.opens, period.closes),
            }
        )
        if period.overnight and period.closes != hours.MIDNIGHT:
            specs.append(
                {
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": day(DAY_NAMES[(period.weekday + 1) % 7]),
                    "opens": "00:00",
                    "closes": _clock(period.closes),
                }
            )
    return specs


def special_days(space, days=90):
    """Special days in the coming ``days``: validFrom = validThrough = the date."""
    specs = []
    exceptions = space.hours_exceptions()
    for date, closed, _labels, _note in space.upcoming_exceptions(days):
        iso = date.isoformat()
        special = hours.exceptions_for(date, exceptions) or []
        if closed:
            specs.append(
                {
                    "@type": "OpeningHoursSpecification",
                    "validFrom": iso,
                    "validThrough": iso,
                    "opens": "00:00",
                    "closes": "00:00",
                }
            )
            continue
        for exception in special:
            if exception.opens and exception.closes is not None:
                specs.append(
                    {
                        "@type": "OpeningHoursSpecification",
                        "validFrom": iso,
                        "validThrough": iso,
                        "opens": _clock(exception.opens),
                        "closes": _closes(exception.opens, exception.closes),
                    }
                )
    return specs


def amenities(space):
    features = []
    for choices, codes in ((SERVICES, space.services), (ACCESSIBILITY, space.accessibility)):
        chosen = set(codes or ())
        for code, label in choices:
            if code in chosen:
                features.append(
                    {"@type": "LocationFeatureSpecification", "name": str(label), "value": True}
                )
    return features


def geo_coordinates(space):
    point = space.wgs84()
    if point is None:
        return None
    return {"@type": "GeoCoordinates", "latitude": point[0], "longitude": point[1]}


def reading_space(space, request):
    image = space.get_main_image()
    return {
        "@context": jsonld.CONTEXT,
        "@type": SCHEMA_TYPES.get(space.space_type, "Library"),
        "name": space.title,
        "description": space.get_meta_description(),
        "url": space.get_full_url(request),
        "image": jsonld.image_object(image, request) if image else None,
        "telephone": space.phone,
        "address": jsonld.postal_address(space.address),
        "geo": geo_coordinates(space),
        "openingHoursSpecification": weekly_specification(space) + special_days(space),
        "amenityFeature": amenities(space),
        "isAccessibleForFree": space.space_type != "bookshop",
        "publicAccess": True,
        "dateModified": space.last_published_at.isoformat() if space.last_published_at else None,
    }
