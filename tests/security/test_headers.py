"""Permissions-Policy on every response (embed framing: tests/sharing/test_embed_oembed.py)."""

import pytest

pytestmark = pytest.mark.django_db


def test_permissions_policy_on_pages_api_and_admin(client, home):
    for path in ("/", "/api/v2/pages/", "/admin/login/"):
        policy = client.get(path)["Permissions-Policy"]
        assert "camera=()" in policy and "microphone=()" in policy
        assert "geolocation=(self)" in policy
