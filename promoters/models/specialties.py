from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Specialty(index.Indexed, models.Model):
    """A field of reading promotion a promoter works in (亲子阅读, 经典诵读 …); editors keep the list."""

    name = models.CharField(
        "专长名称", max_length=30, unique=True, help_text="如：亲子阅读、经典诵读。"
    )
    slug = models.SlugField(
        "网址标识",
        max_length=40,
        unique=True,
        help_text="用于目录筛选的英文标识，如 family-reading；只用小写字母、数字和连字符。",
    )
    sort_order = models.PositiveSmallIntegerField(
        "排序", default=100, help_text="数字小的排在前面。"
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "推广专长"
        verbose_name_plural = "推广专长"

    def __str__(self):
        return self.name
