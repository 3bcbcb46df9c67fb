import datetime

import factory

from articles.models import ArticleIndexPage, ArticlePage
from core.factories import PageFactory


class ArticleIndexPageFactory(PageFactory):
    title = "资讯"
    intro = ""

    class Meta:
        model = ArticleIndexPage


class ArticlePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"文章 {n}")
    category = "news"
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n % 300))
    author = "书香西城编辑部"
    intro = factory.LazyAttribute(lambda o: f"{o.title}的导语。")
    body = factory.LazyAttribute(lambda o: [("paragraph", f"<p>{o.title}的正文。</p>")])

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def tag_names(obj, create, extracted, **kwargs):
        if extracted:
            obj.tags.add(*extracted)
            if create:
                obj.save()
