"""The userbar's accessibility checker, tuned to what editors control: the page content."""

from wagtail.admin.userbar import ContentCheckerItem


class EditorAccessibilityItem(ContentCheckerItem):
    """Checks only <main> (the header, menus and footer are the developers' job), with the
    rules an editor can act on: headings, image alt text, link and button text, tables,
    embedded frames and the search description. Messages are in Chinese."""

    axe_include = ["main"]

    axe_run_only = [
        "empty-heading",
        "heading-order",
        "p-as-heading",
        "image-alt",
        "image-redundant-alt",
        "alt-text-quality",
        "link-name",
        "button-name",
        "input-button-name",
        "empty-table-header",
        "frame-title",
        "empty-meta-description",
    ]

    axe_messages = {
        "empty-heading": {
            "error_name": "标题是空的",
            "help_text": "删除空标题，或填写有意义的文字，读屏软件用户靠标题浏览页面。",
        },
        "heading-order": {
            "error_name": "标题层级跳级",
            "help_text": "正文标题从“二级标题”开始，依次使用，不要从二级直接跳到四级。",
        },
        "p-as-heading": {
            "error_name": "用加粗段落充当标题",
            "help_text": "请改用正文中的“标题”块，而不是把段落加粗。",
        },
        "image-alt": {
            "error_name": "图片缺少替代文字",
            "help_text": "在图片库中为图片填写“描述”，说明图片内容；纯装饰图片请勿放在正文中。",
        },
        "image-redundant-alt": {
            "error_name": "图片替代文字与旁边文字重复",
            "help_text": "替代文字应补充图片传达的信息，不要照抄标题或说明。",
        },
        "alt-text-quality": {
            "error_name": "图片替代文字像文件名",
            "help_text": "不要使用“IMG_0001.jpg”之类的文件名，请用一句话描述图片内容。",
        },
        "link-name": {
            "error_name": "链接没有文字",
            "help_text": "链接文字要说明去向，如“下载活动报名表”，避免“点击这里”。",
        },
        "button-name": {
            "error_name": "按钮没有文字",
            "help_text": "按钮上要有说明其作用的文字。",
        },
        "input-button-name": {
            "error_name": "表单按钮没有文字",
            "help_text": "按钮上要有说明其作用的文字。",
        },
        "empty-table-header": {
            "error_name": "表格表头是空的",
            "help_text": "为每一列表头填写文字，读屏软件会逐格朗读。",
        },
        "frame-title": {
            "error_name": "嵌入内容缺少标题",
            "help_text": "为嵌入的视频或地图填写标题。",
        },
        "empty-meta-description": {
            "error_name": "缺少搜索描述",
            "help_text": "在“推广”标签页填写“搜索描述”，或在页面中填写导语。",
        },
    }


def use_editor_checker(request, items, page=None):
    """Replace Wagtail's default checker in the userbar with the editors' one."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, EditorAccessibilityItem):
            items[index] = EditorAccessibilityItem(in_editor=getattr(item, "in_editor", False))
