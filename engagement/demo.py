"""Demo: the four public forms, their fields and confirmation pages."""

from wagtail.models import Page

from engagement.factories import FormPageFactory, add_fields
from engagement.models import FormKind

STREETS = "\n".join(
    [
        "西长安街",
        "新街口",
        "月坛",
        "展览路",
        "德胜",
        "金融街",
        "什刹海",
        "大栅栏",
        "天桥",
        "椿树",
        "陶然亭",
        "广安门内",
        "牛街",
        "白纸坊",
        "广安门外",
    ]
)

FORMS = [
    {
        "slug": "satisfaction-survey",
        "title": "阅读服务满意度调查",
        "kind": FormKind.SURVEY,
        "collects_personal_data": False,
        "intro": "花两分钟告诉我们您对西城区阅读服务的评价。调查不记名，结果用于改进图书馆、社区书屋和阅读活动。",
        "submit_label": "提交评价",
        "thank_you_title": "感谢您的评价！",
        "thank_you_text": "<p>您的评价已经记录。我们每季度汇总一次满意度调查结果，并在本站公布改进情况。</p>",
        "fields": [
            (
                "您最常使用哪项阅读服务",
                "dropdown",
                True,
                "公共图书馆借阅\n社区书屋或书香驿站\n24 小时书房\n阅读活动和讲座\n本网站的好书推荐",
                "",
            ),
            ("总体满意度", "rating", True, "", "对西城区阅读服务的总体感受。"),
            ("开放时间是否方便", "rating", True, "", ""),
            ("活动与讲座质量", "rating", False, "", "没有参加过活动可以不选。"),
            ("您所在的街道", "dropdown", False, STREETS, "可不填。"),
            (
                "意见和建议",
                "multiline",
                False,
                "",
                "哪里做得好、哪里需要改进，2000 字以内。请不要填写姓名、电话等个人信息。",
            ),
        ],
    },
    {
        "slug": "feedback",
        "title": "意见留言",
        "kind": FormKind.FEEDBACK,
        "collects_personal_data": True,
        "intro": "对阅读空间、活动或本网站有咨询、建议或意见，请在这里留言。工作人员会在 5 个工作日内处理。",
        "submit_label": "提交留言",
        "thank_you_title": "留言已收到",
        "thank_you_text": "<p>我们会在 5 个工作日内处理。留了联系电话或邮箱的，工作人员会与您联系。</p>",
        "fields": [
            ("称呼", "singleline", True, "", "如：张女士、李先生。"),
            ("留言类型", "radio", True, "咨询\n建议\n表扬\n投诉", ""),
            ("留言内容", "multiline", True, "", "请写清时间、地点和事情经过，2000 字以内。"),
            ("联系电话", "phone", False, "", "需要我们回复时请填写手机或固定电话。"),
            ("电子邮箱", "email", False, "", ""),
        ],
    },
    {
        "slug": "book-donation",
        "title": "图书捐赠与交换",
        "kind": FormKind.DONATION,
        "collects_personal_data": True,
        "intro": "家里有读完的好书？捐给社区书屋，或在书香驿站换一本新书。登记后工作人员会联系您约定交书时间和地点。",
        "submit_label": "提交登记",
        "thank_you_title": "谢谢您的好书！",
        "thank_you_text": "<p>工作人员会在 3 个工作日内打电话与您约定交书时间和地点。</p>"
        "<ul><li>请确保图书完整、干净、无缺页；</li><li>教材教辅、过期期刊、盗版图书暂不接收。</li></ul>",
        "fields": [
            ("姓名", "singleline", True, "", ""),
            ("联系电话", "phone", True, "", "用于约定交书时间。"),
            ("您想", "radio", True, "捐赠图书\n交换图书", ""),
            (
                "图书清单",
                "multiline",
                True,
                "",
                "每行一本：书名、作者、出版社。册数较多时可只写大致类别。",
            ),
            ("大约册数", "number", True, "", "填写数字，如 12。"),
            ("方便交书的街道", "dropdown", False, STREETS, "我们会安排就近的社区书屋或书香驿站。"),
        ],
    },
    {
        "slug": "promoter-application",
        "title": "阅读推广人报名",
        "kind": FormKind.PROMOTER,
        "collects_personal_data": True,
        "intro": "愿意在学校、社区、图书馆带领大家读书？欢迎报名成为西城区阅读推广人志愿者，加入阅读推广人信息库。",
        "submit_label": "提交报名",
        "thank_you_title": "报名已提交",
        "thank_you_text": "<p>感谢您报名！工作人员会在 10 个工作日内与您联系，介绍培训和活动安排。"
        "经您同意后，您的简介才会在“阅读推广人”名录中公开。</p>",
        "fields": [
            ("姓名", "singleline", True, "", ""),
            ("手机号码", "phone", True, "", ""),
            ("电子邮箱", "email", True, "", ""),
            ("工作单位或学校", "singleline", True, "", "退休或自由职业可填写“无”。"),
            (
                "推广专长",
                "checkboxes",
                True,
                "亲子阅读\n绘本讲读\n经典诵读\n青少年阅读\n科普阅读\n老年阅读\n无障碍阅读\n京味文化与地方史",
                "可多选。",
            ),
            (
                "可服务时间",
                "checkboxes",
                True,
                "工作日白天\n工作日晚上\n周末\n寒暑假",
                "可多选。",
            ),
            ("希望服务的街道", "dropdown", False, STREETS, ""),
            (
                "阅读推广经历",
                "multiline",
                False,
                "",
                "做过哪些读书活动、服务过哪些人群，200 字左右即可。",
            ),
        ],
    },
]

