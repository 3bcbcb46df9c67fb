"""社会化发展 and 阅读品牌: events, bookings and campaign sign-ups in a period."""

from importlib import import_module

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from campaigns import queries as campaigns
from campaigns.stages import STAGE_KINDS
from core.choices import SUBDISTRICTS
from engagement import queries as forms
from events import queries as events
from events.choices import AUDIENCES

from ..periods import month_label
from .base import BAR, LINE, STACKED, Table, figure, share

HELD, UPCOMING = _("已举办"), _("即将举办")


def optional_query(module, name):
    """A function another helper's app will provide (``events.queries.booking_totals``,
    ``consultation.queries.response_times``), or None until it exists."""
    if not apps.is_installed(module.split(".")[0]):
        return None
    try:
        return getattr(import_module(module), name, None)
    except ImportError:  # the app has no queries module yet
        return None


@figure(
    "events_by_month",
    headline_label=_("已举办活动"),
    title=_("每月阅读活动场次"),
    section="social",
    clause=_("四（一）6：开展公益性讲座、读书会、文化沙龙、新书首发等文化活动"),
    unit=_("场"),
    chart=LINE,
    description=_("在统计期内开始的活动（不含已取消），按开始月份统计；尚未结束的计为“即将举办”。"),
    tags={"headline"},
)
def events_by_month(period):
    counts = events.event_counts_by_month(period.start, period.end)
    rows = [[month_label(y, m), *counts.get((y, m), (0, 0))] for y, m in period.months()]
    held = sum(row[1] for row in rows)
    upcoming = sum(row[2] for row in rows)
    return Table(
        [_("月份"), HELD, UPCOMING],
        rows,
        total=held + upcoming,
        headline=_("%(n)s 场") % {"n": held},
        note=_("已举办 %(held)s 场，即将举办 %(upcoming)s 场。")
        % {"held": held, "upcoming": upcoming},
    )


@figure(
    "events_by_subdistrict",
    title=_("各街道阅读活动场次"),
    section="social",
    clause=_("四（一）4：各街道、社区结合本区域实际组织开展全民阅读"),
    unit=_("场"),
    chart=STACKED,
    description=_("按举办场所（阅读空间）所在街道统计；线上或在其他地点举办的单列。"),
)
def events_by_subdistrict(period):
    counts = {
        code: (held, upcoming)
        for code, held, upcoming in events.event_counts_by(
            "venue__subdistrict", period.start, period.end
        )
    }
    rows = [[str(label), *counts.get(code, (0, 0))] for code, label in SUBDISTRICTS]
    elsewhere = counts.get(None)
    if elsewhere:
        rows.append([str(_("线上或其他地点")), *elsewhere])
    return Table([_("街道"), HELD, UPCOMING], rows, total=sum(r[1] + r[2] for r in rows))


@figure(
    "events_by_audience",
    title=_("面向各类人群的阅读活动"),
    section="social",
    clause=_("四（五）26：组织开展面向各类读者群体的专业阅读辅导和推广服务"),
    unit=_("场"),
    chart=BAR,
    description=_("一场活动可面向多类人群，故各项之和可大于活动总数。"),
)
def events_by_audience(period):
    counts = events.event_counts_by_audience(period.start, period.end)
    total = counts.pop("total")
    rows = [[str(label), counts[code], share(counts[code], total)] for code, label in AUDIENCES]
    return Table([_("人群"), _("活动"), _("占比（%）")], rows, total=total)


@figure(
    "events_by_brand",
    title=_("各阅读品牌的活动场次"),
    section="brands",
    clause=_("四（六）30：支持阅读活动品牌创建，加强阅读品牌培育"),
    unit=_("场"),
    chart=STACKED,
    description=_("按活动所属的阅读品牌统计；不属于任何品牌的单列。"),
)
def events_by_brand(period):
    counts = events.event_counts_by("brand__title", period.start, period.end)
    rows = sorted(
        ([title or str(_("未归属品牌")), held, up] for title, held, up in counts),
        key=lambda r: (-(r[1] + r[2]), r[0]),
    )
    return Table([_("阅读品牌"), HELD, UPCOMING], rows, total=sum(r[1] + r[2] for r in rows))


@figure(
    "bookings_attendance",
    headline_label=_("活动预约人次"),
    title=_("活动预约与到场人次"),
    section="social",
    clause=_("五（四）：扩大阅读活动知晓率和参与度"),
    unit=_("人次"),
    chart=LINE,
    description=_("本站活动报名的预约人次和签到到场人次，按活动月份统计。"),
    tags={"headline"},
)
def bookings_attendance(period):
    provider = optional_query("events.queries", "booking_totals")
    if provider is None:
        return Table(
            [_("月份"), _("预约"), _("到场")],
            [],
            available=False,
            headline=_("暂无数据"),
            note=_("本站的活动报名功能尚未上线，暂无预约和到场数据；上线后自动统计，不作估算。"),
        )
    totals = {
        (row["month"].year, row["month"].month): row for row in provider(period.start, period.end)
    }
    rows = []
    for y, m in period.months():
        row = totals.get((y, m), {})
        rows.append([month_label(y, m), row.get("bookings", 0), row.get("attended", 0)])
    booked = sum(r[1] for r in rows)
    return Table(
        [_("月份"), _("预约"), _("到场")],
        rows,
        total=booked,
        headline=_("%(n)s 人次") % {"n": booked},
        note=_("到场率 %(rate)s%%。") % {"rate": share(sum(r[2] for r in rows), booked)},
    )


def stage_on(stages, day):
    for stage in stages:
        if stage.start_date <= day <= stage.end_date:
            return stage.kind
    return ""


@figure(
    "campaign_signups",
    title=_("书香家庭活动报名人数（按阶段）"),
    section="social",
    clause=_("四（五）29：推动家庭阅读，评选“书香家庭”"),
    unit=_("份"),
    chart=STACKED,
    description=_("统计期内通过本站报名表收到的报名，按收到时活动所处的阶段统计。"),
)
def campaign_signups(period):
    pages = campaigns.campaigns_with_stages()
    by_form = {page.participation_page_id: page for page in pages if page.participation_page_id}
    counts = {}
    for form_id, day, n in forms.submission_counts_by_day(list(by_form), period.start, period.end):
        kind = stage_on(list(by_form[form_id].stages.all()), day)
        key = (by_form[form_id].pk, kind)
        counts[key] = counts.get(key, 0) + n
    kinds = [*STAGE_KINDS, ("", _("阶段之外"))]
    rows = [
        [page.title, *(counts.get((page.pk, code), 0) for code, _label in kinds)]
        for page in pages
        if page.participation_page_id
    ]
    return Table(
        [_("活动"), *(label for _code, label in kinds)], rows, total=sum(sum(r[1:]) for r in rows)
    )
