"""Organisers see bookings (masked), check people in, export; everyone else gets 403."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageLogEntry

from events import booking as service
from events.models import Booking

pytestmark = pytest.mark.django_db


@pytest.fixture
def organiser(django_user_model):
    user = django_user_model.objects.create_user("organiser", password="pw-organiser-1")
    user.groups.add(Group.objects.get(name="活动组织"))
    return user


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", password="pw-editor-1")
    user.groups.add(Group.objects.get(name="编辑"))
    return user


@pytest.fixture
def booked(make_bookable):
    event = make_bookable(capacity=5)
    occurrence = event.occurrences.get()
    booking = service.book(
        occurrence.pk, places=1, name="王小明", phone="13812341234", email="wang@example.org"
    )
    return event, occurrence, booking


def urls(event, occurrence):
    return [
        "/admin/events/bookings/",
        f"/admin/events/bookings/{event.pk}/",
        f"/admin/events/bookings/{event.pk}/export.csv",
        f"/admin/events/bookings/{event.pk}/export.xlsx",
        f"/admin/events/checkin/{occurrence.pk}/",
    ]


def test_the_migration_made_the_group_with_permissions():
    codenames = set(
        Group.objects.get(name="活动组织").permissions.values_list("codename", flat=True)
    )
    assert {"access_admin", "view_booking", "change_booking", "export_booking"} <= codenames


def test_editors_and_anonymous_readers_are_refused(client, editor, booked):
    event, occurrence, _booking = booked
    for url in urls(event, occurrence):
        assert client.get(url).status_code in (302, 403)  # anonymous: to the login page
    client.force_login(editor)
    for url in urls(event, occurrence):
        response = client.get(url)
        assert response.status_code == 403, url
        assert "只有“活动组织”组的成员和管理员" in response.content.decode()
        assert "13812341234" not in response.content.decode()
    assert "/admin/events/bookings/" not in client.get("/admin/").content.decode()


def test_organiser_list_is_masked(client, organiser, booked):
    event, _occurrence, _booking = booked
    client.force_login(organiser)
    html = client.get(f"/admin/events/bookings/{event.pk}/").content.decode()
    assert "王**" in html and "138****1234" in html
    assert "王小明" not in html and "13812341234" not in html
    assert "/admin/events/bookings/" in client.get("/admin/").content.decode()


def test_export_csv_has_bom_and_is_audited(client, organiser, booked):
    event, _occurrence, _booking = booked
    client.force_login(organiser)
    response = client.get(f"/admin/events/bookings/{event.pk}/export.csv")
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff预约码")
    assert "王小明" in body and "13812341234" in body
    entry = PageLogEntry.objects.get(action="sxc.booking_export")
    assert entry.user_id == organiser.pk and entry.data["rows"] == 1
    assert "王小明" not in str(entry.data)
    xlsx = client.get(f"/admin/events/bookings/{event.pk}/export.xlsx")
    assert xlsx.content[:2] == b"PK"
    assert client.get(f"/admin/events/bookings/{event.pk}/export.pdf").status_code == 404


def test_check_in_by_code(client, organiser, booked):
    _event, occurrence, booking = booked
    client.force_login(organiser)
    url = f"/admin/events/checkin/{occurrence.pk}/"
    page = client.get(url, {"code": booking.code.lower()}).content.decode()
    assert "王**" in page and "确认签到（1 人）" in page
    response = client.post(url, {"code": booking.code, "confirm": "1"})
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.attended_at and booking.checked_in_by == organiser
    assert "已签到 <strong>1</strong>" in client.get(url).content.decode()
    missing = client.get(url, {"code": "ZZZZZZ"})
    assert missing.status_code == 404 and "没有找到这个预约码" in missing.content.decode()
    assert client.get(url, {"code": "<script>"}).status_code == 404


def test_booking_list_query_count_is_constant(client, organiser, make_bookable):
    event = make_bookable(capacity=100)
    occurrence = event.occurrences.get()
    client.force_login(organiser)
    url = f"/admin/events/bookings/{event.pk}/"

    def count(n):
        for i in range(n - Booking.objects.count()):
            service.book(occurrence.pk, places=1, name=f"读者{i}", phone=f"1380000{i:04d}")
        client.get(url)  # warm caches (permissions, site)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    assert count(5) == count(50)
