"""The client address: forwarding headers only from trusted proxies, right-most untrusted hop."""

import pytest
from django.test import RequestFactory
from wagtail.contrib.forms.models import FormSubmission

from core.ratelimit import client_ip
from engagement.forms import HONEYPOT_FIELD
from tests.engagement.conftest import _form_pages, _shared_forms, forms, privacy  # noqa: F401
from tests.engagement.test_forms import good_input


def request(remote="203.0.113.9", **meta):
    return RequestFactory().get("/", REMOTE_ADDR=remote, **meta)


def test_headers_are_ignored_without_trusted_proxies(settings):
    settings.TRUSTED_PROXIES = []
    assert client_ip(request(HTTP_X_FORWARDED_FOR="1.2.3.4")) == "203.0.113.9"


def test_headers_are_ignored_from_untrusted_peers(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    settings.FORM_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    assert client_ip(request(HTTP_X_REAL_IP="1.2.3.4")) == "203.0.113.9"


def test_right_most_untrusted_hop_is_the_client(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "127.0.0.1"]
    settings.FORM_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    # The client wrote "6.6.6.6" itself; nginx (10.0.0.5) appended the real peer.
    forged = request("127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.7, 10.0.0.5")
    assert client_ip(forged) == "198.51.100.7"
    assert client_ip(request("127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.8")) == "198.51.100.8"


def test_malformed_hops_stop_the_walk(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    assert client_ip(request("127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, <script>")) == "127.0.0.1"
    assert client_ip(request("127.0.0.1", HTTP_X_FORWARDED_FOR="")) == "127.0.0.1"


@pytest.mark.django_db
def test_spoofed_headers_do_not_reset_the_form_limit(client, forms, settings):  # noqa: F811
    settings.FORM_RATE_LIMIT = 2
    settings.TRUSTED_PROXIES = []
    page = forms["feedback"]
    for n in range(2):
        response = client.post(
            page.url,
            good_input(page),
            HTTP_X_FORWARDED_FOR=f"1.1.1.{n}",
            HTTP_X_REAL_IP=f"2.2.2.{n}",
        )
        assert response.status_code == 200
    response = client.post(page.url, good_input(page), HTTP_X_FORWARDED_FOR="9.9.9.9")
    assert response.status_code == 429
    assert response["Retry-After"] == str(settings.FORM_RATE_LIMIT_WINDOW)


@pytest.mark.django_db
def test_honeypot_hits_do_not_use_up_the_quota(client, forms, settings):  # noqa: F811
    settings.FORM_RATE_LIMIT = 2
    page = forms["feedback"]
    for _ in range(5):
        client.post(page.url, {**good_input(page), HONEYPOT_FIELD: "http://spam.example"})
    assert client.post(page.url, good_input(page)).status_code == 200
    assert FormSubmission.objects.filter(page=page).count() == 1


def test_no_usable_peer_address_is_none(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    assert client_ip(request("")) is None
    assert client_ip(request("not-an-address", HTTP_X_FORWARDED_FOR="1.2.3.4")) is None
