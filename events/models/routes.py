"""The event's sub-routes: the page itself, its .ics, the booking form and the manage page."""

from wagtail.contrib.routable_page.models import path


class EventRoutesMixin:
    @path("")
    def event(self, request):
        return self.render(request)

    @path("ics/", name="ics")
    def ics(self, request):
        from events.ical import calendar_response

        return calendar_response([self], request, name=self.title, filename=f"event-{self.pk}")

    @path("book/", name="book")
    def booking_form(self, request):
        from events.views.public import booking_form

        return booking_form(self, request)

    @path("manage/<str:token>/", name="manage")
    def manage_booking(self, request, token):
        from events.views.public import manage_booking

        return manage_booking(self, request, token)
