"""The demo shows something true in every chart and publishes last year's report."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from stats.models import AnnualReportPage, OpenDataPage, SurveyResultsPage

pytestmark = pytest.mark.django_db


def test_demo_report_open_data_and_samples(demo, client):
    data = OpenDataPage.objects.live().get(locale__language_code="zh-hans")
    assert data.url == "/data/"
    last_year = timezone.localdate().year - 1
    report = AnnualReportPage.objects.live().get(year=last_year)
    figures = {f["key"]: f for f in report.snapshot["figures"]}
    for key in ("events_by_month", "survey_ratings", "feedback_by_month", "spaces_by_subdistrict"):
        assert figures[key]["total"] > 0, key
    assert client.get(report.url).status_code == 200
    survey = SurveyResultsPage.objects.live().get()
    assert "平均分" in client.get(survey.url).content.decode()
    html = client.get("/").content.decode()
    assert 'href="/data/"' in html  # in the footer menu
    # Every demo submission is flagged as a sample, and loading again adds none.
    samples = FormSubmission.objects.filter(form_data__is_sample=True).count()
    assert samples == FormSubmission.objects.count() > 200
    call_command("load_demo", stdout=io.StringIO())
    assert FormSubmission.objects.count() == samples
