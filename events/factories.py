import datetime as dt

import factory
from django.utils import timezone

from core.factories import PageFactory
from events.models import EventIndexPage, EventPage


def _in_days(days, hour=14):
    day = timezone.localdate() + dt.timedelta(days=days)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


class EventIndexPageFactory(PageFactory):
    title = "阅读活动"

    class Meta:
        model = EventIndexPage


class EventPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"示例读书会 {n}")
    is_sample = True
    start = factory.LazyFunction(lambda: _in_days(7))
    end = factory.LazyAttribute(lambda o: o.start + dt.timedelta(hours=2))
    place_name = factory.LazyAttribute(lambda o: "" if o.venue or o.online_url else "示例礼堂")
    venue = None
    online_url = ""
    audiences = factory.LazyFunction(lambda: ["adults"])

    class Meta:
        model = EventPage
