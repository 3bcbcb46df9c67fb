"""Articles (资讯): news, reading guides, interviews and policy explainers, with their index."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core import jsonld
from core.blocks import BodyStreamBlock
from core.image_renditions import with_renditions
from core.listing import paginate
from core.models import BasePage, RoutableBasePage
from core.serializers import ImageRenditionField, TagNamesField
from core.visibility import public_pages


class ArticleCategory(models.TextChoices):
    """栏目: Chinese in the admin and on /, English on /en/ through the catalogue."""

    NEWS = "news", _("新闻")
    GUIDE = "guide", _("阅读指南")
    INTERVIEW = "interview", _("人物访谈")
    POLICY = "policy", _("政策解读")


CATEGORIES = ArticleCategory.choices

AUTHOR_KINDS = [("organization", "机构"), ("person", "个人")]


class ArticleIndexPage(RoutableBasePage):
    """资讯 — filter by category and tag, paginated, with RSS and Atom feeds."""

    per_page = models.PositiveSmallIntegerField(
        "每页篇数", default=12, help_text="列表每页显示的文章数，建议 10–20。"
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    settings_panels = [*BasePage.settings_panels, FieldPanel("per_page")]
    api_fields = [*BasePage.api_fields]

    class Meta:
        verbose_name = "资讯目录"

    def get_articles(self):
        from articles.queries import live_articles

        return live_articles().child_of(self)

    def tag_choices(self):
        """Tags used by live articles under this index, most used first."""
        return (
            Tag.objects.filter(
                articles_articlepagetag_items__content_object__in=public_pages(
                    ArticlePage.objects.child_of(self)
                )
            )
            .annotate(uses=models.Count("articles_articlepagetag_items"))
            .order_by("-uses", "name")
            .distinct()
        )

    def filter_articles(self, request):
        from articles.filters import ArticleFilters

        tags = [tag.name for tag in self.tag_choices()]
        filters = ArticleFilters(request, tags=tags)
        return filters.apply(self.get_articles()), filters

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles, filters = self.filter_articles(request)
        page = paginate(request, articles, per_page=self.per_page or 12)
        with_renditions(page, "lead_image", "listing_image")
        context.update(articles=page, filters=filters)
        return context

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request)

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        from articles.feeds import ArticleRssFeed

        return ArticleRssFeed(index=self)(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        from articles.feeds import ArticleAtomFeed

        return ArticleAtomFeed(index=self)(request)

    def feed_urls(self):
        return {
            "rss": self.url + self.reverse_subpage("feed_rss"),
            "atom": self.url + self.reverse_subpage("feed_atom"),
        }


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(BasePage):
    """One news item, reading guide, interview or policy explainer."""

    category = models.CharField(
        "栏目",
        max_length=20,
        choices=CATEGORIES,
        default="news",
        help_text="新闻：动态与通知；阅读指南：怎么读、读什么；人物访谈；政策解读。",
    )
    date = models.DateField(
        "发布日期", default=timezone.localdate, help_text="显示在文章上的日期，按北京时间。"
    )
    author = models.CharField(
        "作者", max_length=100, blank=True, help_text="作者姓名或供稿单位，如：书香西城编辑部。"
    )
    author_kind = models.CharField(
        "作者类型",
        max_length=20,
        choices=AUTHOR_KINDS,
        default="organization",
        help_text="作者是机构还是个人，供搜索引擎识别。",
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="题图",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="文章顶部的大图，建议 1600×900 以上；请设置焦点并填写替代文字。",
    )
    lead_image_caption = models.CharField(
        "题图说明", max_length=200, blank=True, help_text="一句话说明题图内容或来源。"
    )
    body = StreamField(BodyStreamBlock(), verbose_name="正文", help_text="用小标题分段，段落宜短。")
    tags = ClusterTaggableManager(
        "标签",
        through=ArticlePageTag,
        blank=True,
        help_text="如：亲子阅读、书香家庭、图书馆；用于筛选和相关推荐。",
    )
    brand = models.ForeignKey(
        "brands.ReadingBrandPage",
        verbose_name="所属阅读品牌",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text="文章介绍的是某个阅读品牌的活动时选择，会显示在该品牌页面上。",
    )

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("category"),
                FieldPanel("date"),
                FieldPanel("author"),
                FieldPanel("author_kind"),
            ],
            heading="文章信息",
        ),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_caption")], heading="题图"
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
        PageChooserPanel("brand", "brands.ReadingBrandPage"),
        InlinePanel("related_pages", label="相关页面", heading="相关页面"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("author"),
        index.FilterField("category"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("category"),
        APIField("date"),
        APIField("author"),
        APIField("lead_image", serializer=ImageRenditionField("fill-1600x900")),
        APIField("lead_image_caption"),
        APIField("body"),
        APIField("tags", serializer=TagNamesField()),
        APIField("brand"),
        APIField("related_pages"),
    ]

    class Meta:
        verbose_name = "文章"
        verbose_name_plural = "文章"

    def get_main_image(self):
        return self.lead_image

    @property
    def category_label(self):
        return str(dict(CATEGORIES).get(self.category, ""))

    def published_datetime(self):
        """The article date at 08:00 Beijing time, for feeds and JSON-LD."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time(8, 0)))

    def get_related(self):
        """The related pages readers may see, in the editor's order (two queries); each
        with ``type_label``, its page type's name (no specific row needed)."""
        from wagtail.models import Page

        ids = [link.related_page_id for link in self.related_pages.all() if link.related_page_id]
        pages = {page.pk: page for page in public_pages(Page.objects.filter(pk__in=ids))}
        related = [pages[pk] for pk in ids if pk in pages]
        for page in related:
            model = page.specific_class
            # Translated as the template's {% translate %} did.
            page.type_label = gettext(model.get_verbose_name()) if model else ""
        return related

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.get_related()
        context["index"] = self.get_parent().specific
        return context

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        author_type = "Person" if self.author_kind == "person" else "Organization"
        data.append(
            {
                "@context": jsonld.CONTEXT,
                "@type": "NewsArticle" if self.category == "news" else "Article",
                "headline": self.title[:110],
                "description": self.get_meta_description(),
                "datePublished": self.published_datetime().isoformat(),
                "dateModified": (self.last_published_at or self.published_datetime()).isoformat(),
                "author": {"@type": author_type, "name": self.author} if self.author else None,
                "image": jsonld.image_object(self.lead_image, request),
                "articleSection": self.category_label,
                "keywords": ", ".join(tag.name for tag in self.tags.all()),
                "inLanguage": self.locale.language_code,
                "mainEntityOfPage": self.get_full_url(request),
                "url": self.get_full_url(request),
            }
        )
        return data


class ArticleRelatedPage(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_pages")
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="相关页面",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="读者读完这篇后可能想看的页面：书单、活动、阅读空间或另一篇文章。",
    )

    panels = [PageChooserPanel("related_page")]
    api_fields = [APIField("related_page")]

    class Meta(Orderable.Meta):
        verbose_name = "相关页面"
        verbose_name_plural = "相关页面"