SIGNUP_FORM = {
    "slug": "family-reading-signup",
    "title": "“书香家庭”评选报名（示例）",
    "kind": FormKind.SIGNUP,
    "collects_personal_data": True,
    "intro": "在报名阶段填写本表即可自荐参加“书香家庭”评选，也可由街道、社区推荐。评选办法见活动页面。",
    "submit_label": "提交报名",
    "thank_you_title": "报名已提交",
    "thank_you_text": "<p>感谢参与！所在街道的工作人员会在报名截止后 5 个工作日内与您联系，"
    "评选进展请关注“书香家庭”活动页面。</p>",
    "fields": [
        ("联系人姓名", "singleline", True, "", ""),
        ("手机号码", "phone", True, "", ""),
        ("所在街道", "dropdown", True, STREETS, ""),
        ("家庭成员", "singleline", True, "", "如：爸爸、妈妈、女儿（9 岁）。"),
        ("家庭藏书大约多少册", "number", False, "", "填写数字即可。"),
        (
            "我家的阅读故事",
            "multiline",
            True,
            "",
            "一起读过的书、固定的阅读时间、印象最深的一次共读，300–800 字。",
        ),
    ],
}


def load(ctx):
    ctx.section("表单")
    privacy = Page.objects.child_of(ctx.home).filter(slug="privacy").first()
    pages = {}
    for spec in [*FORMS, SIGNUP_FORM]:
        spec = dict(spec)
        slug, fields = spec.pop("slug"), spec.pop("fields")
        existing = Page.objects.child_of(ctx.home).filter(slug=slug).exists()
        page = ctx.page(
            ctx.home, FormPageFactory, slug, privacy_page=privacy, show_in_menus=False, **spec
        )
        if not existing and not page.form_fields.exists():
            add_fields(page, fields)
            page.save_revision().publish()
        pages[spec["kind"]] = page

    ctx.add_menu_item(pages[FormKind.FEEDBACK], "意见留言", menu="footer_menu")
    ctx.add_menu_item(pages[FormKind.SURVEY], "满意度调查", menu="footer_menu")
    ctx.add_menu_item(pages[FormKind.DONATION], "图书捐赠", menu="footer_menu")
    link_promoter_directory(ctx, pages[FormKind.PROMOTER])
    link_campaign(ctx, pages)


def link_promoter_directory(ctx, application):
    """The promoter directory's "我想成为阅读推广人" button points at the application form."""
    ReadingPromoterIndexPage = ctx.model("promoters.ReadingPromoterIndexPage")
    for index in ReadingPromoterIndexPage.objects.filter(
        application_page__isnull=True, locale=ctx.zh
    ):
        index.application_page = application
        index.save_revision().publish()


def link_campaign(ctx, pages):
    """Campaigns open for sign-up (loaded earlier in PROJECT_APPS order) get the sign-up form
    as their "how to take part" link, unless an editor already chose one."""
    CampaignPage = ctx.model("campaigns.CampaignPage")
    for campaign in CampaignPage.objects.live().filter(
        locale=ctx.zh, participation_page__isnull=True
    ):
        if getattr(campaign, "participation_url", "") or campaign.status == "finished":
            continue
        campaign.participation_page = pages[FormKind.SIGNUP]
        campaign.save_revision().publish()
