"""The events calendar: upcoming and past events, filters, and a subscribable iCalendar feed."""

from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path

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

    def filter_choices(self):
        """Live brands and venues that have events in this calendar (two queries).

        Read through the events' foreign keys, so the calendar needs no import of the
        brands or spaces apps.
        """
        events = self.get_events().prefetch_related(None).order_by()

        def linked(field):
            rows = (
                events.filter(**{f"{field}__live": True})
                .values_list(f"{field}_id", f"{field}__title")
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

    def get_context(self, request, *args, **kwargs):
        from events.calendar import UPCOMING, WHEN, expand_series, filter_events, read_filters
        from events.choices import AUDIENCES

        context = super().get_context(request, *args, **kwargs)
        brand_choices, venue_choices = self.filter_choices()
        state = read_filters(request, brand_choices, venue_choices)
        events = [] if state.invalid else filter_events(self.get_events(), state)
        if (
            events
            and (state.values.get("when") or UPCOMING) == UPCOMING
            and not state.values.get("month")
        ):
            events = expand_series(events)
        context.update(
            {
                "filters": state,
                "events": paginate(request, events, per_page=12),
                "choices": {
                    "when": WHEN,
                    "brand": brand_choices,
                    "audience": AUDIENCES,
                    "venue": venue_choices,
                },
                "feed_url": self.url + "ics/" if self.url else "",
            }
        )
        return context
