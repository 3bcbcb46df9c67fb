"""The 数据 reports in the admin: every figure for a period, one figure, CSV and XLSX.

Only the 数据 group (``stats.view_statistics``) and administrators get in; everyone else
gets a 403 page that says who may read the reports. The figures are aggregates, never
personal data, so exports need no audit entry (core.audit is for personal data).
"""

from functools import wraps

from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse

from core.exports import csv_response, xlsx_response
from stats.figures import REGISTRY, all_keys
from stats.models.access import can_view_statistics
from stats.views.public import figures_context

EXPORT_HEADER = ["部分", "指标", "政策依据", "统计期", "项目", "列", "数值", "单位"]


def statistics_readers_only(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not can_view_statistics(request.user):
            return TemplateResponse(request, "stats/admin/forbidden.html", status=403)
        return view(request, *args, **kwargs)

    return wrapped


@statistics_readers_only
def reports(request):
    context = figures_context(request)
    context.update(
        page_title="数据统计报表",
        header_icon="table",
        export_csv=reverse("stats_admin:export", args=["csv"]),
        export_xlsx=reverse("stats_admin:export", args=["xlsx"]),
    )
    return TemplateResponse(request, "stats/admin/reports.html", context)


@statistics_readers_only
def figure_detail(request, key):
    if key not in REGISTRY:
        raise Http404("没有这项统计。")
    context = figures_context(request, keys=[key])
    result = context["sections"][0][2][0]
    context.update(
        page_title=result["title"],
        header_icon="table",
        result=result,
        export_csv=reverse("stats_admin:export_figure", args=[key, "csv"]),
        export_xlsx=reverse("stats_admin:export_figure", args=[key, "xlsx"]),
    )
    return TemplateResponse(request, "stats/admin/figure.html", context)


def export_rows(results):
    """Long format, one number per row: easy to pivot in a spreadsheet."""
    from stats.figures import SECTIONS

    sections = {code: str(label) for code, label in SECTIONS}
    for result in results:
        for row in result["rows"]:
            for column, value in zip(result["columns"][1:], row[1:], strict=False):
                yield [
                    sections.get(result["section"], ""),
                    result["title"],
                    result["clause"],
                    result["period_label"],
                    row[0],
                    column,
                    value,
                    result["unit"],
                ]
        if not result["available"]:
            yield [
                sections.get(result["section"], ""),
                result["title"],
                result["clause"],
                result["period_label"],
                "",
                "",
                "",
                result["note"],
            ]


def _export(request, keys, fmt, name):
    if fmt not in ("csv", "xlsx"):
        raise Http404("只能导出 CSV 或 XLSX。")
    context = figures_context(request, keys=keys)
    results = [r for _code, _label, members in context["sections"] for r in members]
    period = context["period"]
    filename = f"书香西城-{name}-{period.code}.{fmt}"
    rows = list(export_rows(results))
    if fmt == "csv":
        return csv_response(filename, EXPORT_HEADER, rows)
    return xlsx_response(filename, EXPORT_HEADER, rows, sheet_title="数据统计")


@statistics_readers_only
def export(request, fmt):
    return _export(request, all_keys(), fmt, "数据统计")


@statistics_readers_only
def export_figure(request, key, fmt):
    if key not in REGISTRY:
        raise Http404("没有这项统计。")
    return _export(request, [key], fmt, key)
