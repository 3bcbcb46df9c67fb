"""Reading brands (阅读品牌): recurring reading programmes and the index that lists them."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from brands.blocks import PartnerStreamBlock
from core import jsonld
from core.blocks import BodyStreamBlock
from core.image_renditions import attach_renditions, with_renditions
from core.listing import paginate
from core.models import BasePage, SampleMixin
from core.queries import chosen_in_language, in_language
from core.serializers import ImageRenditionField
from core.visibility import public_pages
from events.queries import upcoming_events


class ReadingBrandIndexPage(BasePage):
    """阅读品牌 — lists every brand, newest founded last."""

    body = StreamField(
        BodyStreamBlock(),
        verbose_name="正文",
        blank=True,
        help_text="品牌列表之后的补充说明，可留空。",
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["brands.ReadingBrandPage"]
    max_count_per_parent = 1

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    class Meta:
        verbose_name = "阅读品牌目录"

    def get_brands(self):
        return (
            public_pages(ReadingBrandPage.objects)
            .child_of(self)
            .select_related("logo", "listing_image")
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        brands = paginate(request, self.get_brands(), per_page=24)
        with_renditions(brands, "logo", "listing_image")
        context["brands"] = brands
        return context


class ReadingBrandPage(SampleMixin, BasePage):
    """One reading brand: who runs it, with whom, since when; its book lists, articles and events."""

    SCHEMA_TYPES = [
        ("EventSeries", "系列活动（EventSeries）"),
        ("Organization", "组织（Organization）"),
    ]

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="品牌标识",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="品牌 Logo 或主视觉，建议方形或 3:2，600 像素以上。",
    )
    slogan = models.CharField(
        "口号", max_length=60, blank=True, help_text="一句话的品牌口号，如：“让阅读走进每个家庭”。"
    )
    organiser = models.CharField("主办单位", max_length=100, help_text="品牌的主办或运营单位全称。")
    partners = StreamField(
        PartnerStreamBlock(),
        verbose_name="合作单位",
        blank=True,
        help_text="协办、支持单位，按显示顺序添加。",
    )
    year_founded = models.PositiveSmallIntegerField(
        "创立年份",
        null=True,
        blank=True,
        validators=[MinValueValidator(1949), MaxValueValidator(2100)],
        help_text="四位数年份，如 2017；不确定时留空。",
    )
    website = models.URLField(
        "官方网址", blank=True, help_text="品牌自己的网站或公众号文章链接，可留空。"
    )
    description = StreamField(
        BodyStreamBlock(),
        verbose_name="品牌介绍",
        blank=True,
        help_text="品牌的由来、历史、主要活动形式和参与方式。",
    )
    schema_type = models.CharField(
        "结构化数据类型",
        max_length=20,
        choices=SCHEMA_TYPES,
        default="EventSeries",
        help_text="以系列活动为主的品牌选“系列活动”；以机构为主的选“组织”。供搜索引擎识别。",
    )

    # Joined when a request is routed to the page (core BasePage.route).
    select_with_page = ("social_image", "logo")
    parent_page_types = ["brands.ReadingBrandIndexPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("logo"),
                FieldPanel("slogan"),
                FieldPanel("organiser"),
                FieldPanel("year_founded"),
                FieldPanel("website"),
            ],
            heading="品牌信息",
        ),
        FieldPanel("partners"),
        FieldPanel("description"),
        InlinePanel("gallery_images", label="图集", heading="图集"),
        InlinePanel(
            "book_list_links",
            label="书单",
            heading="品牌书单",
            help_text="这个品牌编选或推荐的书单，按显示顺序添加。",
        ),
        MultiFieldPanel([FieldPanel("schema_type"), FieldPanel("is_sample")], heading="其他"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("slogan"),
        index.SearchField("organiser"),
        index.SearchField("description"),
        index.FilterField("year_founded"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("logo", serializer=ImageRenditionField("fill-600x600")),
        APIField("slogan"),
        APIField("organiser"),
        APIField("partners"),
        APIField("year_founded"),
        APIField("website"),
        APIField("description"),
        APIField("gallery_images"),
        APIField("book_list_links"),
        APIField("is_sample"),
    ]

    # What the API fields read for every brand of a listing.
    api_prefetch_related = ("gallery_images__image", "book_list_links__book_list")

    class Meta:
        verbose_name = "阅读品牌"
        verbose_name_plural = "阅读品牌"

    def get_main_image(self):
        return self.logo

    def partner_names(self):
        return [block.value["name"] for block in self.partners if block.block_type == "partner"]

    def get_articles(self, limit=6):
        """The latest live articles that name this brand (``ArticlePage.brand``)."""
        from articles.queries import articles_about_brand

        return articles_about_brand(self, limit)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        gallery = list(self.gallery_images.select_related("image"))
        # The logo's and the gallery's renditions: from the cache, at most one query.
        attach_renditions([self.logo, *(item.image for item in gallery)])
        context["gallery"] = gallery
        context["articles"] = self.get_articles()
        context["book_lists"] = self.get_book_lists()
        context["events"] = upcoming_events(brand=self, limit=6)
        return context

    def get_book_lists(self):
        """The live book lists chosen on this page, in order, with their cover images; on a
        translated brand page, their translations where there are (a copy keeps the links).
        One query."""
        from django.db.models import OuterRef, QuerySet, Subquery

        links = self.book_list_links.all()
        if not isinstance(links, QuerySet):  # a preview: the links are in memory
            lists = [link.book_list for link in links if link.book_list.live]
            return in_language(lists, self.locale_id, select_related=("image", "listing_image"))
        position = Subquery(
            BrandBookList.objects.filter(page_id=self.pk, book_list_id=OuterRef("pk"))
            .order_by("sort_order")
            .values("sort_order")[:1]
        )
        model = BrandBookList._meta.get_field("book_list").related_model
        return chosen_in_language(
            model.objects.live().filter(pk__in=links.values("book_list_id")),
            self.locale_id,
            select_related=("image", "listing_image"),
            annotate={"link_position": position},
            order_by=("link_position",),
        )

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        organiser = {"@type": "Organization", "name": self.organiser} if self.organiser else None
        partners = [{"@type": "Organization", "name": name} for name in self.partner_names()]
        item = {
            "@context": jsonld.CONTEXT,
            "@type": self.schema_type,
            "name": self.title,
            "description": self.get_meta_description(),
            "url": self.get_full_url(request),
            "slogan": self.slogan if self.schema_type == "Organization" else None,
            "logo": jsonld.image_object(self.logo, request, "fill-600x600")
            if self.schema_type == "Organization"
            else None,
            "image": jsonld.image_object(self.logo, request, "fill-1200x630")
            if self.schema_type == "EventSeries"
            else None,
            "inLanguage": self.locale.language_code,
        }
        if self.schema_type == "Organization":
            item["foundingDate"] = str(self.year_founded) if self.year_founded else None
            item["parentOrganization"] = organiser
            item["member"] = partners
        else:
            item["organizer"] = organiser
            item["sponsor"] = partners
            item["startDate"] = str(self.year_founded) if self.year_founded else None
        data.append(item)
        return data


class BrandBookList(Orderable):
    page = ParentalKey(ReadingBrandPage, on_delete=models.CASCADE, related_name="book_list_links")
    book_list = models.ForeignKey(
        "recommendations.BookListPage",
        verbose_name="书单",
        on_delete=models.CASCADE,
        related_name="brand_links",
        help_text="选择一份推荐书单。",
    )

    panels = [PageChooserPanel("book_list", "recommendations.BookListPage")]
    api_fields = [APIField("book_list")]

    class Meta(Orderable.Meta):
        verbose_name = "品牌书单"
        verbose_name_plural = "品牌书单"


class BrandGalleryImage(Orderable):
    page = ParentalKey(ReadingBrandPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="图片",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="活动现场或品牌视觉图片；请在图片库填写替代文字并设置焦点。",
    )
    caption = models.CharField("图注", max_length=200, blank=True, help_text="一句话说明图片内容。")

    panels = [FieldPanel("image"), FieldPanel("caption")]
    api_fields = [
        APIField("image", serializer=ImageRenditionField("fill-800x600")),
        APIField("caption"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "图集图片"
        verbose_name_plural = "图集"
