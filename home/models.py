from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.search import index

from core import jsonld
from core.blocks import BodyStreamBlock
from core.models import BasePage


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

    class Meta:
        verbose_name = "首页"

    def get_main_image(self):
        return self.hero_image

    def get_json_ld(self, request):
        # The home page is the site itself: WebSite and Organization come from the share kit.
        return []


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
