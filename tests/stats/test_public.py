"""The 数据开放 page, open-data downloads, survey results: aggregates only, no personal data."""

import json

import pytest
from django.urls import reverse

from stats.factories import OpenDataPageFactory, SurveyResultsPageFactory
from tests.stats.conftest import SECRET_EMAIL, SECRET_NAME, SECRET_PHONE, SECRET_TEXT

pytestmark = pytest.mark.django_db
SECRETS = (SECRET_NAME, SECRET_PHONE, SECRET_EMAIL, SECRET_TEXT, "138****", "example.org")


@pytest.fixture
def data_page(world):
    return OpenDataPageFactory(parent=world.home, slug="data")


def assert_no_personal_data(content):
    text = content.decode() if isinstance(content, bytes) else content
    for secret in SECRETS:
        assert secret not in text, secret


def test_open_data_page_shows_charts_tables_and_licence(client, data_page):
    response = client.get(data_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart') >= 10
    assert html.count("<table>") >= 15
    assert 'role="img"' in html and "<desc id=" in html
    assert "CC BY 4.0" in html and 'rel="license"' in html
    assert "/open-data/spaces.csv" in html and "/open-data/honours.json" in html
    assert " style=" not in html.split("<main", 1)[-1]
    assert_no_personal_data(html)
    assert "csrfmiddlewaretoken" not in html and not response.cookies


def test_open_data_page_period_filter(client, data_page):
    response = client.get(data_page.url, {"period": "nonsense"})
    assert response.status_code == 200
    assert "无法识别" in response.content.decode()


@pytest.mark.parametrize("dataset", ["spaces", "events", "book-lists", "honours"])
def test_downloads_hold_no_personal_data(client, world, dataset):
    for fmt in ("csv", "json"):
        response = client.get(reverse("stats:open_data", args=[dataset, fmt]))
        assert response.status_code == 200
        assert "public" in response["Cache-Control"]
        assert_no_personal_data(response.content)
        assert "010-" not in response.content.decode()  # no phone numbers of spaces either


def test_csv_has_bom_and_json_licence(client, world):
    csv = client.get(reverse("stats:open_data", args=["spaces", "csv"]))
    assert csv.content.startswith("\ufeff".encode())
    assert "纬度（GCJ-02）" in csv.content.decode()
    assert csv.content.decode().count("\n") == 1 + 3
    data = json.loads(client.get(reverse("stats:open_data", args=["honours", "json"])).content)
    assert data["count"] == 4 and data["licence"]["name"]
    assert {row["name"] for row in data["data"]} >= {"示例家庭甲", "示例书屋"}
    assert "photo" not in data["data"][0]
    books = json.loads(client.get(reverse("stats:open_data", args=["book-lists", "json"])).content)
    assert [row["title"] for row in books["data"]] == ["猜猜我有多爱你", "骆驼祥子"]


def test_unknown_dataset_is_a_404(client, world):
    assert client.get("/open-data/bookings.csv").status_code == 404
    assert client.get("/open-data/spaces.xml").status_code == 404


def test_survey_results_page_is_aggregates_only(client, world, data_page, period):
    page = SurveyResultsPageFactory(parent=data_page, survey=world.survey, period=period.code)
    html = client.get(page.url).content.decode()
    assert "满意度调查结果" in html and "总体满意度" in html
    assert html.count('role="img"') == 2
    assert_no_personal_data(html)


def test_survey_results_page_rejects_a_bad_period(world, data_page):
    from django.core.exceptions import ValidationError

    page = SurveyResultsPageFactory.build(
        survey=world.survey, period="2025-13", title="x", slug="x"
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "period" in error.value.message_dict
