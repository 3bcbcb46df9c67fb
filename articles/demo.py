"""Demo: the 资讯 index and its articles (guides are real advice; news items are samples)."""

from articles import demo_data as data
from articles.factories import ArticleIndexPageFactory, ArticlePageFactory

LEAD_COLOURS = {"news": "#8c2a1c", "guide": "#2f5d50", "interview": "#6b4a2b", "policy": "#3a4a6b"}


def load(ctx):
    index = ctx.page(
        ctx.home,
        ArticleIndexPageFactory,
        "news",
        title="资讯",
        intro="书香西城的新闻、阅读指南、人物访谈和政策解读。可以按栏目和标签筛选，也可以用 RSS 订阅。",
    )
    ctx.translate(
        index,
        title="News and guides",
        intro="News, reading guides, interviews and policy explainers from Scholarly Xicheng.",
    )
    articles = {}
    for slug, row in data.ARTICLES.items():
        category, days_ago, title, author, author_kind, tags, intro, body = row
        if category in ("news", "interview"):
            body = [("paragraph", data.SAMPLE), *body]
        articles[slug] = ctx.page(
            index,
            ArticlePageFactory,
            slug,
            title=title,
            category=category,
            date=ctx.days_from_today(-days_ago),
            author=author,
            author_kind=author_kind,
            intro=intro,
            body=body,
            tag_names=tags,
            lead_image=ctx.image(
                title.removeprefix("（示例访谈）").removeprefix("（示例）"),
                size=(1600, 900),
                background=LEAD_COLOURS[category],
            ),
        )
    policy = index.get_parent().get_children().filter(slug="policy-2017").first()
    explainer = articles["policy-explained-2017"]
    if policy is not None and not explainer.related_pages.exists():
        explainer.related_pages.create(related_page=policy)
        explainer.save_revision().publish()
    for slug, (title, intro, body) in data.ENGLISH.items():
        ctx.translate(articles[slug], title=title, intro=intro, body=body)
    ctx.add_menu_item(index, "资讯")
