"""What the health monitor stores: freshness limits per section type and link-check results."""

from django.db import models


def page_type_choices():
    from wagtail.models import get_page_models

    return sorted(
        (model._meta.label_lower, str(model._meta.verbose_name))
        for model in get_page_models()
        if model._meta.app_label != "wagtailcore"
    )


class FreshnessLimit(models.Model):
    page_type = models.CharField(
        "栏目类型",
        max_length=100,
        unique=True,
        help_text="这一类栏目页（如首页、资讯目录）下面多久必须有更新。",
    )
    max_days = models.PositiveSmallIntegerField(
        "更新期限（天）",
        default=14,
        help_text="政府网站要求：首页和新闻栏目 14 天内更新，通知公告、政策文件类 180 天内更新。",
    )

    class Meta:
        verbose_name = "栏目更新期限"
        verbose_name_plural = "栏目更新期限"
        ordering = ["max_days", "page_type"]

    def __str__(self):
        return f"{self.page_type_label()}：{self.max_days} 天"

    def page_type_label(self):
        return dict(page_type_choices()).get(self.page_type, self.page_type)


class LinkCheckRun(models.Model):
    started_at = models.DateTimeField("开始时间")
    finished_at = models.DateTimeField("结束时间", null=True, blank=True)
    pages = models.PositiveIntegerField("检查页面数", default=0)
    links = models.PositiveIntegerField("检查链接数", default=0)
    broken = models.PositiveIntegerField("失效链接数", default=0)
    skipped = models.PositiveIntegerField("超出本次上限未检查", default=0)

    class Meta:
        verbose_name = "链接检查记录"
        verbose_name_plural = "链接检查记录"
        ordering = ["-started_at"]
        get_latest_by = "started_at"

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M}"


class LinkProblem(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="页面", on_delete=models.CASCADE, related_name="+"
    )
    url = models.CharField("链接", max_length=2000)
    location = models.CharField("位置", max_length=300, blank=True)
    internal = models.BooleanField("站内链接", default=False)
    status = models.PositiveSmallIntegerField("HTTP 状态", null=True, blank=True)
    error = models.CharField("问题", max_length=300, blank=True)
    first_seen_at = models.DateTimeField("首次发现")
    checked_at = models.DateTimeField("最近检查")

    class Meta:
        verbose_name = "失效链接"
        verbose_name_plural = "失效链接"
        ordering = ["page_id", "url"]

    def __str__(self):
        return self.url

    def problem(self):
        if self.status:
            return f"HTTP {self.status}"
        return self.error
