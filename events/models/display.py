"""What an event's templates, JSON-LD and iCalendar share: place, brand, dates, labels."""

from django.utils import timezone
from django.utils.functional import cached_property

from core.choices import labels
from events import choices
from events.choices import AUDIENCES


class EventDisplayMixin:
    def get_main_image(self):
        return self.image

    @cached_property
    def place(self):
        """The venue in the reader's language: its translation when there is one."""
        return self.venue.localized if self.venue_id and self.venue else None

    @cached_property
    def programme(self):
        """The brand in the reader's language."""
        return self.brand.localized if self.brand_id and self.brand else None

    @property
    def attendance_mode(self):
        in_person = bool(self.venue_id or self.place_name)
        if self.online_url and in_person:
            return choices.MIXED
        return choices.ONLINE if self.online_url else choices.OFFLINE

    @property
    def location_name(self):
        return self.venue.title if self.venue_id and self.venue else self.place_name

    @property
    def location_address(self):
        return self.venue.address if self.venue_id and self.venue else self.place_address

    @property
    def is_cancelled(self):
        return self.status == choices.CANCELLED

    @property
    def is_changed(self):
        return self.status != choices.SCHEDULED

    def is_past(self, now=None):
        return self.end < (now or timezone.now())

    def audience_labels(self):
        return labels(AUDIENCES, self.audiences)

    def local_dates(self):
        """(first day, last day) in Asia/Shanghai, for all-day display and iCalendar."""
        return timezone.localtime(self.start).date(), timezone.localtime(self.end).date()

    @property
    def is_multi_day(self):
        first, last = self.local_dates()
        return last > first

    def organiser_name(self, site_settings=None):
        if self.organiser:
            return self.organiser
        if self.brand_id and self.brand and getattr(self.brand, "organiser", ""):
            return self.brand.organiser
        return getattr(site_settings, "organiser", "") if site_settings else ""
