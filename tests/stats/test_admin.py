"""The 数据 reports: only the 数据 group and administrators; CSV with BOM and XLSX."""

import pytest
from django.urls import reverse

from tests.stats.conftest import SECRET_NAME, SECRET_PHONE, SECRET_TEXT, make_user

pytestmark = pytest.mark.django_db
URLS = [
    reverse("stats_admin:reports"),
    reverse("stats_admin:figure", args=["spaces_by_type"]),
    reverse("stats_admin:export", args=["csv"]),
    reverse("stats_admin:export_figure", args=["survey_ratings", "xlsx"]),
]


@pytest.mark.parametrize("url", URLS)
def test_others_get_403(client, world, url):
    client.force_login(make_user("editor-only", group="编辑"))
    response = client.get(url)
    assert response.status_code == 403
    assert "数据" in response.content.decode()


@pytest.mark.parametrize("url", URLS)
def test_data_group_and_superusers_get_in(client, world, url):
    for user in (make_user("analyst", group="数据"), make_user("boss", superuser=True)):
        client.force_login(user)
        assert client.get(url).status_code == 200, user


def test_csv_export_has_bom_and_no_personal_data(client, world, period):
    client.force_login(make_user("analyst", group="数据"))
    response = client.get(reverse("stats_admin:export", args=["csv"]), {"period": period.code})
    body = response.content
    assert body.startswith("\ufeff".encode())
    text = body.decode()
    assert "部分,指标,政策依据,统计期,项目,列,数值,单位" in text
    assert "各街道阅读空间数量" in text and "西长安街" in text
    for secret in (SECRET_NAME, SECRET_PHONE, SECRET_TEXT):
        assert secret not in text


def test_xlsx_export(client, world):
    client.force_login(make_user("analyst", group="数据"))
    response = client.get(reverse("stats_admin:export", args=["xlsx"]))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response.content[:2] == b"PK"


def test_unknown_figure_or_format_is_404(client, world):
    client.force_login(make_user("analyst", group="数据"))
    assert client.get(reverse("stats_admin:figure", args=["nope"])).status_code == 404
    assert client.get(reverse("stats_admin:export", args=["pdf"])).status_code == 404


def test_dashboard_panel_only_for_data_readers(client, world):
    client.force_login(make_user("analyst", group="数据"))
    assert "stats-headlines" in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(make_user("editor-only", group="编辑"))
    assert "stats-headlines" not in client.get(reverse("wagtailadmin_home")).content.decode()
