"""Demo: enough history that every chart shows something true to the demo data.

Runs last (``stats`` is last in PROJECT_APPS). Idempotent:
- past sample events, one or two a month since January of last year, only when the events
  demo has none older than three months (helper apps may add their own history);
- sample satisfaction-survey answers and feedback messages over the same months, and
  sign-ups for the open campaign; each carries ``"is_sample": true`` in ``form_data``
  (Wagtail's FormSubmission has no ``is_sample`` column), added once;
- the 数据开放 page (footer menu), last year's annual report and the survey results page.
"""

import datetime as dt
import random

from stats.factories import AnnualReportPageFactory, OpenDataPageFactory, SurveyResultsPageFactory

SAMPLE = "is_sample"

# Real books and authors; the events themselves are samples.
# Real books; dates, places and arrangements are samples. None names a book the search
# relevance set (tests/search/test_relevance.py) expects first for its title or author.
QUARTERLY_EVENTS = [
    ("亲子共读：《猜猜我有多爱你》（示例）", ["family"]),
    ("经典诵读：鲁迅《朝花夕拾》（示例）", ["teens"]),
    ("读书沙龙：萧红《呼兰河传》（示例）", ["adults"]),
    ("长者读书会：汪曾祺《人间草木》（示例）", ["seniors"]),
]
VENUES = [
    "xicheng-library-sample",
    "shichahai-community-room-sample",
    "dashilan-bookshop-sample",
    "xinjiekou-bookshop-sample",
    "yuetan-study-24h-sample",
]
SUGGESTIONS = ["", "", "", "希望周末开放时间再长一些。", "活动信息希望提前一周发布。"]
FEEDBACK = [
    ("咨询", "想了解社区书屋的借书规则。"),
    ("建议", "希望增加大字本图书。"),
    ("表扬", "书香驿站的工作人员很耐心。"),
    ("建议", "希望活动报名能在网上完成。"),
]


