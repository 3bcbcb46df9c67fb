"""Blocks for reading brands: the partners an editor lists on a brand page."""

from wagtail import blocks


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="合作单位名称", max_length=100)
    role = blocks.CharBlock(
        label="合作内容",
        required=False,
        max_length=60,
        help_text="如：协办、场地支持、图书支持；可留空。",
    )
    url = blocks.URLBlock(label="网址", required=False, help_text="合作单位的官方网站，可留空。")

    class Meta:
        icon = "group"
        label = "合作单位"
        template = "brands/blocks/partner.html"


class PartnerStreamBlock(blocks.StreamBlock):
    partner = PartnerBlock()

    class Meta:
        label = "合作单位"
