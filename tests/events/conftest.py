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
