import datetime as dt

import factory

from core.factories import PageFactory
from spaces.models import (
    OpeningException,
    OpeningPeriod,
    ReadingSpaceIndexPage,
    ReadingSpacePage,
    ReadingSpacePhoto,
)

# Typical library hours: closed Monday morning, 09:00–21:00 on weekdays, 09:00–17:00 weekends.
LIBRARY_WEEK = [(0, "13:00", "21:00")] + [(d, "09:00", "21:00") for d in range(1, 5)]
LIBRARY_WEEK += [(5, "09:00", "17:00"), (6, "09:00", "17:00")]


def _time(value):
    return value if isinstance(value, dt.time) else dt.time.fromisoformat(value)


class ReadingSpaceIndexPageFactory(PageFactory):
    title = "阅读空间"

    class Meta:
        model = ReadingSpaceIndexPage


class ReadingSpacePageFactory(PageFactory):
    """A reading space; ``hours=[(weekday, "09:00", "17:00"), …]``,
    ``exceptions=[{"date": …, "closed": True}, …]`` and ``photos=[image, …]`` fill the inlines."""

    title = factory.Sequence(lambda n: f"示例阅读空间 {n}")
    is_sample = True
    space_type = "community_room"
    subdistrict = "xinjiekou"
    address = factory.Sequence(lambda n: f"西城区示例街 {n} 号（示例地址）")
    latitude = "39.912000"
    longitude = "116.366000"
    services = factory.LazyFunction(lambda: ["lending"])
    accessibility = factory.LazyFunction(list)

    class Meta:
        model = ReadingSpacePage
        skip_postgeneration_save = True

    @factory.post_generation
    def hours(obj, create, extracted, **kwargs):
        rows = LIBRARY_WEEK if extracted is None else extracted
        obj.opening_periods = [
            OpeningPeriod(weekday=weekday, opens=_time(opens), closes=_time(closes))
            for weekday, opens, closes in rows
        ]

    @factory.post_generation
    def exceptions(obj, create, extracted, **kwargs):
        obj.opening_exceptions = [
            OpeningException(
                date=row["date"],
                closed=row.get("closed", False),
                opens=_time(row["opens"]) if row.get("opens") else None,
                closes=_time(row["closes"]) if row.get("closes") else None,
                every_year=row.get("every_year", False),
                note=row.get("note", ""),
            )
            for row in extracted or []
        ]

    @factory.post_generation
    def photos(obj, create, extracted, **kwargs):
        obj.photos = [
            ReadingSpacePhoto(image=item[0], caption=item[1])
            if isinstance(item, tuple)
            else ReadingSpacePhoto(image=item)
            for item in extracted or []
        ]
        if create:
            obj.save()
