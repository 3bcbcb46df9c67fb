"""Blocks of the recommendations area: where to borrow a book."""

from wagtail import blocks


class ExternalBorrowLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label="名称",
        max_length=80,
        help_text="如：首都图书馆馆藏查询、西城区图书馆数字资源。",
    )
    url = blocks.URLBlock(label="网址", help_text="以 https:// 开头的完整网址。")
    note = blocks.CharBlock(
        label="说明", required=False, max_length=120, help_text="可选，如：可预约、有电子版。"
    )

    class Meta:
        icon = "link-external"
        label = "外部链接"


class PageBorrowLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        label="站内页面", help_text="选择本站页面，如某个阅读空间或图书馆介绍页。"
    )
    label = blocks.CharBlock(
        label="链接文字", required=False, max_length=80, help_text="留空时使用页面标题。"
    )
    note = blocks.CharBlock(label="说明", required=False, max_length=120)

    class Meta:
        icon = "doc-empty"
        label = "站内页面"


class ReadingSpaceBorrowBlock(blocks.StructBlock):
    space = blocks.PageChooserBlock(
        label="阅读空间",
        page_type="spaces.ReadingSpacePage",
        help_text="可以借到或读到这本书的阅读空间；页面会显示地址和当前是否开放。",
    )
    note = blocks.CharBlock(
        label="说明", required=False, max_length=120, help_text="可选，如：二层文学区、可预约。"
    )

    class Meta:
        icon = "home"
        label = "阅读空间"


class BorrowStreamBlock(blocks.StreamBlock):
    """Where residents can borrow or read the book: a reading space, a page, or a link."""

    space = ReadingSpaceBorrowBlock()
    link = ExternalBorrowLinkBlock()
    page = PageBorrowLinkBlock()

    class Meta:
        label = "借阅渠道"
        max_num = 10
