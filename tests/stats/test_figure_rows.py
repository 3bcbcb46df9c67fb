"""A figure's table also as a list for narrow screens (stats/includes/figure.html): the
same rows, each value under its column heading."""

from bs4 import BeautifulSoup
from django.template.loader import render_to_string

from core.templatetags.charts import labelled


def result(columns, rows):
    return {
        "key": "monthly",
        "title": "每月满意度平均分",
        "clause": "五（一）",
        "unit": "分",
        "chart": "line",
        "chart_columns": len(columns) - 1,
        "maximum": 5,
        "columns": columns,
        "rows": rows,
        "available": True,
        "periodic": True,
        "period_label": "2026 年",
        "description": "",
        "note": "",
    }


def test_labelled_pairs_each_value_with_its_heading():
    columns = ["月份", "总体满意度", "答卷份数"]
    assert labelled(["2026-01", 4.7, 7], columns) == [("总体满意度", 4.7), ("答卷份数", 7)]


def test_a_table_of_three_columns_has_the_same_rows_as_a_list():
    columns = ["月份", "总体满意度", "开放时间是否方便", "答卷份数"]
    rows = [["2026-01", 4.7, 4.3, 7], ["2026-02", 3.8, None, 8]]
    html = render_to_string("stats/includes/figure.html", {"result": result(columns, rows)})
    soup = BeautifulSoup(html, "html.parser")
    items = soup.select("ul.figure__rows > li")
    assert [item.select_one(".figure__row-label").get_text() for item in items] == [
        "月份：2026-01",
        "月份：2026-02",
    ]
    second = [(dt.get_text(), dd.get_text()) for dt, dd in zip(*_pairs(items[1]), strict=True)]
    assert second == [("总体满意度", "3.8"), ("开放时间是否方便", "—"), ("答卷份数", "8")]
    label = soup.select_one("ul.figure__rows")["aria-labelledby"]
    assert soup.find(id=label).get_text() == "每月满意度平均分（单位：分）"
    assert len(soup.select("table tbody tr")) == 2  # the table stays for wide screens and print


def test_a_two_column_table_has_no_list():
    html = render_to_string(
        "stats/includes/figure.html", {"result": result(["街道", "空间"], [["西长安街", 3]])}
    )
    assert "figure__rows" not in html


def _pairs(item):
    return item.select("dt"), item.select("dd")
