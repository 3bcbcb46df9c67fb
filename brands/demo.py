"""Demo: four sample reading brands (clearly samples), their gallery, articles and book lists."""

from brands.factories import ReadingBrandIndexPageFactory, ReadingBrandPageFactory
from brands.models import BrandBookList, BrandGalleryImage


def partners(*names):
    return [("partner", {"name": name, "role": role, "url": ""}) for name, role in names]


def about(*paragraphs):
    # The page itself says the brand is a sample (ReadingBrandPage.is_sample).
    return [("paragraph", f"<p>{text}</p>") for text in paragraphs]


# slug: the brand page's fields, plus its logo colour and the slugs of the articles about it.
BRANDS = {
    "hutong-voices": {
        "title": "胡同书声",
        "slogan": "在胡同里，读一本好书",
        "organiser": "（示例）西城区阅读推广联盟",
        "partners": partners(
            ("（示例）社区书屋联盟", "场地支持"), ("（示例）阅读推广人志愿队", "带领共读")
        ),
        "year_founded": 2018,
        "schema_type": "EventSeries",
        "colour": "#8c2a1c",
        "intro": "每月在社区书屋举办的邻里读书会：一本书、一壶茶、一群邻居。",
        "description": about(
            "“胡同书声”是一个示例读书会品牌：每月选一本书，在不同街道的社区书屋轮流举办，由阅读推广人带领共读和讨论。",
            "参加不需要报名费，带上一颗愿意分享的心即可。",
        ),
        "articles": ["hutong-reading-community", "world-book-day-spaces"],
    },
    "picture-book-weekends": {
        "title": "周末绘本时光",
        "slogan": "每个周末，给孩子一个故事",
        "organiser": "（示例）西城区少儿阅读推广中心",
        "partners": partners(
            ("（示例）亲子阅读推广人团队", "讲读"), ("（示例）绘本馆", "图书支持")
        ),
        "year_founded": 2019,
        "schema_type": "EventSeries",
        "colour": "#2f5d50",
        "intro": "面向 3–8 岁孩子和家长的周末绘本共读，附带简单的手工和游戏。",
        "description": about(
            "“周末绘本时光”是一个示例亲子阅读品牌：每个周末上午，阅读推广人在图书馆少儿区讲读两本绘本，再带孩子做一个与故事有关的小手工。",
            "家长在一旁学习共读的方法，回家可以接着读。",
        ),
        "articles": ["picture-books-0-3", "twenty-minutes-a-day", "bedtime-half-hour"],
    },
    "silver-reading": {
        "title": "银发悦读",
        "slogan": "读书不分年纪",
        "organiser": "（示例）西城区老年文化服务中心",
        "partners": partners(
            ("（示例）社区养老服务驿站", "场地支持"), ("（示例）有声书志愿者团队", "朗读")
        ),
        "year_founded": 2020,
        "schema_type": "Organization",
        "colour": "#6b4a2b",
        "intro": "为长者准备的大字本书架、有声书和长者读书会。",
        "description": about(
            "“银发悦读”是一个示例适老化阅读品牌：在社区养老服务驿站设大字本书架，组织志愿者为视力不便的长者朗读，并每月举办长者读书会。",
        ),
        "articles": ["books-for-elders"],
    },
    "night-reading": {
        "title": "书香驿站夜读",
        "slogan": "下班后，留一小时给自己",
        "organiser": "（示例）书香驿站运营团队",
        "partners": partners(("（示例）独立书店", "选书"), ("（示例）青年志愿者协会", "组织")),
        "year_founded": 2021,
        "schema_type": "EventSeries",
        "colour": "#3a4a6b",
        "intro": "工作日晚上在书香驿站举办的青年读书沙龙。",
        "description": about(
            "“书香驿站夜读”是一个示例品牌：工作日晚上七点到九点，书香驿站为下班后的年轻人开放读书沙龙，主题从城市史到科普不等。",
        ),
        "articles": ["promoter-training", "family-book-club"],
    },
}

ENGLISH = {
    "picture-book-weekends": (
        "Picture-book weekends",
        "Every weekend, a story for every child",
        "A sample brand: weekend picture-book readings for children aged 3–8 and their parents.",
    ),
}


def load(ctx):
    ArticlePage = ctx.model("articles.ArticlePage")
    index = ctx.page(
        ctx.home,
        ReadingBrandIndexPageFactory,
        "brands",
        title="阅读品牌",
        intro="西城区常年开展的阅读活动品牌。以下品牌均为示例，用于展示网站功能。",
    )
    ctx.translate(
        index,
        title="Reading brands",
        intro="Recurring reading programmes in Xicheng. The brands below are samples.",
    )
    book_lists = _book_lists(ctx)
    for position, (slug, row) in enumerate(BRANDS.items()):
        fields = dict(row)
        colour, article_slugs = fields.pop("colour"), fields.pop("articles")
        title = fields["title"]
        created = not index.get_children().filter(slug=slug).exists()
        brand = ctx.page(
            index,
            ReadingBrandPageFactory,
            slug,
            **fields,
            is_sample=True,
            logo=ctx.image(
                f"品牌标识：{title}", size=(600, 600), background=colour, motif="lattice"
            ),
        )
        if created:
            for n in (1, 2):
                BrandGalleryImage.objects.create(
                    page=brand,
                    sort_order=n,
                    image=ctx.image(f"{title} 活动图 {n}", size=(1200, 800), background=colour),
                    caption=f"{title}活动现场（示例图片）",
                )
            for order, book_list in enumerate(book_lists[position::4][:2]):
                BrandBookList.objects.create(page=brand, sort_order=order, book_list=book_list)
            brand.save_revision().publish()
        for article in ArticlePage.objects.filter(
            slug__in=article_slugs, locale=ctx.zh, brand=None
        ):
            article.brand = brand
            article.save_revision().publish()
        if slug in ENGLISH:
            en_title, en_slogan, en_intro = ENGLISH[slug]
            ctx.translate(brand, title=en_title, slogan=en_slogan, intro=en_intro)
    ctx.add_menu_item(index, "阅读品牌")


def _book_lists(ctx):
    """The demo's Chinese book lists, if the recommendations app made any."""
    BookListPage = ctx.model("recommendations.BookListPage")
    return list(BookListPage.objects.live().filter(locale=ctx.zh).order_by("path"))
