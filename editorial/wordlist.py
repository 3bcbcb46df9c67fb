"""The forbidden-words list editors keep (违禁词/敏感词), checked before anything is published."""

from django.db import models


class ForbiddenWord(models.Model):
    word = models.CharField("词语", max_length=50, unique=True)
    blocks_publishing = models.BooleanField(
        "禁止发布",
        default=False,
        help_text="勾选：含这个词的内容不能发布；不勾选：编辑确认后仍可发布（如“最佳”“第一”等需核实的用语）。",
    )
    reason = models.CharField(
        "原因与建议", max_length=200, blank=True, help_text="告诉编辑为什么要改、可以怎么改。"
    )

    # Among the editorial groups only moderators keep the list (editors must not be able to
    # remove a word to get their text through).
    editorial_snippet_groups = ("审核",)

    class Meta:
        verbose_name = "违禁词"
        verbose_name_plural = "违禁词"
        ordering = ["word"]

    def __str__(self):
        return self.word