def months_since_january_last_year(today):
    year, month = today.year - 1, 1
    while (year, month) <= (today.year, today.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def load(ctx):
    ctx.section("数据开放")
    add_past_events(ctx)
    add_survey_answers(ctx)
    add_feedback(ctx)
    add_signups(ctx)
    add_pages(ctx)


def add_past_events(ctx):
    ReadingBrandPage = ctx.model("brands.ReadingBrandPage")
    EventIndexPage = ctx.model("events.EventIndexPage")
    EventPage = ctx.model("events.EventPage")
    ReadingSpacePage = ctx.model("spaces.ReadingSpacePage")

    def new_event(parent, **fields):
        # What events' EventPageFactory does with these fields: add the page under parent.
        return parent.add_child(instance=EventPage(online_url="", **fields))

    calendar = EventIndexPage.objects.filter(locale=ctx.zh).first()
    cutoff = ctx.at(ctx.days_from_today(-90))
    # Loaded once: the guard is these samples' own slugs, not "any event before the cutoff"
    # (the other demo events have fixed dates that fall behind it as time passes).
    past = EventPage.objects.filter(
        locale=ctx.zh, slug__regex=r"^past-[0-9]{4}-[0-9]{2}-[0-9]{2}-sample$"
    )
    if calendar is None or past.exists():
        return
    venues = list(ReadingSpacePage.objects.filter(locale=ctx.zh, slug__in=VENUES).order_by("path"))
    brands = list(ReadingBrandPage.objects.live().filter(locale=ctx.zh).order_by("path"))
    # One a quarter last year: the annual report has events to count whatever the date (the
    # other demo events are dated from today), while searches for a book still find the book
    # first (these titles name no book the search relevance set asks for).
    for n, month in enumerate((1, 4, 7, 10)):
        year, day = ctx.today.year - 1, 16
        start = ctx.at(dt.date(year, month, day), 14, 0)
        if start >= cutoff:
            continue
        title, audiences = QUARTERLY_EVENTS[n]
        ctx.page(
            calendar,
            new_event,
            f"past-{year}-{month:02d}-{day:02d}-sample",
            title=title,
            intro="本活动为演示用的示例：书目和作者真实，时间、地点和安排均为虚构。",
            start=start,
            end=start + dt.timedelta(hours=2),
            audiences=audiences,
            venue=venues[n % len(venues)] if venues else None,
            place_name="" if venues else "西城区某社区活动室（示例）",
            brand=brands[n % len(brands)] if brands and n % 4 else None,
            capacity=30,
            registration_note="免费参加，请提前电话报名（示例）。",
        )


def _sample_submissions_exist(page):
    from wagtail.contrib.forms.models import FormSubmission

    return FormSubmission.objects.filter(page=page, **{f"form_data__{SAMPLE}": True}).exists()


def _save(page, answers):
    """Store sample submissions with the given submit times (auto_now_add is overridden after)."""
    from wagtail.contrib.forms.models import FormSubmission

    for when, data in answers:
        submission = FormSubmission.objects.create(page=page, form_data={**data, SAMPLE: True})
        FormSubmission.objects.filter(pk=submission.pk).update(submit_time=when)


def _form(ctx, slug):
    FormPage = ctx.model("engagement.FormPage")

    return FormPage.objects.filter(locale=ctx.zh, slug=slug).first()


def add_survey_answers(ctx):
    """Six to fourteen answers a month; most residents are satisfied, opening hours less so."""
    survey = _form(ctx, "satisfaction-survey")
    if survey is None or _sample_submissions_exist(survey):
        return
    fields = list(survey.form_fields.all())
    rng = random.Random(2017)
    levels = ["非常满意", "满意", "一般", "不满意", "非常不满意"]
    leaning = {0: [45, 35, 12, 6, 2], 1: [30, 35, 20, 10, 5], 2: [40, 40, 15, 4, 1]}
    answers = []
    for year, month in months_since_january_last_year(ctx.today):
        for _i in range(rng.randint(6, 14)):
            day = rng.randint(1, 28)
            when = ctx.at(dt.date(year, month, day), rng.randint(8, 21), rng.randint(0, 59))
            if when > ctx.at(ctx.today, 0, 0):
                continue
            data, rating = {}, 0
            for field in fields:
                if field.field_type == "rating":
                    weights = leaning.get(rating, leaning[0])
                    data[field.clean_name] = rng.choices(levels, weights=weights)[0]
                    rating += 1
                elif field.field_type == "dropdown":
                    options = [c.strip() for c in field.choices.splitlines() if c.strip()]
                    data[field.clean_name] = rng.choice(options)
                else:
                    data[field.clean_name] = rng.choice(SUGGESTIONS)
            answers.append((when, data))
    _save(survey, answers)
    ctx.log(f"满意度调查示例答卷 +{len(answers)}")


def add_feedback(ctx):
    feedback = _form(ctx, "feedback")
    if feedback is None or _sample_submissions_exist(feedback):
        return
    names = {f.label: f.clean_name for f in feedback.form_fields.all()}
    rng = random.Random(26)
    answers = []
    for year, month in months_since_january_last_year(ctx.today):
        for _i in range(rng.randint(1, 5)):
            when = ctx.at(dt.date(year, month, rng.randint(1, 28)), 10, 0)
            if when > ctx.at(ctx.today, 0, 0):
                continue
            kind, text = rng.choice(FEEDBACK)
            data = {names.get("称呼", "name"): "示例居民", names.get("留言类型", "kind"): kind}
            data[names.get("留言内容", "text")] = text + "（示例）"
            answers.append((when, data))
    _save(feedback, answers)
    ctx.log(f"意见留言示例 +{len(answers)}")


def add_signups(ctx):
    """Sign-ups for each campaign with a sign-up form, dated in its sign-up stage (so far)."""
    CampaignPage = ctx.model("campaigns.CampaignPage")

    rng = random.Random(29)
    for campaign in CampaignPage.objects.live().filter(
        locale=ctx.zh, participation_page__isnull=False
    ):
        form = campaign.participation_page
        if _sample_submissions_exist(form):
            continue
        for stage in campaign.stages.filter(kind="signup"):
            last = min(stage.end_date, ctx.today - dt.timedelta(days=1))
            days = (last - stage.start_date).days
            if days < 0:
                continue
            answers = [
                (
                    ctx.at(stage.start_date + dt.timedelta(days=rng.randint(0, days)), 20, 0),
                    {"family": "示例家庭"},
                )
                for _i in range(12)
            ]
            _save(form, answers)


def add_pages(ctx):
    data = ctx.page(
        ctx.home,
        OpenDataPageFactory,
        "data",
        title="数据开放",
        intro="“书香西城”的主要数据：阅读空间、阅读活动、推广人、推荐图书和满意度，按《北京市西城区促进全民阅读建设“书香西城”若干意见》的条款统计，并提供开放数据下载。演示站点中的数字来自示例内容。",
        show_in_menus=False,
    )
    ctx.translate(
        data,
        title="Open data",
        slug="data",
        intro="Scholarly Xicheng in figures — reading spaces, events, promoters, recommended "
        "books and satisfaction, clause by clause of the 2017 policy — and open-data downloads. "
        "On the demo site the figures come from sample content.",
        licence_name="Creative Commons Attribution 4.0 International (CC BY 4.0)",
        attribution="Source: Scholarly Xicheng, the public reading portal of Xicheng District.",
    )
    ctx.add_menu_item(data, "数据开放", menu="footer_menu")
    year = ctx.today.year - 1
    ctx.page(
        data,
        AnnualReportPageFactory,
        f"annual-report-{year}",
        year=year,
        title=f"{year} 年度“书香西城”全民阅读工作报告（示例）",
        intro="本报告为演示用的示例：数字由演示站点的示例数据自动统计，文字说明为示例。",
        summary="<p>这一年，西城区继续完善“网格式”阅读服务设施网络，阅读活动覆盖各街道，满意度调查按月收集居民评价。以下数字为示例数据。</p>",
        facilities_text="<p>公共图书馆为基础、社区书屋和书香驿站为延伸的设施网络覆盖全部 15 个街道；无障碍设施仍需加强。</p>",
        social_text="<p>各阅读空间全年举办讲座、读书会、亲子共读等活动，周末和晚间场次增多。</p>",
        talent_text="<p>阅读推广人信息库持续扩充，覆盖亲子阅读、经典诵读、老年阅读等专长。</p>",
        brands_text="<p>各阅读品牌按计划开展活动；推荐图书覆盖北京阅读季的五个类别。</p>",
        satisfaction_text="<p>居民对阅读服务总体满意；对开放时间的评价相对较低，下一年将延长部分空间的开放时间。</p>",
    )
    survey = _form(ctx, "satisfaction-survey")
    ctx.page(
        data,
        SurveyResultsPageFactory,
        "survey-results",
        title=f"{ctx.today.year} 年阅读服务满意度调查结果（示例）",
        survey=survey,
        period=str(ctx.today.year),
        intro="“阅读服务满意度调查”的汇总结果：各评分题的人数分布、平均分和每月变化。演示站点的答卷为示例数据。",
    )
