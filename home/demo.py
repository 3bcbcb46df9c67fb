"""Demo: site settings, menus, the home page, about and privacy pages, the 2017 policy."""

from core.factories import MenuFactory
from core.models import Menu, NavigationSettings, SiteSettings
from home import policy_text
from home.factories import StandardPageFactory

ABOUT_BODY = [
    ("heading", {"text": "我们做什么", "level": "h2"}),
    (
        "paragraph",
        "<p>“书香西城”是北京市西城区全民阅读服务平台。依据《北京市西城区促进全民阅读建设“书香西城”若干意见》，"
        "我们在这里发布好书推荐与推荐书单、阅读品牌与阅读活动、书香家庭评选与光荣榜，"
        "并帮助居民找到身边的公共图书馆、社区书屋、书香驿站和 24 小时书房。</p>",
    ),
    ("heading", {"text": "适老化与无障碍", "level": "h2"}),
    (
        "paragraph",
        "<p>每个页面顶部都有“大字版”和“高对比度”开关，不需要安装任何插件；所有功能都可以只用键盘操作，"
        "关闭 JavaScript 时也能正常浏览。</p>",
    ),
    ("heading", {"text": "关于演示内容", "level": "h2"}),
    (
        "paragraph",
        "<p>本站目前为演示站点：图书的书名、作者和出版社是真实的；阅读品牌、活动、阅读空间、获奖名单等均为示例，"
        "不代表真实的机构或个人。</p>",
    ),
]

ABOUT_BODY_EN = [
    ("heading", {"text": "What we do", "level": "h2"}),
    (
        "paragraph",
        "<p>Scholarly Xicheng is the national-reading portal of Xicheng District, Beijing. Following the "
        "district's 2017 policy on national reading, it publishes book recommendations and book lists, "
        "reading brands and events, the scholarly-family campaign and its honour rolls, and helps residents "
        "find public libraries, community reading rooms, reading stations and 24-hour study rooms nearby.</p>",
    ),
    ("heading", {"text": "About the demo content", "level": "h2"}),
    (
        "paragraph",
        "<p>This is a demonstration site: book titles, authors and publishers are real; brands, events, "
        "reading spaces and honourees are samples and do not describe real institutions or people.</p>",
    ),
]

PRIVACY_BODY = [
    ("heading", {"text": "我们收集哪些信息", "level": "h2"}),
    (
        "paragraph",
        "<p>您在本站填写满意度调查、留言、图书捐赠和阅读推广人报名表时，我们仅收集表单中列出的信息，"
        "如姓名、联系电话、电子邮箱和您填写的内容。浏览网页本身不需要提供任何个人信息。</p>",
    ),
    ("heading", {"text": "信息如何使用和保护", "level": "h2"}),
    (
        "paragraph",
        "<p>这些信息只用于处理您的留言、联系捐赠或报名事宜，只有经授权的表单审阅人员可以查看和导出，"
        "不会向第三方提供。依照《中华人民共和国个人信息保护法》，您可以联系我们查询、更正或删除您的信息。</p>",
    ),
    ("heading", {"text": "活动预约", "level": "h2"}),
    (
        "paragraph",
        "<p>在本站预约阅读活动时，我们收集姓名、手机号、（选填的）电子邮箱、预约人数和主办方附加问题的回答，"
        "用于确认名额、候补通知、活动前一天的提醒、活动变动通知和入场签到。只有“活动组织”组的工作人员和管理员"
        "可以查看和导出名单，列表中手机号只显示前三位和后四位，每次导出都有记录。"
        "活动结束 90 天后，姓名、手机号、邮箱和回答会被自动删除，只保留人数和签到统计。"
        "您可以随时通过确认页或邮件中的管理链接取消预约。</p>",
    ),
    ("heading", {"text": "Cookie", "level": "h2"}),
    (
        "paragraph",
        "<p>本站只使用必要的 Cookie：记住您选择的大字版、高对比度显示设置，以及表单的安全校验。"
        "不使用广告或跟踪 Cookie。</p>",
    ),
]


