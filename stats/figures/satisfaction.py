"""满意度: satisfaction-survey answers and residents' feedback with the time to answer it.

Survey answers are counted in the database per question and answer (one aggregate query
per survey form), never read one by one; free-text answers are never read at all.
"""

from django.utils.translation import gettext_lazy as _

from engagement import queries as forms

from ..periods import month_label
from .activity import optional_query
from .base import LINE, STACKED, Table, figure

RATING = "rating"


def rating_options(field):
    """The answers a rating field offers, best first (the editor's own list or the five levels)."""
    custom = [line.strip() for line in (field.choices or "").splitlines() if line.strip()]
    return custom or [value for value, _label in forms.RATING_CHOICES]


def survey_questions(pages):
    """{clean name: (label, options)} of the rating questions of ``pages``, in form order.
    Questions with the same label in several forms count together."""
    questions = {}
    for page in pages:
        for field in page.form_fields.all():
            if field.field_type == RATING and field.clean_name not in questions:
                questions[field.clean_name] = (field.label, rating_options(field))
    return questions


def score(options, index):
    """The best answer scores as many points as there are options (5 of 5), the worst 1."""
    return len(options) - index


def summarise(counts, month, name, options):
    """(answers per option, number answered, average score or None) for one question."""
    per_option = [counts.get((month, name, option), 0) for option in options]
    answered = sum(per_option)
    points = sum(n * score(options, i) for i, n in enumerate(per_option))
    return per_option, answered, (points / answered if answered else None)


def survey_counts(period, pages, by_month):
    questions = survey_questions(pages)
    options = {name: opts for name, (_label, opts) in questions.items()}
    counts = forms.answer_counts([p.pk for p in pages], options, period.start, period.end, by_month)
    return questions, counts


@figure(
    "survey_ratings",
    headline_label=_("满意度平均分"),
    title=_("满意度调查结果"),
    section="satisfaction",
    clause=_("五（一）：建立公群满意度调查和评价反馈机制"),
    unit=_("份"),
    chart=STACKED,
    description=_(
        "统计期内收到的满意度调查答卷，每个评分题各选项的人数和平均分（非常满意 5 分 … 非常不满意 1 分）。"
    ),
    tags={"headline"},
)
def survey_ratings(period, pages=None):
    pages = forms.survey_forms() if pages is None else pages
    questions, counts = survey_counts(period, pages, by_month=False)
    if not questions:
        return Table([_("问题")], [], available=False, note=_("还没有包含评分题的满意度调查表单。"))
    levels = next(iter(questions.values()))[1]
    rows, all_points, all_answered = [], 0.0, 0
    for name, (label, options) in questions.items():
        if options != levels:
            continue  # a differently worded scale cannot share the columns
        per_option, answered, average = summarise(counts, None, name, options)
        rows.append([label, *per_option, average])
        if average is not None:
            all_points += average * answered
            all_answered += answered
    overall = all_points / all_answered if all_answered else None
    responses = counts.get((None, "", ""), 0)
    return Table(
        # The default five levels are in the catalogue; a custom scale keeps its wording.
        [_("问题"), *(_(level) for level in levels), _("平均分")],  # noqa: INT001
        rows,
        total=responses,
        chart_columns=len(levels),
        headline=_("%(score)s 分") % {"score": round(overall, 2)} if overall else _("暂无答卷"),
        note=_("共 %(n)s 份答卷。") % {"n": responses},
    )


@figure(
    "survey_by_month",
    title=_("每月满意度平均分"),
    section="satisfaction",
    clause=_("五（一）：建立公群满意度调查和评价反馈机制"),
    unit=_("分"),
    chart=LINE,
    description=_("每个评分题每月的平均分（满分 5 分）；没有答卷的月份留空。"),
)
def survey_by_month(period, pages=None):
    pages = forms.survey_forms() if pages is None else pages
    questions, counts = survey_counts(period, pages, by_month=True)
    if not questions:
        return Table([_("月份")], [], available=False, note=_("还没有包含评分题的满意度调查表单。"))
    rows = []
    for y, m in period.months():
        averages = [
            summarise(counts, (y, m), name, opts)[2] for name, (_l, opts) in questions.items()
        ]
        rows.append([month_label(y, m), *averages, counts.get(((y, m), "", ""), 0)])
    return Table(
        [_("月份"), *(label for label, _opts in questions.values()), _("答卷份数")],
        rows,
        total=sum(row[-1] for row in rows),
        chart_columns=len(questions),
        maximum=max(len(opts) for _label, opts in questions.values()),
    )


def consultation_response_times():
    """(start, end) -> monthly rows of 留言咨询, from ``consultation.queries``: its
    ``response_times`` if it has one, else adapted from its ``monthly_statistics(year)``
    (periods never span two years); None while the app is not installed."""
    provider = optional_query("consultation.queries", "response_times")
    if provider is not None:
        return provider
    monthly = optional_query("consultation.queries", "monthly_statistics")
    if monthly is None:
        return None

    def response_times(start, end):
        return [
            {
                "month": row["month"],
                "received": row["received"],
                "answered": row["answered"],
                "average_working_days": row["average"],
            }
            for row in monthly(year=start.year)
        ]

    return response_times


@figure(
    "feedback_by_month",
    headline_label=_("收到的意见留言"),
    title=_("收到的意见留言和答复时长"),
    section="satisfaction",
    clause=_("五（一）：建立评价反馈机制"),
    unit=_("条"),
    chart=LINE,
    description=_(
        "意见留言表单每月收到的留言；留言咨询上线后，同时统计答复数量和平均答复用时（工作日）。"
    ),
    tags={"headline"},
)
def feedback_by_month(period):
    received = forms.submission_counts_by_month(forms.FormKind.FEEDBACK, period.start, period.end)
    provider = consultation_response_times()
    answers = {}
    if provider is not None:
        answers = {
            (r["month"].year, r["month"].month): r for r in provider(period.start, period.end)
        }
    rows = []
    for y, m in period.months():
        row = [month_label(y, m), received.get((y, m), 0)]
        if provider is not None:
            answer = answers.get((y, m), {})
            row += [
                answer.get("received", 0),
                answer.get("answered", 0),
                answer.get("average_working_days"),
            ]
        rows.append(row)
    total = sum(row[1] for row in rows)
    columns = [_("月份"), _("意见留言")]
    note = _("留言咨询的答复时长暂无数据：留言咨询功能尚未上线，上线后自动统计。")
    if provider is not None:
        columns += [_("留言咨询"), _("已答复"), _("平均答复用时（工作日）")]
        total += sum(row[2] for row in rows)
        note = ""
    return Table(
        columns,
        rows,
        total=total,
        headline=_("%(n)s 条") % {"n": total},
        note=note,
        chart_columns=1 if provider is None else 3,
    )
