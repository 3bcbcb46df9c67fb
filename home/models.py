from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core import jsonld
from core.blocks import BodyStreamBlock
from core.choices import SUBDISTRICTS
from core.listing import select_field
from core.models import BasePage
from core.serializers import ImageRenditionField


class HomePage(BasePage):
    """The portal's front door; each content area adds its section here."""

    hero_title = models.CharField(
        "主标题", max_length=60, blank=True, help_text="首屏大字标题，留空时使用页面标题。"
    )
    hero_text = models.TextField(
        "首屏文字", max_length=300, blank=True, help_text="一两句话，说明网站能帮读者做什么。"
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="首屏图片",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="横幅图片，建议 1600×700 以上；请在图片库设置焦点。",
    )
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="首屏按钮链接",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="如：找阅读空间、本月书单。",
    )
    hero_link_label = models.CharField("首屏按钮文字", max_length=30, blank=True)

    # -- sections: chosen by editors, else the latest of each kind --------------------
    featured_campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name="首页活动",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="留空时自动显示正在进行（或即将开始）的活动。",
    )
    pinned_article = models.ForeignKey(
        "articles.ArticlePage",
        verbose_name="置顶文章",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="排在“最新资讯”第一位的文章；留空时按日期显示最新文章。",
    )
    article_count = models.PositiveSmallIntegerField(
        "资讯条数",
        default=4,
        validators=[MinValueValidator(0), MaxValueValidator(12)],
        help_text="首页显示几篇最新资讯（0–12），0 表示不显示。",
    )
    featured_book_list = models.ForeignKey(
        "recommendations.BookListPage",
        verbose_name="首页书单",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="留空时自动显示最新的推荐书单。",
    )
    featured_honour_roll = models.ForeignKey(
        "honours.HonourRollPage",
        verbose_name="首页光荣榜",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="留空时自动显示最新一年的光荣榜。",
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name="首页正文",
        blank=True,
        help_text="显示在各栏目之后的补充内容，可留空。",
    )

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_link"),
                FieldPanel("hero_link_label"),
            ],
            heading="首屏",
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("featured_campaign", "campaigns.CampaignPage"),
                PageChooserPanel("pinned_article", "articles.ArticlePage"),
                FieldPanel("article_count"),
                PageChooserPanel("featured_book_list", "recommendations.BookListPage"),
                PageChooserPanel("featured_honour_roll", "honours.HonourRollPage"),
            ],
            heading="首页栏目",
            help_text="各栏目留空时自动显示最新内容。",
        ),
        InlinePanel(
            "home_brands",
            label="阅读品牌",
            heading="首页阅读品牌",
            help_text="按顺序选择首页展示的品牌（最多 6 个）；留空时按名称显示前 6 个。",
            max_num=6,
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("hero_text")]
    api_fields = [
        *BasePage.api_fields,
        APIField("hero_title"),
        APIField("hero_text"),
        APIField("hero", serializer=ImageRenditionField("fill-1600x700", source="hero_image")),
        APIField("body"),
    ]

    # What the home template reads of the page itself, fetched with it (core.lookups keeps
    # the site root with these; get_translation_or_none joins them for other languages).
    select_with_page = ("social_image", "hero_image", "hero_link")

    class Meta:
        verbose_name = "首页"

    def get_main_image(self):
        return self.hero_image

    def get_translation_or_none(self, locale):
        # Routing starts from the site root in the reader's language (``localized``): fetch
        # it with what the home template reads instead of a query per foreign key.
        # get(), not first(): (translation_key, locale) is unique, and first() would order
        # by path, which costs Django a hash of every selected column.
        try:
            return HomePage.objects.select_related(*self.select_with_page).get(
                translation_key=self.translation_key, locale_id=getattr(locale, "pk", locale)
            )
        except HomePage.DoesNotExist:
            return None

    def get_json_ld(self, request):
        # The home page is the site itself: WebSite and Organization come from the share kit.
        return []

    def get_sections(self):
        """What the home page shows below the hero (home.sections)."""
        from home.sections import sections

        return sections(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_sections()
        # The reading-space finder's sub-district filter (spaces.filters), sent from here.
        context["subdistrict_field"] = select_field(
            "subdistrict", _("街道"), _("全部街道"), SUBDISTRICTS
        )
        return context


class HomeBrand(Orderable):
    """A reading brand chosen for the home page, in order."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="home_brands")
    brand = models.ForeignKey(
        "brands.ReadingBrandPage",
        verbose_name="阅读品牌",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="选择一个阅读品牌。",
    )

    panels = [PageChooserPanel("brand", "brands.ReadingBrandPage")]

    class Meta(Orderable.Meta):
        verbose_name = "首页阅读品牌"
        verbose_name_plural = "首页阅读品牌"


class StandardPage(BasePage):
    """About pages, privacy notices, policy documents."""

    body = StreamField(BodyStreamBlock(), verbose_name="正文", blank=True)
    document_number = models.CharField(
        "文号",
        max_length=60,
        blank=True,
        help_text="发布政策文件时填写，如：西政办发〔2017〕26 号。",
    )
    issuer = models.CharField("发文单位", max_length=100, blank=True)
    issued_on = models.DateField("成文日期", null=True, blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("document_number"), FieldPanel("issuer"), FieldPanel("issued_on")],
            heading="政策文件信息（可选）",
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("document_number"),
        index.FilterField("issued_on"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("body"),
        APIField("document_number"),
        APIField("issuer"),
        APIField("issued_on"),
    ]

    class Meta:
        verbose_name = "普通页面"

    def get_main_image(self):
        for block in self.body:
            if block.block_type == "image":
                return block.value["image"]
        return None

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        if self.document_number:
            data.append(
                {
                    "@context": jsonld.CONTEXT,
                    "@type": "DigitalDocument",
                    "name": self.title,
                    "identifier": self.document_number,
                    "author": {"@type": "GovernmentOrganization", "name": self.issuer}
                    if self.issuer
                    else None,
                    "dateCreated": self.issued_on.isoformat() if self.issued_on else None,
                    "url": self.get_full_url(request),
                    "inLanguage": self.locale.language_code,
                }
            )
        return data
