"""Demo: two sample honour rolls of at least ten honourees each; every name is a sample."""

import datetime

from honours.factories import HonourRollIndexPageFactory, HonourRollPageFactory, add_honourees
from honours.models import HonourRollIndexPage

# Xicheng's sub-districts (real places); the families and spaces placed in them are samples.
STREETS = [
    "西长安街街道",
    "新街口街道",
    "月坛街道",
    "展览路街道",
    "德胜街道",
    "金融街街道",
    "什刹海街道",
    "大栅栏街道",
    "天桥街道",
    "椿树街道",
    "陶然亭街道",
    "广安门内街道",
    "牛街街道",
    "白纸坊街道",
    "广安门外街道",
]
FAMILY_CITATIONS = [
    "祖孙三代坚持每晚共读半小时，家庭书单已记满三本笔记。",
    "带动楼门邻居组建亲子读书会，每月在社区书屋共读一本书。",
    "坚持每周到图书馆借书，孩子为同学整理了一份班级推荐书单。",
    "家中设立“共享书架”，向邻里开放借阅。",
    "父母担任社区阅读志愿者，周末为小区孩子讲读绘本。",
    "为视力不便的长辈朗读报刊和小说，坚持多年。",
    "全家参加图书捐赠与交换活动，向社区书屋捐赠童书。",
    "以家庭读书会的形式共读传统文化经典，并写下读书笔记。",
    "孩子和祖父母一起录制有声书，分享给社区长者。",
    "坚持亲子共读，并在社区分享共读经验。",
]
SPACE_CITATIONS = [
    "延长开放时间，夜间为下班居民提供安静的阅读座位。",
    "设置大字本书架和无障碍通道，定期为长者举办读书会。",
    "与周边学校合作开展课后共读，服务学生超过千人次（示例数据）。",
    "利用腾退空间改造为社区书屋，成为邻里交流的场所。",
    "常年开展绘本讲读，培养了一批亲子阅读志愿者。",
    "引入社会力量参与运营，建立由居民代表参加的公益理事会。",
    "开展图书交换活动，让闲置图书流动起来。",
    "为视障读者提供有声读物和专人导读服务。",
    "与书店合作举办新书分享会和作者见面会（示例）。",
    "坚持节假日开放，成为街区的“家门口书房”。",
]


def load(ctx):
    CampaignPage = ctx.model("campaigns.CampaignPage")
    index = ctx.page(
        ctx.home,
        HonourRollIndexPageFactory,
        "honours",
        title="光荣榜",
        intro="书香家庭、特色阅读空间、阅读推广人等推优表彰名单，按年度查看。以下名单均为示例。",
    )
    ctx.translate(
        index,
        title="Honour rolls",
        intro="Scholarly families, featured reading spaces and reading promoters commended each year. The lists below are samples.",
    )
    year = ctx.today.year
    previous = CampaignPage.objects.filter(slug="scholarly-family-previous", locale=ctx.zh).first()
    families = ctx.page(
        index,
        HonourRollPageFactory,
        "scholarly-families-previous",
        title=f"{year - 1} 年度“书香家庭”名单",
        award=f"{year - 1} 年度西城区“书香家庭”（示例）",
        year=year - 1,
        category="family",
        awarded_by="（示例）西城区全民阅读工作协调小组办公室",
        announced_on=ctx.today - datetime.timedelta(days=365 - 69),
        campaign=previous,
        intro="经自荐推荐、评审和公示，以下家庭获评“书香家庭”。名单为示例。",
        is_sample=True,
    )
    if not families.honourees.exists():
        add_honourees(
            families,
            [
                {
                    "name": f"示例家庭 {n + 1:02d}",
                    "kind": "person",
                    "affiliation": STREETS[n],
                    "citation": FAMILY_CITATIONS[n],
                }
                for n in range(10)
            ],
        )
    spaces = ctx.page(
        index,
        HonourRollPageFactory,
        "featured-spaces-earlier",
        title=f"{year - 2} 年度特色阅读空间",
        award=f"{year - 2} 年度西城区特色阅读空间（示例）",
        year=year - 2,
        category="space",
        awarded_by="（示例）西城区阅读推广联盟",
        intro="依据“书香西城”若干意见“开展特色阅读空间和阅读推广人推优活动”的要求评出。名单为示例。",
        cover_image=ctx.image(
            "特色阅读空间 光荣榜", size=(1600, 900), background="#2f5d50", motif="tiles"
        ),
        is_sample=True,
    )
    if not spaces.honourees.exists():
        add_honourees(
            spaces,
            [
                {
                    "name": f"示例阅读空间 {n + 1:02d}",
                    "kind": "organization",
                    "affiliation": STREETS[-(n + 1)],
                    "citation": SPACE_CITATIONS[n],
                }
                for n in range(10)
            ],
        )
    ctx.add_menu_item(index, "光荣榜")


def promoter_roll(ctx):
    """A sample roll of reading promoters whose honourees are the sample promoter profiles.

    Listed after the promoters demo in DEMO_LOADERS: it names the profiles that one made.
    """
    ReadingPromoterPage = ctx.model("promoters.ReadingPromoterPage")
    profiles = list(
        ReadingPromoterPage.objects.live().filter(locale=ctx.zh).order_by("path")
    )  # the sample promoters, in the order they were made
    roll_index = HonourRollIndexPage.objects.filter(locale=ctx.zh).first()
    if roll_index is None or not profiles:
        return
    year = ctx.today.year - 1
    roll = ctx.page(
        roll_index,
        HonourRollPageFactory,
        "reading-promoters-previous",
        title=f"{year} 年度优秀阅读推广人",
        award=f"{year} 年度西城区优秀阅读推广人（示例）",
        year=year,
        category="promoter",
        awarded_by="（示例）西城区阅读推广联盟",
        intro="依据“书香西城”若干意见第 33 条开展的阅读推广人推优活动。名单与人物均为示例，"
        "点击姓名可查看其阅读推广人档案。",
        is_sample=True,
    )
    if not roll.honourees.exists():
        add_honourees(
            roll,
            [
                {
                    "name": profile.title,
                    "kind": "person",
                    "affiliation": profile.affiliation,
                    "citation": profile.intro,
                    "promoter": profile,
                }
                for profile in profiles
            ],
        )
