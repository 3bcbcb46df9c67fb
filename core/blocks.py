"""The block set shared by every page with a body: editors choose blocks, never paste HTML."""

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="标题文字", max_length=120)
    level = blocks.ChoiceBlock(
        label="级别",
        choices=[("h2", "二级标题"), ("h3", "三级标题"), ("h4", "四级标题")],
        default="h2",
        help_text="按文章层级选择；页面标题已是一级标题。",
    )

    def get_searchable_content(self, value):
        # Only the words: the level's label ("二级标题") is not content.
        return [value["text"]]

    class Meta:
        icon = "title"
        label = "小标题"
        template = "core/blocks/heading.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(
        label="图片",
        help_text="在图片库中设置焦点，裁切时会保留焦点区域；请填写替代文字，读屏软件会朗读。",
    )
    caption = blocks.CharBlock(label="图注", required=False, max_length=200)
    attribution = blocks.CharBlock(label="图片来源", required=False, max_length=100)

    class Meta:
        icon = "image"
        label = "图片"
        template = "core/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="引文", max_length=600)
    attribution = blocks.CharBlock(label="出处", required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = "引文"
        template = "core/blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="文件")
    label = blocks.CharBlock(
        label="链接文字", required=False, max_length=120, help_text="留空时使用文件标题。"
    )

    class Meta:
        icon = "doc-full"
        label = "文件下载"
        template = "core/blocks/document_link.html"


class CaptionedEmbedBlock(blocks.StructBlock):
    embed = EmbedBlock(label="嵌入地址", help_text="粘贴视频或内容页面的网址，如哔哩哔哩视频链接。")
    caption = blocks.CharBlock(label="说明", required=False, max_length=200)

    class Meta:
        icon = "media"
        label = "嵌入媒体"
        template = "core/blocks/embed.html"


class CaptionedTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label="表格标题", required=False, max_length=120)
    table = TableBlock(
        label="表格",
        table_options={"startRows": 3, "startCols": 3, "renderer": "text", "autoColumnSize": False},
        help_text="第一行可设为表头；请勿把表格用于排版。",
    )

    class Meta:
        icon = "table"
        label = "表格"
        template = "core/blocks/table.html"


class BodyStreamBlock(blocks.StreamBlock):
    """Heading, paragraph, image, quote, embed, table and document link."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label="段落",
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="core/blocks/paragraph.html",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = CaptionedEmbedBlock()
    table = CaptionedTableBlock()
    document = DocumentLinkBlock()

    class Meta:
        label = "正文"
