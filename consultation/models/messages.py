"""A resident's question (留言). Contact details are personal data: only the 答复 group sees them."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone

from core.models import SampleMixin
from core.privacy import mask_name

MOBILE_VALIDATOR = RegexValidator(
    r"^1[3-9]\d{9}$", "请填写 11 位中国大陆手机号码，如 13800000000。"
)


class MessageCategory(models.TextChoices):
    LENDING = "lending", "借阅服务"
    SPACES = "spaces", "阅读空间"
    EVENTS = "events", "阅读活动"
    BOOKS = "books", "图书推荐"
    CAMPAIGNS = "campaigns", "书香家庭与评选"
    SUGGESTION = "suggestion", "意见建议"
    OTHER = "other", "其他"


class MessageQuerySet(models.QuerySet):
    def public_answered(self):
        """Questions whose answer is published and which the asker did not keep private."""
        return (
            self.filter(keep_private=False, answer__live=True)
            .select_related("answer")
            .order_by("-answer__first_published_at", "-pk")
        )

    def unanswered(self):
        """No published answer yet (a draft or an answer in moderation still counts)."""
        return self.filter(
            models.Q(answer__isnull=True) | models.Q(answer__first_published_at__isnull=True)
        )


class Message(SampleMixin, models.Model):
    category = models.CharField(
        "类别", max_length=16, choices=MessageCategory.choices, default=MessageCategory.OTHER
    )
    title = models.CharField("标题", max_length=60)
    text = models.TextField(
        "留言内容",
        max_length=2000,
        help_text="公开前可删去留言中的个人信息（电话、住址等）；答复发布时会检查。",
    )
    name = models.CharField("姓名", max_length=30)
    mobile = models.CharField("手机号码", max_length=11, blank=True, validators=[MOBILE_VALIDATOR])
    email = models.EmailField("电子邮箱", blank=True)
    keep_private = models.BooleanField(
        "不公开",
        default=False,
        help_text="留言人选择不公开：答复只通过电子邮件发送，不在网站上显示。",
    )
    consent_at = models.DateTimeField("同意个人信息保护说明的时间", null=True, blank=True)
    received_at = models.DateTimeField("收到时间", default=timezone.now, db_index=True)
    personal_data_purged_at = models.DateTimeField(
        "联系方式删除时间",
        null=True,
        blank=True,
        help_text="答复后按保存期限删除手机号码和邮箱、姓名只留首字。",
    )

    objects = MessageQuerySet.as_manager()

    class Meta:
        verbose_name = "留言"
        verbose_name_plural = "留言"
        ordering = ["-received_at", "-pk"]

    def __str__(self):
        return f"#{self.pk} {self.title}"

    @property
    def masked_name(self):
        return mask_name(self.name)

    @property
    def received_date(self):
        return timezone.localdate(self.received_at)

    @property
    def published_answer(self):
        """The answer if it is live, else None (no query when fetched with select_related)."""
        try:
            answer = self.answer
        except models.ObjectDoesNotExist:
            return None
        return answer if answer.live else None

    @property
    def answered_date(self):
        try:
            answer = self.answer
        except models.ObjectDoesNotExist:
            return None
        if answer.first_published_at is None:
            return None
        return timezone.localdate(answer.first_published_at)
