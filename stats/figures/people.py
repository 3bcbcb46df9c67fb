"""人才培养 and 阅读品牌: promoters, honours and recommended books."""

from django.utils.translation import gettext_lazy as _

from core.choices import SUBDISTRICTS
from honours import queries as honours
from promoters import queries as promoters
from recommendations import queries as books

from .base import BAR, STACKED, Table, figure, labelled_counts


@figure(
    "promoters_by_subdistrict",
    headline_label=_("阅读推广人"),
    title=_("各街道阅读推广人"),
    section="talent",
    clause=_("四（五）26：建立阅读推广人信息库"),
    unit=_("人"),
    chart=BAR,
    periodic=False,
    description=_("阅读推广人名录中公开的推广人，按主要活动街道统计；为统计时的现状。"),
    tags={"headline"},
)
def promoters_by_subdistrict(period):
    counts = promoters.promoter_counts_by_subdistrict()
    total = sum(counts.values())
    return Table(
        [_("街道"), _("阅读推广人")],
        labelled_counts(SUBDISTRICTS, counts, _("未填写街道")),
        total=total,
        headline=_("%(n)s 人") % {"n": total},
    )


@figure(
    "promoters_by_specialty",
    title=_("阅读推广人的推广专长"),
    section="talent",
    clause=_("四（五）26–28：组织开展面向各类读者群体的专业阅读辅导，开展阅读推广人培训"),
    unit=_("人"),
    chart=BAR,
    periodic=False,
    description=_("一位推广人可有多项专长；为统计时的现状。"),
)
def promoters_by_specialty(period):
    rows = [[name, n] for name, n in promoters.promoter_counts_by_specialty()]
    return Table([_("专长"), _("阅读推广人")], rows, total=promoters.promoter_total())


@figure(
    "honours_by_year",
    title=_("各年度表彰数量（按类别）"),
    section="talent",
    clause=_("四（六）33：开展特色阅读空间和阅读推广人推优活动，对做出突出贡献的给予表彰"),
    unit=_("个"),
    chart=STACKED,
    description=_("光荣榜上公布的获表彰个人、家庭和单位，按评选年度和类别统计。"),
)
def honours_by_year(period):
    counts = {}
    for year, category, n in honours.honouree_counts(period.year - 4, period.year):
        counts[(year, category)] = n
    years = sorted({year for year, _category in counts})
    rows = [
        [str(year), *(counts.get((year, code), 0) for code, _label in honours.CATEGORIES)]
        for year in years
    ]
    return Table(
        # The categories are a fixed vocabulary in the catalogue (the honour roll's filter).
        [_("年度"), *(_(label) for _code, label in honours.CATEGORIES)],  # noqa: INT001
        rows,
        total=sum(v for (year, _c), v in counts.items() if year == period.year),
        note=_("显示统计年度及之前四年。"),
    )


@figure(
    "books_by_category",
    headline_label=_("推荐图书"),
    title=_("推荐图书的类别"),
    section="brands",
    clause=_("五（四）：大力开展推荐优秀出版物活动，不断提高阅读的深度和品位"),
    unit=_("种"),
    chart=BAR,
    periodic=False,
    description=_(
        "好书推荐和推荐书单中的图书（每种只计一次），按北京阅读季的五个类别统计；为统计时的现状。"
    ),
    tags={"headline"},
)
def books_by_category(period):
    counts = books.recommended_counts_by_category()
    total = sum(counts.values())
    return Table(
        [_("类别"), _("图书")],
        labelled_counts(books.Category.choices, counts, _("其他")),
        total=total,
        headline=_("%(n)s 种") % {"n": total},
    )


@figure(
    "books_by_age_group",
    title=_("推荐图书的适读年龄"),
    section="brands",
    clause=_("五（四）：推荐优秀出版物；四（五）29：推动家庭阅读、亲子阅读"),
    unit=_("种"),
    chart=BAR,
    periodic=False,
    description=_("一种图书可适合多个年龄段；为统计时的现状。"),
)
def books_by_age_group(period):
    counts = books.recommended_counts_by_age_group()
    total = counts.pop("total")
    return Table(
        [_("年龄段"), _("图书")], labelled_counts(books.AgeGroup.choices, counts), total=total
    )
