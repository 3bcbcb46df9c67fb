"""Menus are translatable snippets, so the English site gets translated labels and pages."""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin


class MenuPageBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label="页面")
    label = blocks.CharBlock(
        label="显示文字", required=False, max_length=30, help_text="留空时使用页面标题。"
    )

    class Meta:
        icon = "doc-empty"
        label = "站内页面"


class MenuLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label="网址")
    label = blocks.CharBlock(label="显示文字", max_length=30)

    class Meta:
        icon = "link"
        label = "外部链接"


class Menu(TranslatableMixin, models.Model):
    name = models.CharField("名称", max_length=60, help_text="仅在后台区分菜单，如：主导航。")
    items = StreamField(
        [("page", MenuPageBlock()), ("link", MenuLinkBlock())],
        verbose_name="菜单项",
        blank=True,
        help_text="按显示顺序排列；手机上会换行显示，建议不超过 8 项。",
    )

    panels = [FieldPanel("name"), FieldPanel("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "菜单"
        verbose_name_plural = "菜单"

    def __str__(self):
        return self.name

    def get_links(self):
        """The menu as (label, url) pairs; pages that are not live are left out."""
        links = []
        for item in self.items:
            if item.block_type == "page":
                page = item.value["page"]
                if page is None or not page.live:
                    continue
                links.append(
                    {
                        "label": item.value["label"] or page.title,
                        "url": page.url,
                        "page_id": page.id,
                    }
                )
            else:
                links.append(
                    {"label": item.value["label"], "url": item.value["url"], "page_id": None}
                )
        return links
