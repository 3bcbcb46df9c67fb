"""The events calendar: upcoming and past events, filters, and a subscribable iCalendar feed."""

from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path

from core.image_renditions import with_renditions
from core.listing import paginate
from core.models import BasePage, RoutableBasePage

FEED_LIMIT = 200


class EventIndexPage(RoutableBasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = "阅读活动日历"
        verbose_name_plural = "阅读活动日历"

    def get_events(self):
        from events.queries import event_queryset

        return event_queryset().child_of(self)

    def filter_choices(self, request=None):
        """Live brands and venues that have events in this calendar and that the reader may
        see (a brand or space under a view restriction is not named) — two queries.

        Read through the events' foreign keys, so the calendar needs no import of the
        brands or spaces apps.
        """
        from core.visibility import hidden_pages_q

        events = self.get_events().prefetch_related(None).order_by()

        def linked(field):
            linked_events = events.filter(**{f"{field}__live": True})
            hidden = hidden_pages_q(request, prefix=f"{field}__")
            if hidden is not None:
                linked_events = linked_events.exclude(hidden)
            rows = (
                linked_events.values_list(f"{field}_id", f"{field}__title")
                .distinct()
                .order_by(f"{field}__title", f"{field}_id")
            )
            return [(str(pk), title) for pk, title in rows]

        return linked("brand"), linked("venue")

    @path("")
    def calendar(self, request):
        return self.render(request)

    @path("ics/", name="feed")
    def feed(self, request):
        from events.ical import calendar_response

        events = self.get_events().filter(end__gte=timezone.now()).order_by("start")[:FEED_LIMIT]
        return calendar_response(
            list(events), request, name=self.title, filename="calendar", attachment=False
        )

    def listed_events(self, filters):
        """The filtered events; in the default upcoming view each date of a running series
        is listed on its own (events.calendar.expand_series, one query for all series)."""
        from events.calendar import UPCOMING, expand_series

        if filters.invalid:
            return []
        events = filters.apply(self.get_events())
        if (filters.values.get("when") or UPCOMING) == UPCOMING and not filters.values.get("month"):
            events = expand_series(events)
        return events

    def get_context(self, request, *args, **kwargs):
        from events.filters import EventFilters

        context = super().get_context(request, *args, **kwargs)
        brand_choices, venue_choices = self.filter_choices(request)
        filters = EventFilters(request, brand=brand_choices, venue=venue_choices)
        events = paginate(request, self.listed_events(filters), per_page=12)
        with_renditions(events, "image", "listing_image")
        context.update(
            {
                "filters": filters,
                "events": events,
                "feed_url": self.url + "ics/" if self.url else "",
            }
        )
        return context
