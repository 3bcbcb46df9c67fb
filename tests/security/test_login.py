"""Login: lockout per account and per address, audit and log lines, two factors, idle timeout."""

import logging
import time

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from accounts.twofactor import SESSION_LAST_SEEN

pytestmark = pytest.mark.django_db
PASSWORD = "Lesen-2026-xicheng"
LOGIN = "/admin/login/"


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_superuser("librarian", "lib@example.org", PASSWORD)


def attempt(client, password, username="librarian", address="198.51.100.20"):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address
    )


def logged_in(client):
    return "_auth_user_id" in client.session


def test_thirty_wrong_passwords_lock_the_account_until_the_cool_off_ends(client, staff, settings):
    for n in range(30):
        # From many addresses: the account itself is locked, not only one address.
        response = attempt(client, f"wrong-{n}", address=f"198.51.100.{n + 1}")
        assert response.status_code in (200, 429)
    response = attempt(client, PASSWORD, address="203.0.113.77")
    assert response.status_code == 429 and not logged_in(client)
    assert "登录已暂时锁定" in response.content.decode()
    assert response["Retry-After"] == str(settings.AXES_COOLOFF_TIME.total_seconds().__int__())
    # The cool-off passes: the right password works again.
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.first().attempt_time.replace(year=2020)
    )
    response = attempt(client, PASSWORD, address="203.0.113.77")
    assert response.status_code == 302 and logged_in(client)


def test_one_address_is_locked_across_accounts(client, staff, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "wrong", username=f"guess{n}", address="192.0.2.50")
    assert attempt(client, PASSWORD, address="192.0.2.50").status_code == 429
    assert not logged_in(client)
    assert attempt(client, PASSWORD, address="192.0.2.51").status_code == 302


def test_logins_are_logged_without_passwords_and_audited(client, staff, caplog):
    with caplog.at_level(logging.INFO, logger="sxc.security"):
        attempt(client, "Secret-wrong-1")
        attempt(client, PASSWORD)
    text = caplog.text
    assert "login failed" in text and "login succeeded" in text
    assert "Secret-wrong-1" not in text and PASSWORD not in text
    actions = list(
        ModelLogEntry.objects.filter(object_id=str(staff.pk)).values_list("action", flat=True)
    )
    assert "sxc.login_failed" in actions and "sxc.login" in actions


def test_password_reset_is_audited_and_the_link_is_not_logged(client, staff, caplog, mailoutbox):
    with caplog.at_level(logging.DEBUG):
        client.post(reverse("wagtailadmin_password_reset"), {"email": "lib@example.org"})
    assert len(mailoutbox) == 1
    assert "/password_reset/confirm/" not in caplog.text and "reset" not in caplog.text.lower()
    assert ModelLogEntry.objects.filter(
        action="sxc.password_reset_request", object_id=str(staff.pk)
    ).exists()
    staff.set_password("Neues-Passwort-2027")
    staff.save()
    assert ModelLogEntry.objects.filter(
        action="sxc.password_change", object_id=str(staff.pk)
    ).exists()


@pytest.fixture
def two_factor(settings):
    settings.TWO_FACTOR_REQUIRED = True


def test_administrators_enrol_and_then_confirm_a_code(client, staff, two_factor):
    client.force_login(staff)
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and reverse("accounts_otp_setup") in response["Location"]
    page = client.get(reverse("accounts_otp_setup")).content.decode()
    assert "<svg" in page
    device = TOTPDevice.objects.get(user=staff, confirmed=False)
    assert client.post(reverse("accounts_otp_setup"), {"token": "000000"}).status_code == 200
    # django-otp throttles after a wrong code (1 s, 2 s, 4 s …): wait it out.
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_count=0, throttling_failure_timestamp=None
    )
    code = f"{totp(device.bin_key):06d}"
    assert client.post(reverse("accounts_otp_setup"), {"token": code}).status_code == 302
    assert client.get("/admin/pages/").status_code == 200
    # Next time: password, then a code.
    client.logout()
    client.force_login(staff)
    response = client.get("/admin/")
    assert reverse("accounts_otp_verify") in response["Location"]
    device.refresh_from_db()
    device.last_t = -1
    device.save()
    code = f"{totp(device.bin_key):06d}"
    assert client.post(reverse("accounts_otp_verify"), {"token": code}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_editors_are_not_asked_for_a_second_factor(client, editor, two_factor):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_reviewers_are_asked(client, reviewer, two_factor):
    client.force_login(reviewer)
    assert client.get("/admin/").status_code == 302


def test_idle_admin_sessions_end(client, staff, settings):
    settings.ADMIN_SESSION_IDLE_MINUTES = 30
    client.force_login(staff)
    assert client.get("/admin/").status_code == 200
    session = client.session
    session[SESSION_LAST_SEEN] = int(time.time()) - 31 * 60
    session.save()
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert not logged_in(client)
