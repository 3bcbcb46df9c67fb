"""core.charts: accessible SVG with a text alternative, no style attributes, escaped text."""

from core import charts
from stats.periods import Period, PeriodError


def test_bar_chart_is_an_accessible_image():
    svg = charts.render(
        "bar", "各街道阅读空间", ["街道", "数量"], [["西长安街", 3], ["月坛", 1]], unit="个"
    )
    assert svg.startswith("<svg") and 'role="img"' in svg and "aria-labelledby" in svg
    assert "<title id=" in svg and "最高为西长安街（3个）" in svg and "最低为月坛（1个）" in svg
    assert "style=" not in svg
    assert svg.count('class="chart__bar"') == 2


def test_stacked_chart_has_a_pattern_per_series_and_a_legend():
    svg = charts.render(
        "stacked", "活动", ["街道", "已举办", "即将举办"], [["月坛", 2, 1]], series=2
    )
    assert "-p0)" in svg and "-p1)" in svg and "已举办" in svg and "即将举办" in svg


def test_line_chart_leaves_gaps_for_missing_months():
    rows = [["2026-01", 4.5], ["2026-02", None], ["2026-03", 3.0], ["2026-04", 3.5]]
    svg = charts.render("line", "满意度", ["月份", "平均分"], rows)
    assert svg.count("<polyline") == 1  # 03–04; 01 stands alone as a marker
    assert svg.count('class="chart__marker') == 1 + 3  # the legend's and one per value


def test_text_is_escaped_and_empty_data_draws_nothing():
    svg = charts.render("bar", "<b>标题</b>", ["x", "y"], [["<script>", 1]])
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert charts.render("bar", "空", ["x", "y"], []) == ""
    assert charts.render("table", "表", ["x", "y"], [["a", 1]]) == ""


def test_periods():
    quarter = Period.parse("2025-Q3")
    assert quarter.months() == [(2025, 7), (2025, 8), (2025, 9)]
    assert quarter.start.isoformat() == "2025-07-01T00:00:00+08:00"
    assert quarter.end.isoformat() == "2025-10-01T00:00:00+08:00"
    assert Period.parse("2025-12").end.isoformat() == "2026-01-01T00:00:00+08:00"
    assert Period.parse("2025").label == "2025 年"
    for bad in ("2025-13", "2025-Q5", "abc", "1999", ""):
        try:
            Period.parse(bad)
        except PeriodError as error:
            assert "统计期" in str(error)
        else:
            raise AssertionError(bad)
