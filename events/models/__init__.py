from .booking import Booking
from .event import EventPage
from .index import EventIndexPage
from .occurrence import Occurrence

__all__ = ["Booking", "EventIndexPage", "EventPage", "Occurrence"]
