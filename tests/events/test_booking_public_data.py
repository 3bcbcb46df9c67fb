"""Seats left in JSON-LD and the API; no personal data anywhere public."""

import json

import pytest

from events import booking as service
from tests.events.test_event_page import event_json_ld

pytestmark = pytest.mark.django_db


def json_ld(html):
    return event_json_ld(html)


def test_json_ld_has_capacity_remaining_and_offer(client, make_bookable):
    event = make_bookable(capacity=10)
    service.book(event.occurrences.get().pk, places=1, name="王小明", phone="13812341234")
    html = client.get(event.url).content.decode()
    data = json.dumps(json_ld(html), ensure_ascii=False)
    assert '"maximumAttendeeCapacity": 10' in data
    assert '"remainingAttendeeCapacity": 9' in data
    assert "https://schema.org/InStock" in data and '"priceCurrency": "CNY"' in data
    assert "王小明" not in html and "13812341234" not in html


def test_full_event_is_sold_out_in_json_ld(client, make_bookable):
    event = make_bookable(capacity=1)
    service.book(event.occurrences.get().pk, places=1, name="甲", phone="13800000001")
    data = json.dumps(json_ld(client.get(event.url).content.decode()), ensure_ascii=False)
    assert "https://schema.org/SoldOut" in data and '"remainingAttendeeCapacity": 0' in data
    assert "名额已满，可排队候补" in client.get(event.url).content.decode()


def test_api_shows_seats_not_people(client, make_bookable):
    event = make_bookable(capacity=10)
    service.book(
        event.occurrences.get().pk,
        places=1,
        name="王小明",
        phone="13812341234",
        email="wang@example.org",
    )
    response = client.get(f"/api/v2/pages/{event.pk}/")
    registration = response.json()["registration"]
    assert registration["mode"] == "site" and registration["capacity"] == 10
    assert registration["occurrences"][0]["seats_left"] == 9
    body = response.content.decode()
    assert "13812341234" not in body and "wang@example.org" not in body and "王小明" not in body
