"""设施网络: reading spaces by sub-district, type and accessibility; their opening hours."""

import datetime as dt

from django.utils.translation import gettext_lazy as _

from core.choices import SUBDISTRICTS
from spaces import queries as spaces
from spaces.choices import ACCESSIBILITY, SPACE_TYPES

from .base import BAR, Table, figure, labelled_counts, share

EVENING = dt.time(19, 0)
WEEKEND = (5, 6)
WEEK_HOURS = 7 * 24


@figure(
    "spaces_by_subdistrict",
    headline_label=_("阅读空间"),
    title=_("各街道阅读空间数量"),
    section="facilities",
    clause=_("四（二）7–8：构建“网格式”阅读服务设施网络，按服务人口和半径合理设置服务设施"),
    unit=_("个"),
    chart=BAR,
    periodic=False,
    description=_("本站发布的阅读空间（中文页面），按所在街道统计；为统计时的现状。"),
    tags={"headline"},
)
def spaces_by_subdistrict(period):
    counts = spaces.space_counts_by("subdistrict")
    total = sum(counts.values())
    return Table(
        [_("街道"), _("阅读空间")],
        labelled_counts(SUBDISTRICTS, counts, _("其他")),
        total=total,
        headline=_("%(n)s 个") % {"n": total},
    )


@figure(
    "spaces_by_type",
    title=_("各类型阅读空间数量"),
    section="facilities",
    clause=_(
        "四（二）7：以公共图书馆为基础，以社区书屋、书香驿站为延伸，以特色书店、阅读空间和数字阅读设施为补充"
    ),
    unit=_("个"),
    chart=BAR,
    periodic=False,
    description=_("按空间类型统计的阅读空间数量；为统计时的现状。"),
)
def spaces_by_type(period):
    counts = spaces.space_counts_by("space_type")
    return Table(
        [_("类型"), _("阅读空间")],
        labelled_counts(SPACE_TYPES, counts, _("其他")),
        total=sum(counts.values()),
    )


@figure(
    "spaces_accessibility",
    title=_("具备无障碍设施的阅读空间"),
    section="facilities",
    clause=_("四（二）11：加强无障碍设施建设，倡导为特殊群体提供便利服务"),
    unit=_("个"),
    chart=BAR,
    periodic=False,
    description=_("每项无障碍设施有多少个阅读空间具备（一个空间可具备多项）；为统计时的现状。"),
)
def spaces_accessibility(period):
    counts = spaces.accessibility_counts()
    total = counts.pop("total")
    rows = [[str(label), counts[code], share(counts[code], total)] for code, label in ACCESSIBILITY]
    return Table([_("设施"), _("阅读空间"), _("占比（%）")], rows, total=total)


def weekly_hours(space):
    """Hours open in a normal week (exceptions such as holidays left out)."""
    if space.open_24h:
        return float(WEEK_HOURS)
    total = 0.0
    for period in space.hours_periods():
        opens = dt.datetime.combine(dt.date(2000, 1, 3), period.opens)
        closes = dt.datetime.combine(dt.date(2000, 1, 3), period.closes)
        if closes <= opens:
            closes += dt.timedelta(days=1)
        total += (closes - opens).total_seconds() / 3600
    return min(total, float(WEEK_HOURS))


def opens_evenings(space):
    """Open at 19:00 or later on at least one day of the week."""
    if space.open_24h:
        return True
    return any(p.closes <= p.opens or p.closes > EVENING for p in space.hours_periods())


def opens_weekends(space):
    return space.open_24h or any(p.weekday in WEEKEND for p in space.hours_periods())


def opens_all_day(space):
    return space.open_24h or weekly_hours(space) >= WEEK_HOURS


@figure(
    "weekly_hours",
    title=_("阅读空间每周平均开放时长"),
    section="facilities",
    clause=_("四（三）12：延长服务时间，支持开办 24 小时实体书店或提供 24 小时阅读服务"),
    unit=_("小时"),
    chart=BAR,
    periodic=False,
    description=_("按类型统计每周开放时长的平均值（不含节假日调整）；为统计时的现状。"),
)
def weekly_hours_by_type(period):
    by_type = {}
    for space in spaces.spaces_with_hours():
        by_type.setdefault(space.space_type, []).append(weekly_hours(space))
    rows = [
        [str(label), sum(hours) / len(hours), len(hours)]
        for code, label in SPACE_TYPES
        if (hours := by_type.get(code))
    ]
    every = [h for hours in by_type.values() for h in hours]
    average = sum(every) / len(every) if every else 0.0
    return Table(
        [_("类型"), _("平均每周开放（小时）"), _("阅读空间")],
        rows,
        total=round(average, 1),
        headline=_("%(n)s 小时") % {"n": round(average, 1)},
    )


@figure(
    "extended_opening",
    title=_("晚间、周末和 24 小时开放的阅读空间"),
    section="facilities",
    clause=_("四（三）12、14：延长服务时间，向社会错时免费开放，提供 24 小时阅读服务"),
    unit="%",
    chart=BAR,
    periodic=False,
    description=_(
        "晚间开放：每周至少一天 19:00 以后仍开放；周末开放：周六或周日开放；为统计时的现状。"
    ),
)
def extended_opening(period):
    everything = spaces.spaces_with_hours()
    total = len(everything)
    tests = [
        (_("晚间开放（19:00 以后）"), opens_evenings),
        (_("周末开放"), opens_weekends),
        (_("24 小时开放"), opens_all_day),
    ]
    rows = []
    for label, test in tests:
        n = sum(1 for space in everything if test(space))
        rows.append([str(label), share(n, total), n])
    return Table([_("开放方式"), _("占比（%）"), _("阅读空间")], rows, total=total)
