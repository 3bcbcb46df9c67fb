"""A resident's booking of places at one occurrence: confirmed, waiting or cancelled.

Personal data (name, mobile, e-mail, answers) is seen only by the 活动组织 group and
administrators, masked in lists, and wiped ``BOOKING_RETENTION_DAYS`` after the event by
``manage.py purge_bookings``; the row stays (anonymised) so attendance figures remain.
"""

import secrets

from django.conf import settings
from django.core import signing
from django.db import models
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext_lazy as _

from core.models import SampleMixin

# No 0/O, 1/I/L: a code read out at the door or typed on a phone is not misread.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6
TOKEN_SALT = "events.booking.manage"


def new_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class Booking(SampleMixin, models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("预约成功")
        WAITING = "waiting", _("候补中")
        CANCELLED = "cancelled", _("已取消")

    occurrence = models.ForeignKey(
        "events.Occurrence",
        verbose_name="场次",
        on_delete=models.CASCADE,
        related_name="bookings",
    )
    code = models.CharField("预约码", max_length=12, unique=True, default=new_code)
    status = models.CharField(
        "状态", max_length=10, choices=Status.choices, default=Status.CONFIRMED
    )
    places = models.PositiveSmallIntegerField("名额", default=1)
    name = models.CharField("姓名", max_length=40, blank=True)
    phone = models.CharField("手机号", max_length=11, blank=True)
    email = models.EmailField("电子邮箱", blank=True)
    answers = models.JSONField("附加问题回答", default=list, blank=True)
    language = models.CharField("语言", max_length=10, default="zh-hans")
    created_at = models.DateTimeField("预约时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)
    promoted_at = models.DateTimeField("候补转正时间", null=True, blank=True)
    cancelled_at = models.DateTimeField("取消时间", null=True, blank=True)
    attended_at = models.DateTimeField("签到时间", null=True, blank=True)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="签到人员",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reminded_at = models.DateTimeField("提醒发送时间", null=True, blank=True)
    notified_status = models.CharField(
        "已通知的活动状态", max_length=12, blank=True, help_text="取消、延期通知只发一次。"
    )
    anonymised_at = models.DateTimeField("个人信息删除时间", null=True, blank=True)

    class Meta:
        verbose_name = "活动预约"
        verbose_name_plural = "活动预约"
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["occurrence", "status", "created_at"])]
        permissions = [("export_booking", "可导出活动预约名单")]

    def __str__(self):
        return f"{self.code} · {self.get_status_display()}"

    @property
    def is_active(self):
        return self.status != self.Status.CANCELLED

    @property
    def token(self):
        """``<code>-<HMAC signature>``: the manage link's last segment (Wagtail's page URLs
        allow only letters, digits, _ and -, so not Signer's ``:`` separator)."""
        return f"{self.code}-{signing.Signer(salt=TOKEN_SALT).signature(self.code)}"

    @staticmethod
    def code_from_token(token):
        """The booking code in a manage link, or None when the link was altered."""
        code, _sep, signature = (token or "").partition("-")
        expected = signing.Signer(salt=TOKEN_SALT).signature(code)
        return code if code and constant_time_compare(signature, expected) else None

    def waiting_position(self):
        if self.status != self.Status.WAITING:
            return None
        ahead = Booking.objects.filter(
            models.Q(created_at__lt=self.created_at)
            | models.Q(created_at=self.created_at, pk__lt=self.pk),
            occurrence_id=self.occurrence_id,
            status=self.Status.WAITING,
        )
        return ahead.count() + 1
