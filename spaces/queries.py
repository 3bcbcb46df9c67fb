"""Reading-space reads other apps use: counts for the statistics, rows for open data.

Every function runs a fixed number of queries whatever the number of spaces. Only the
original-language pages count (a translation is the same space, not another one).
"""

from django.conf import settings
from django.db.models import Count

from core.fields import contains_code
from spaces.choices import ACCESSIBILITY


def live_spaces():
    from spaces.models import ReadingSpacePage

    return ReadingSpacePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)


def space_counts_by(field):
    """{code: number of live spaces} for ``space_type`` or ``subdistrict`` (one query)."""
    rows = live_spaces().order_by().values(field).annotate(n=Count("pk"))
    return {row[field]: row["n"] for row in rows}


def accessibility_counts():
    """{feature code: number of spaces that have it}, plus "total" (one query)."""
    aggregates = {
        code: Count("pk", filter=contains_code("accessibility", code)) for code, _ in ACCESSIBILITY
    }
    return live_spaces().aggregate(total=Count("pk"), **aggregates)


def spaces_with_hours():
    """Live spaces with their weekly periods and exceptions prefetched (three queries)."""
    return list(
        live_spaces()
        .defer_streamfields()
        .prefetch_related("opening_periods", "opening_exceptions")
        .order_by("path")
    )


DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def public_space_rows(request=None):
    """Live spaces as open-data rows: what the public page shows, without the phone (three queries)."""
    from spaces import hours

    for space in spaces_with_hours():
        table = hours.weekly_table(space.hours_periods(), space.open_24h)
        yield {
            "name": space.title,
            "type": str(space.get_space_type_display()),
            "subdistrict": str(space.get_subdistrict_display()),
            "address": space.address,
            "latitude_gcj02": float(space.latitude) if space.latitude is not None else None,
            "longitude_gcj02": float(space.longitude) if space.longitude is not None else None,
            "open_24h": space.open_24h,
            **{
                f"hours_{DAYS[i]}": "、".join(str(p) for p in periods) or "休息"
                for i, (_day, periods) in enumerate(table)
            },
            "hours_note": space.hours_note,
            "services": "、".join(str(x) for x in space.service_labels()),
            "accessibility": "、".join(str(x) for x in space.accessibility_labels()),
            "url": space.get_full_url(request) or "",
        }
