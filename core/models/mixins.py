"""One small mixin per concern, combined on the abstract BasePage (as wagtail.org does)."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class SocialFieldsMixin(models.Model):
    """What a page looks like when shared into WeChat, Weibo or a chat."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="分享图片",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="分享到微信、微博时显示的图片，会裁切为 1200×630；留空时依次使用页面主图、站点默认分享图。",
    )
    social_text = models.CharField(
        "分享摘要",
        max_length=255,
        blank=True,
        help_text="分享卡片上的一两句话；留空时使用搜索描述或导语。",
    )

    panels = [
        MultiFieldPanel([FieldPanel("social_image"), FieldPanel("social_text")], heading="分享卡片")
    ]

    class Meta:
        abstract = True


class ListingFieldsMixin(models.Model):
    """How a page appears in lists, cards and search results."""

    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="列表图片",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="在列表和卡片中显示；留空时使用页面主图。",
    )
    listing_title = models.CharField(
        "列表标题",
        max_length=120,
        blank=True,
        help_text="在列表和卡片中替代页面标题，适合较短的写法。",
    )
    listing_summary = models.CharField(
        "列表摘要",
        max_length=255,
        blank=True,
        help_text="在列表和卡片中显示的一两句话；留空时使用导语。",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("listing_image"),
                FieldPanel("listing_title"),
                FieldPanel("listing_summary"),
            ],
            heading="列表展示",
        )
    ]

    class Meta:
        abstract = True
