"""Demo: the promoter directory with eight SAMPLE profiles (no real people)."""

from promoters.factories import (
    ReadingPromoterIndexPageFactory,
    ReadingPromoterPageFactory,
    SpecialtyFactory,
)

SPECIALTIES = [
    ("family-reading", "亲子阅读"),
    ("picture-books", "绘本讲读"),
    ("classics", "经典诵读"),
    ("youth", "青少年阅读"),
    ("popular-science", "科普阅读"),
    ("seniors", "老年阅读"),
    ("accessible", "无障碍阅读"),
    ("local-history", "京味文化与地方史"),
]

# All invented samples (is_sample marks the pages); the units are generic.
PROMOTERS = [
    (
        "wang",
        "王老师",
        "示例小学语文教研组",
        "xinjiekou",
        ["family-reading", "picture-books"],
        "从事小学语文教学二十年，在学校和社区带领“晚饭后半小时”亲子共读小组，"
        "擅长用提问和角色朗读帮助低年级孩子爱上整本书阅读。",
    ),
    (
        "li",
        "李馆员",
        "示例街道图书馆",
        "shichahai",
        ["local-history", "seniors"],
        "街道图书馆馆员，组织“胡同里的书”系列讲读，带居民一边读老北京题材的书，一边走访身边的胡同与会馆旧址。",
    ),
    (
        "zhang",
        "张阿姨",
        "示例社区书屋志愿者队",
        "yuetan",
        ["seniors", "classics"],
        "退休后在社区书屋做志愿者，每周二上午为老年读者读报、教大家用手机听书，也带领诵读《论语》选段。",
    ),
    (
        "chen",
        "陈同学",
        "示例中学读书社",
        "desheng",
        ["youth", "popular-science"],
        "高中读书社社长，组织同学共读科普经典并做读书分享会，在寒暑假到社区书屋为小学生讲科学绘本。",
    ),
    (
        "zhao",
        "赵老师",
        "示例少儿阅读推广工作室",
        "taoranting",
        ["picture-books", "family-reading"],
        "绘本讲读人，设计适合 3–6 岁孩子的“绘本 + 手工”活动，并为新手家长开设“怎样给孩子读绘本”小课堂。",
    ),
    (
        "liu",
        "刘编辑",
        "示例出版社读者服务部",
        "xichangan",
        ["classics", "youth"],
        "出版社编辑，策划“编辑带你读经典”讲座，讲一本书从选题到出版的过程，引导中学生读懂经典的版本与注释。",
    ),
    (
        "sun",
        "孙老师",
        "示例特殊教育学校",
        "guanganmennei",
        ["accessible", "picture-books"],
        "特殊教育教师，为视障和听障孩子制作有声书与触摸绘本，推动阅读空间配备大字本和读屏设备。",
    ),
    (
        "zhou",
        "周先生",
        "示例书香驿站",
        "niujie",
        ["popular-science", "local-history"],
        "书香驿站的运营者，每月举办一次“周末科学沙龙”，邀请居民围绕一本科普书动手做小实验。",
    ),
]


def load(ctx):
    ctx.section("阅读推广人")
    specialties = {
        slug: SpecialtyFactory(slug=slug, name=name, sort_order=order)
        for order, (slug, name) in enumerate(SPECIALTIES, start=1)
    }
    index = ctx.page(
        ctx.home,
        ReadingPromoterIndexPageFactory,
        "promoters",
        title="阅读推广人",
        intro="阅读推广人信息库：在学校、图书馆、社区书屋和书香驿站带领大家读书的人。以下均为示例人物。",
        search_description="西城区阅读推广人信息库：按专长和街道查找阅读推广人。",
    )
    for slug, name, affiliation, street, tags, bio in PROMOTERS:
        ctx.page(
            index,
            ReadingPromoterPageFactory,
            slug,
            title=name,
            is_sample=True,
            affiliation=affiliation,
            sub_district=street,
            bio=f"<p>{bio}</p><p>（本页为示例人物，不代表真实个人。）</p>",
            intro=bio.split("，")[0] + "。",
            photo=ctx.image(f"{name} 头像插画", size=(240, 240), motif="avatar"),
            specialties=[specialties[tag] for tag in tags],
        )
    ctx.translate(
        index,
        title="Reading promoters",
        slug="promoters",
        intro="The directory of reading promoters. Everyone listed here is a sample.",
    )
    ctx.add_menu_item(index, "推广人")
    link_promoters(ctx, index)


def link_promoters(ctx, index):
    """Promoters lead some of the upcoming sample events (the events demo ran before this one)."""
    EventPage = ctx.model("events.EventPage")
    profiles = list(index.get_children().live().specific().order_by("path"))
    events = list(
        EventPage.objects.live().filter(locale=ctx.zh, end__gte=ctx.at(ctx.today)).order_by("start")
    )
    for event, profile in zip(events[:4], profiles, strict=False):
        if not event.promoters.exists():
            event.promoters.set([profile])
            event.save_revision().publish()
