"""Demo: two sample scholarly-family campaigns, one under way today and one finished."""

import datetime

from campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    add_stages,
    standard_stages,
)

ORGANISER = "（示例）西城区全民阅读工作协调小组办公室"
AIM = (
    "<p>依据“书香西城”若干意见中“推动家庭阅读，评选‘书香家庭’”的要求，发现和推介热爱阅读、坚持亲子共读、"
    "带动邻里读书的家庭，让更多家庭把阅读变成日常。</p>"
)
ELIGIBILITY = (
    "<ul><li>居住或工作在西城区的家庭，家庭成员中至少两代人共同参与阅读；</li>"
    "<li>有稳定的家庭阅读习惯，如固定的共读时间、家庭书架或家庭读书会；</li>"
    "<li>往届已获表彰的家庭，三年内不重复参评。</li></ul>"
)
HOW = (
    "<p>在报名阶段填写本站的报名表，简要介绍家庭成员、家庭阅读故事和一份家庭书单（不超过 10 本），可附两张照片。"
    "也可以通过所在街道、社区推荐报名。</p>"
)
SAMPLE = "<p><em>示例内容：本活动为演示站点的示例，日期随演示数据自动生成，请勿据此报名。</em></p>"
STAGE_NOTES = {
    "signup": "家庭自荐或街道、社区推荐，在线填写报名表。",
    "review": "由阅读推广人、图书馆员和家长代表组成评审组，阅读材料并走访部分家庭。",
    "publicity": "拟表彰名单在本站公示，接受社会监督。",
    "commendation": "在世界读书日前后举办表彰活动，名单发布在光荣榜。",
}


def stage_rows(start, lengths):
    rows = standard_stages(start, lengths)
    for row in rows:
        row["description"] = STAGE_NOTES[row["kind"]]
    return rows


def load(ctx):
    index = ctx.page(
        ctx.home,
        CampaignIndexPageFactory,
        "family-reading",
        title="书香家庭",
        intro="书香家庭评选和亲子阅读活动：报名、评选、公示、表彰，每一步的日期和进展都在这里。",
    )
    ctx.translate(
        index,
        title="Scholarly families",
        intro="The scholarly-family campaign and parent-child reading activities, stage by stage.",
    )
    year = ctx.today.year
    current = ctx.page(
        index,
        CampaignPageFactory,
        "scholarly-family-current",
        title=f"{year} 年度西城区“书香家庭”评选",
        intro="寻找热爱阅读的家庭：报名进行中，欢迎自荐或由街道、社区推荐。",
        organiser=ORGANISER,
        aim=AIM,
        eligibility=ELIGIBILITY,
        how_to_take_part=HOW,
        contact="010-0000 0000（示例）",
        body=[("paragraph", SAMPLE)],
        cover_image=ctx.image(
            "书香家庭评选 主视觉", size=(1600, 900), background="#8c2a1c", motif="lattice"
        ),
        is_sample=True,
    )
    if not current.stages.exists():
        # Sign-up opened ten days ago and runs three more weeks, so the demo is always live.
        add_stages(current, stage_rows(ctx.days_from_today(-10), (31, 30, 7, 1)))
    finished = ctx.page(
        index,
        CampaignPageFactory,
        "scholarly-family-previous",
        title="上一年度西城区“书香家庭”评选",
        intro="上一年度评选已结束，获表彰家庭名单见光荣榜。",
        organiser=ORGANISER,
        aim=AIM,
        eligibility=ELIGIBILITY,
        how_to_take_part=HOW,
        body=[("paragraph", SAMPLE)],
        cover_image=ctx.image(
            "上一年度书香家庭评选 主视觉", size=(1600, 900), background="#6b4a2b", motif="tiles"
        ),
        is_sample=True,
    )
    if not finished.stages.exists():
        add_stages(finished, stage_rows(ctx.today - datetime.timedelta(days=365), (31, 30, 7, 1)))
    ctx.translate(
        current,
        title=f"Scholarly Families {year}",
        intro="Looking for families who love reading: sign-up is open (sample campaign).",
        aim="<p>To find and celebrate families who read together and encourage their neighbours to read.</p>",
        eligibility="<p>Families living or working in Xicheng, with at least two generations reading together.</p>",
        how_to_take_part="<p>Fill in the sign-up form during the sign-up stage.</p>",
        body=[
            (
                "paragraph",
                "<p><em>Sample content: this campaign is a demo; its dates are generated.</em></p>",
            )
        ],
    )
    _link_articles(ctx, current, finished)
    ctx.add_menu_item(index, "书香家庭")


def _link_articles(ctx, current, finished):
    """The news items about each campaign point to it."""
    ArticlePage = ctx.model("articles.ArticlePage")
    for slug, campaign in (
        ("family-campaign-open", current),
        ("family-campaign-results", finished),
    ):
        article = ArticlePage.objects.filter(slug=slug, locale=ctx.zh).first()
        if article is not None and not article.related_pages.exists():
            article.related_pages.create(related_page=campaign)
            article.save_revision().publish()
