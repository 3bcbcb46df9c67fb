"""Questions an organiser adds to an event's booking form (beyond name, mobile and places)."""

from wagtail import blocks


class TextQuestionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label="问题", max_length=80, help_text="如：孩子的年龄。")
    help_text = blocks.CharBlock(label="填写提示", max_length=120, required=False)
    required = blocks.BooleanBlock(label="必答", required=False, default=False)

    class Meta:
        icon = "pilcrow"
        label = "填空题"


class ChoiceQuestionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label="问题", max_length=80, help_text="如：是否需要无障碍座位？")
    choices = blocks.ListBlock(
        blocks.CharBlock(label="选项", max_length=40), label="选项", min_num=2, max_num=10
    )
    help_text = blocks.CharBlock(label="填写提示", max_length=120, required=False)
    required = blocks.BooleanBlock(label="必答", required=False, default=False)

    class Meta:
        icon = "list-ul"
        label = "单选题"


class QuestionStreamBlock(blocks.StreamBlock):
    text = TextQuestionBlock()
    choice = ChoiceQuestionBlock()

    class Meta:
        max_num = 5
