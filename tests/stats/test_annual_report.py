"""The annual report keeps the numbers it was published with."""

import datetime as dt
import re

import pytest

from stats.factories import AnnualReportPageFactory, OpenDataPageFactory
from tests.stats.conftest import YEAR_NOW, at

pytestmark = pytest.mark.django_db


def tables(html):
    return re.findall(r"<table>.*?</table>", html, re.S)


def figures(page):
    return {f["key"]: f for f in page.snapshot["figures"]}


def test_report_is_prefilled_and_frozen(client, world):
    data = OpenDataPageFactory(parent=world.home, slug="data")
    report = AnnualReportPageFactory(parent=data, year=YEAR_NOW, slug="report")
    report.save_revision().publish()
    assert report.snapshot["year"] == YEAR_NOW
    assert figures(report)["events_by_month"]["total"] == 3
    assert {f["section"] for f in report.snapshot["figures"]} == {
        "facilities",
        "social",
        "talent",
        "brands",
        "satisfaction",
    }
    before = client.get(report.url).content.decode()
    assert "设施网络" in before and "满意度" in before and 'role="img"' in before

    # The data changes after publishing: more events and spaces.
    for day in range(1, 6):
        world.add_event(at(YEAR_NOW, 4, day))
    world.add_space(subdistrict="niujie")
    from tests.cache import clear_cache

    clear_cache()
    report.refresh_from_db()
    assert figures(report)["events_by_month"]["total"] == 3
    assert figures(report)["spaces_by_subdistrict"]["total"] == 3
    after = client.get(report.url).content.decode()
    assert tables(after) == tables(before)

    # Editing the narrative keeps the snapshot; ticking 重新计算数据 refreshes it.
    revision_page = report.get_latest_revision_as_object()
    revision_page.social_text = "<p>新的说明。</p>"
    revision_page.full_clean()
    assert figures(revision_page)["events_by_month"]["total"] == 3
    revision_page.refresh_snapshot = True
    revision_page.full_clean()
    assert figures(revision_page)["events_by_month"]["total"] == 8
    assert revision_page.refresh_snapshot is False


def test_changing_the_year_takes_a_new_snapshot(world):
    data = OpenDataPageFactory(parent=world.home, slug="data")
    report = AnnualReportPageFactory(parent=data, year=YEAR_NOW - 1, slug="report")
    assert figures(report)["events_by_month"]["total"] == 1
    report.year = YEAR_NOW
    report.full_clean()
    assert figures(report)["events_by_month"]["total"] == 3
    assert report.snapshot_taken_at <= at(YEAR_NOW + 1, 1, 1) + dt.timedelta(days=1)
