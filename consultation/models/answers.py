"""The answer to a message: drafted by the 答复 group, approved through the 审核发布 workflow."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index


class Answer(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    models.Model,
):
    message = models.OneToOneField(
        "consultation.Message",
        verbose_name="留言",
        on_delete=models.CASCADE,
        related_name="answer",
        help_text="要答复的留言。",
    )
    unit = models.CharField(
        "答复单位",
        max_length=60,
        default="西城区文化和旅游局",
        help_text="以单位名义答复，如“西城区第一图书馆”，不写个人姓名。",
    )
    body = models.TextField(
        "答复内容",
        max_length=3000,
        help_text="直接回答居民的问题：办理方法、时间地点、联系渠道（只写单位电话）。空一行分段。",
    )

    notified_at = models.DateTimeField("已通知留言人", null=True, blank=True, editable=False)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="consultation_answer")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="consultation_answer",
        for_concrete_model=False,
    )

    # Only published answers to public questions are indexed; the asker's name and contact
    # details are never indexed (they are not search fields).
    search_fields = [
        index.SearchField("body"),
        index.SearchField("unit"),
        index.RelatedFields("message", [index.SearchField("title"), index.SearchField("text")]),
        index.FilterField("live"),
    ]

    # Editors (编辑) get no rights on answers: only the 审核 group among the editorial groups
    # (see editorial.signals); the 答复 group's rights come from this app's migration.
    editorial_snippet_groups = ("审核",)
    # editorial.prepublish checks the answer (and the question shown with it) for phone
    # numbers, ID numbers and forbidden words before it is published or submitted.
    content_check = True

    class Meta:
        verbose_name = "答复"
        verbose_name_plural = "答复"

    def __str__(self):
        return f"答复：{self.message.title}" if self.message_id else "答复"

    @property
    def revisions(self):
        return self._revisions

    @classmethod
    def get_indexed_objects(cls):
        return (
            super()
            .get_indexed_objects()
            .filter(live=True, message__keep_private=False)
            .select_related("message")
        )

    def get_preview_template(self, request, mode_name):
        return "consultation/answer_preview.html"

    @property
    def status_label(self):
        if self.live:
            return "已发布（有未发布的修改）" if self.has_unpublished_changes else "已发布"
        return "未发布（草稿或审核中）"

    def paragraphs(self):
        return [part.strip() for part in self.body.split("\n\n") if part.strip()]
