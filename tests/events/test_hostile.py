"""The finder, the calendar and their detail and .ics routes never answer hostile input with 5xx."""

import pytest

from spaces.factories import ReadingSpaceIndexPageFactory, ReadingSpacePageFactory
from tests.foundation.test_hostile_input import HOSTILE_QUERIES

pytestmark = pytest.mark.django_db

EXTRA = [
    "street=%E4%B8",
    "open=1&open=2",
    "month=0000-00",
    "month=2026-02-30",
    "brand=1e9&venue=1.5",
    "when=weekend&month=2026-02&audience=family&page=-3",
    "month=-2026-01",
]


def test_hostile_queries(client, home, make_event):
    finder = ReadingSpaceIndexPageFactory(parent=home, slug="spaces")
    space = ReadingSpacePageFactory(parent=finder, open_24h=True)
    event = make_event(venue=space)
    paths = [finder.url, space.url, "/events/", event.url]
    paths += [event.url + "ics/", "/events/ics/"]
    failures = []
    for path in paths:
        for query in HOSTILE_QUERIES + EXTRA:
            response = client.generic("GET", path, QUERY_STRING=query)
            if response.status_code >= 500:
                failures.append((path, query[:40], response.status_code))
    assert not failures


def test_unknown_subroute_is_404(client, make_event):
    event = make_event()
    assert client.get(event.url + "nothing/").status_code == 404
    assert client.get("/events/nothing/").status_code == 404
