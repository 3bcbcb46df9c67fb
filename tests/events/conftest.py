import pytest

from events.factories import EventIndexPageFactory, EventPageFactory


@pytest.fixture
def calendar(home):
    return EventIndexPageFactory(parent=home, title="阅读活动", slug="events")


@pytest.fixture
def make_event(calendar):
    def make(**fields):
        return EventPageFactory(parent=calendar, **fields)

    return make


@pytest.fixture
def make_bookable(make_event):
    """An event that takes bookings on this site, with its occurrences made."""
    from events.occurrences import sync_occurrences

    def make(**fields):
        fields.setdefault("registration_mode", "site")
        fields.setdefault("capacity", 10)
        event = make_event(**fields)
        sync_occurrences(event)
        return event

    return make


@pytest.fixture
def privacy_page(home):
    from home.factories import StandardPageFactory

    return StandardPageFactory(parent=home, slug="privacy", title="个人信息保护说明")


def booking_data(**overrides):
    data = {
        "name": "张小燕",
        "phone": "13812345678",
        "email": "reader@example.org",
        "places": "1",
        "consent": "on",
    }
    data.update(overrides)
    return data
