"""Editors can create a reading space in the admin: inline hours rows and checkbox lists."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from spaces.models import ReadingSpacePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    return client


def test_create_space_in_admin(admin_client, finder):
    url = f"/admin/pages/add/spaces/readingspacepage/{finder.pk}/"
    form = admin_client.get(url)
    assert form.status_code == 200
    html = form.content.decode()
    assert 'type="checkbox" name="accessibility" value="braille"' in html
    data = nested_form_data(
        {
            "title": "后台新建的书屋（示例）",
            "slug": "admin-room",
            "space_type": "community_room",
            "subdistrict": "niujie",
            "address": "西城区示例街（示例地址）",
            "latitude": "39.885",
            "longitude": "116.366",
            "body": streamfield([]),
            "opening_periods": inline_formset(
                [
                    {"weekday": "4", "opens": "20:00", "closes": "02:00"},
                    {"weekday": "0", "opens": "09:00", "closes": "17:00"},
                ]
            ),
            "opening_exceptions": inline_formset(
                [{"date": "2026-10-01", "every_year": "on", "closed": "on", "note": "国庆"}]
            ),
            "photos": inline_formset([]),
            "action-publish": "publish",
        }
    )
    # checkboxes post one value per ticked box (nested_form_data would number a list)
    data["services"] = ["lending", "children"]
    data["accessibility"] = ["braille"]
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    space = ReadingSpacePage.objects.get(slug="admin-room")
    assert space.live
    assert space.services == ["lending", "children"]
    assert space.accessibility == ["braille"]
    assert [(p.weekday, str(p.opens), str(p.closes)) for p in space.opening_periods.all()] == [
        (4, "20:00:00", "02:00:00"),
        (0, "09:00:00", "17:00:00"),
    ]
    assert space.opening_exceptions.get().every_year


def test_invalid_exception_row_is_a_form_error(admin_client, finder):
    url = f"/admin/pages/add/spaces/readingspacepage/{finder.pk}/"
    data = nested_form_data(
        {
            "title": "缺时间的书屋",
            "slug": "bad-room",
            "space_type": "community_room",
            "subdistrict": "niujie",
            "address": "西城区示例街（示例地址）",
            "body": streamfield([]),
            "opening_periods": inline_formset([]),
            "opening_exceptions": inline_formset([{"date": "2026-10-01"}]),
            "photos": inline_formset([]),
            "action-publish": "publish",
        }
    )
    data["services"] = ["unknown-service"]
    response = admin_client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "请勾选“全天闭馆”" in html
    assert not ReadingSpacePage.objects.filter(slug="bad-room").exists()


def test_event_edit_form_renders(admin_client, home):
    from events.factories import EventIndexPageFactory

    calendar = EventIndexPageFactory(parent=home, slug="events")
    response = admin_client.get(f"/admin/pages/add/events/eventpage/{calendar.pk}/")
    assert response.status_code == 200
    assert 'name="audiences" value="family"' in response.content.decode()
