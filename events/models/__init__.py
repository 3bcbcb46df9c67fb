from .event import EventPage
from .index import EventIndexPage

__all__ = ["EventIndexPage", "EventPage"]
