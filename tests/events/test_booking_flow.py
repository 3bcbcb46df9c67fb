"""Booking on the site: the form, confirmation, manage link, cancel, waiting list, e-mails."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.utils import timezone

from events import booking as service
from events.models import Booking
from tests.events.conftest import booking_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """E-mails and cache purges run after commit: ``with committed(): …`` runs them."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_event_page_shows_seats_left_and_links_to_the_form(client, make_bookable):
    event = make_bookable(capacity=12)
    response = client.get(event.url)
    html = response.content.decode()
    assert "剩余 12 个名额" in html
    assert f'href="{event.url}book/"' in html
    assert "csrfmiddlewaretoken" not in html
    assert "Set-Cookie" not in str(response.headers)


def test_booking_confirms_sends_mail_with_ics_and_manage_link(
    client, make_bookable, privacy_page, committed
):
    event = make_bookable(capacity=12)
    response = client.get(event.url + "book/")
    assert response.status_code == 200
    assert 'href="/privacy/"' in response.content.decode()
    with committed():
        response = client.post(event.url + "book/", booking_data())
    assert response.status_code == 303
    manage = response["Location"]
    booking = Booking.objects.get()
    assert booking.status == "confirmed" and booking.phone == "13812345678"
    page = client.get(manage).content.decode()
    assert "预约成功" in page and booking.code in page and "data:image/svg+xml" in page
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject.startswith("预约成功")
    assert f"{event.url}manage/{booking.token}/" in message.body
    assert message.attachments[0][0].endswith(".ics")
    content = message.attachments[0][1]
    assert "BEGIN:VEVENT" in (content if isinstance(content, str) else content.decode())
    assert "剩余 11 个名额" in client.get(event.url).content.decode()


def test_bad_input_comes_back_with_chinese_errors_and_nothing_lost(client, make_bookable):
    event = make_bookable()
    response = client.post(
        event.url + "book/",
        booking_data(phone="12345", email="not-an-email", consent="", name="李雷"),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "请填写 11 位中国大陆手机号" in html
    assert "请填写有效的电子邮箱" in html
    assert "请阅读《个人信息保护说明》并勾选同意" in html
    assert 'value="李雷"' in html and 'value="12345"' in html
    assert not Booking.objects.exists()


def test_mobile_number_is_normalised(client, make_bookable):
    event = make_bookable()
    client.post(event.url + "book/", booking_data(phone="+86 138-1234-5678"))
    assert Booking.objects.get().phone == "13812345678"


def test_honeypot_stores_nothing(client, make_bookable):
    event = make_bookable()
    response = client.post(event.url + "book/", booking_data(hp_homepage_url="http://spam"))
    assert response.status_code == 302
    assert not Booking.objects.exists()


def test_rate_limit_keeps_the_form(client, make_bookable, settings):
    settings.FORM_RATE_LIMIT = 1
    event = make_bookable()
    client.post(event.url + "book/", booking_data())
    response = client.post(event.url + "book/", booking_data(name="王芳"))
    assert response.status_code == 429
    assert 'value="王芳"' in response.content.decode()
    assert Booking.objects.count() == 1


def test_too_many_places_is_a_form_error(client, make_bookable):
    event = make_bookable(max_places=2)
    response = client.post(event.url + "book/", booking_data(places="5"))
    assert response.status_code == 400
    assert "人数超出了每次可预约的名额" in response.content.decode()


def test_cancel_promotes_the_first_waiting_and_tells_them(client, make_bookable, committed):
    event = make_bookable(capacity=1)
    occurrence = event.occurrences.get()
    first = service.book(
        occurrence.pk, places=1, name="甲", phone="13800000001", email="a@example.org"
    )
    waiting = service.book(
        occurrence.pk, places=1, name="乙", phone="13800000002", email="b@example.org"
    )
    later = service.book(
        occurrence.pk, places=1, name="丙", phone="13800000003", email="c@example.org"
    )
    assert (first.status, waiting.status, later.status) == ("confirmed", "waiting", "waiting")
    mail.outbox.clear()
    with committed():
        response = client.post(f"{event.url}manage/{first.token}/", {"action": "cancel"})
    assert response.status_code == 303
    waiting.refresh_from_db()
    later.refresh_from_db()
    assert waiting.status == "confirmed" and waiting.promoted_at
    assert later.status == "waiting" and later.waiting_position() == 1
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects["b@example.org"].startswith("候补成功")
    assert subjects["a@example.org"].startswith("预约已取消")
    assert "c@example.org" not in subjects


def test_change_places_up_only_if_they_fit(client, make_bookable):
    event = make_bookable(capacity=3, max_places=3)
    occurrence = event.occurrences.get()
    mine = service.book(occurrence.pk, places=1, name="甲", phone="13800000001")
    service.book(occurrence.pk, places=1, name="乙", phone="13800000002")
    url = f"{event.url}manage/{mine.token}/"
    response = client.post(url, {"action": "places", "places": "3"})
    assert response.status_code == 409
    assert "最多可改为 2 个名额" in response.content.decode()
    assert client.post(url, {"action": "places", "places": "2"}).status_code == 303
    mine.refresh_from_db()
    occurrence.refresh_from_db()
    assert mine.places == 2 and occurrence.booked_places == 3


def test_altered_manage_link_is_404(client, make_bookable):
    event = make_bookable()
    booking = service.book(event.occurrences.get().pk, places=1, name="甲", phone="13800000001")
    assert client.get(f"{event.url}manage/{booking.code}-forged/").status_code == 404
    other = make_bookable()
    assert client.get(f"{other.url}manage/{booking.token}/").status_code == 404


def test_closed_registration_refuses(client, make_bookable):
    event = make_bookable(registration_closes=timezone.now() - dt.timedelta(hours=1))
    response = client.get(event.url + "book/")
    assert "没有可以预约的场次" in response.content.decode()
    response = client.post(event.url + "book/", booking_data())
    assert response.status_code == 400
    assert not Booking.objects.exists()


def test_full_without_waiting_list_refuses(make_bookable):
    event = make_bookable(capacity=1, waiting_list=False)
    occurrence = event.occurrences.get()
    service.book(occurrence.pk, places=1, name="甲", phone="13800000001")
    with pytest.raises(service.BookingRefused, match="名额"):
        service.book(occurrence.pk, places=1, name="乙", phone="13800000002")


def test_capacity_raise_promotes_on_publish(make_bookable, committed):
    event = make_bookable(capacity=1)
    occurrence = event.occurrences.get()
    service.book(occurrence.pk, places=1, name="甲", phone="13800000001")
    waiting = service.book(
        occurrence.pk, places=1, name="乙", phone="13800000002", email="b@example.org"
    )
    mail.outbox.clear()
    event.capacity = 2
    with committed():
        event.save_revision().publish()
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    assert re.match("候补成功", mail.outbox[0].subject)


def test_event_cancellation_notifies_everyone_once(make_bookable, committed):
    event = make_bookable()
    occurrence = event.occurrences.get()
    service.book(occurrence.pk, places=1, name="甲", phone="13800000001", email="a@example.org")
    service.book(occurrence.pk, places=1, name="乙", phone="13800000002", email="b@example.org")
    mail.outbox.clear()
    event.status = "cancelled"
    event.status_note = "因场馆维修取消。"
    with committed():
        event.save_revision().publish()
    assert sorted(m.to[0] for m in mail.outbox) == ["a@example.org", "b@example.org"]
    assert "已取消" in mail.outbox[0].body and "因场馆维修取消" in mail.outbox[0].body
    with committed():
        event.save_revision().publish()
    assert len(mail.outbox) == 2