def load(ctx):
    site_settings = SiteSettings.for_site(ctx.site)
    if not site_settings.organiser:
        site_settings.organiser = "书香西城全民阅读推广示例站"
        site_settings.operator = "（示例）西城区阅读推广联盟"
        site_settings.address = "北京市西城区（示例地址）"
        site_settings.phone = "010-0000 0000"
        site_settings.email = "reading@example.org"
        site_settings.site_code = "（示例）0000000000"
        site_settings.icp_number = "京ICP备00000000号（示例）"
        site_settings.police_number = "京公网安备 00000000000000 号（示例）"
        site_settings.wechat_account = "书香西城（示例）"
        site_settings.default_description = "书香西城：西城区全民阅读服务平台。好书推荐、推荐书单、阅读空间、阅读活动、书香家庭与光荣榜。"
        site_settings.wechat_qr = ctx.image(
            "微信公众号二维码（示例占位）", size=(400, 400), motif="qr-placeholder"
        )
        site_settings.default_share_image = ctx.image(
            "书香西城 默认分享图", size=(1200, 630), motif="hero"
        )
        site_settings.save()

    home = ctx.home
    if not home.hero_text:
        home.hero_title = "书香西城"
        home.hero_text = "找一本好书，找一处离家近的阅读空间，找一场这个周末的读书活动。"
        home.intro = ""
        home.hero_image = ctx.image(
            "书香西城 首页横幅：屋瓦、窗棂与书架", size=(1600, 700), motif="hero"
        )
        home.search_description = ctx.site.root_page.search_description or (
            "西城区全民阅读服务平台：好书推荐、推荐书单、阅读空间、阅读活动、书香家庭与光荣榜。"
        )
        home.save_revision().publish()
        home.refresh_from_db()

    home_en = ctx.translate(
        home,
        title="Scholarly Xicheng",
        slug="home-en",
        hero_title="Scholarly Xicheng",
        hero_text="Find a good book, a reading space near you, and a reading event this weekend.",
        search_description="The national-reading portal of Xicheng District, Beijing.",
    )

    about = ctx.page(
        home,
        StandardPageFactory,
        "about",
        title="关于书香西城",
        intro="书香西城是西城区全民阅读服务平台，帮助居民找好书、找空间、找活动。",
        body=ABOUT_BODY,
    )
    ctx.translate(
        about,
        title="About Scholarly Xicheng",
        intro="Scholarly Xicheng helps residents of Xicheng find good books, reading spaces and events.",
        body=ABOUT_BODY_EN,
    )

    privacy = ctx.page(
        home,
        StandardPageFactory,
        "privacy",
        title="个人信息保护说明",
        intro="说明本站表单收集哪些个人信息、如何使用和保护，以及您享有的权利。",
        body=PRIVACY_BODY,
        show_in_menus=False,
    )

    policy = policy_text.parse()
    policy_page = ctx.page(
        home,
        StandardPageFactory,
        "policy-2017",
        title=policy["title"],
        intro=policy["intro"],
        document_number=policy["document_number"],
        issuer=policy["issuer"],
        issued_on=policy["issued_on"],
        body=policy_text.as_stream_data(policy["blocks"]),
        search_description="西城区人民政府办公室 2017 年印发的促进全民阅读、建设“书香西城”的政策文件全文。",
    )

    nav = NavigationSettings.for_site(ctx.site)
    if nav.main_menu is None:
        main = Menu.objects.filter(name="主导航", locale=ctx.zh).first() or MenuFactory(
            name="主导航", locale=ctx.zh, items=[("page", {"page": home, "label": "首页"})]
        )
        footer = Menu.objects.filter(name="页脚链接", locale=ctx.zh).first() or MenuFactory(
            name="页脚链接",
            locale=ctx.zh,
            items=[
                ("page", {"page": about, "label": ""}),
                ("page", {"page": policy_page, "label": "政策文件"}),
                ("page", {"page": privacy, "label": ""}),
            ],
        )
        main_en = main.copy_for_translation(ctx.en)
        main_en.items = [("page", {"page": home_en, "label": "Home"})]
        main_en.save()
        footer_en = footer.copy_for_translation(ctx.en)
        footer_en.items = [("page", {"page": about.get_translation(ctx.en), "label": ""})]
        footer_en.save()
        nav.main_menu = main
        nav.footer_menu = footer
        nav.save()
    ctx.add_menu_item(about, "关于")
