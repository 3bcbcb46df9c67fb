"""大家常搜: the search terms editors choose to suggest, never what residents typed.

Residents' queries are counted (search.stats) for the admin's 搜索词 report only; a term
appears on the public search page once an editor adds it here.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale


def default_locale():
    return Locale.get_default().pk


class PopularSearchTerm(models.Model):
    term = models.CharField(
        "搜索词",
        max_length=30,
        help_text="显示在搜索页“大家常搜”中的词，如“亲子阅读”“24 小时书房”。"
        "可参考 报告 → 搜索词 中居民常搜的内容，但不要照抄其中的电话、姓名等个人信息。",
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name="语言",
        on_delete=models.CASCADE,
        related_name="+",
        default=default_locale,
        help_text="只在这种语言的搜索页显示。",
    )
    sort_order = models.PositiveSmallIntegerField("排序", default=0, help_text="数字小的排在前面。")
    shown = models.BooleanField("显示", default=True, help_text="取消勾选即可暂时不显示。")

    panels = [
        FieldPanel("term"),
        FieldPanel("locale"),
        FieldPanel("sort_order"),
        FieldPanel("shown"),
    ]

    class Meta:
        verbose_name = "常搜词"
        verbose_name_plural = "大家常搜"
        ordering = ["locale", "sort_order", "term"]
        constraints = [
            models.UniqueConstraint(fields=["term", "locale"], name="search_unique_popular_term")
        ]

    def __str__(self):
        return self.term


def popular_terms(locale, exclude="", limit=6):
    """The editors' terms for this language, in their order (one query)."""
    terms = PopularSearchTerm.objects.filter(locale=locale, shown=True).values_list(
        "term", flat=True
    )
    return [term for term in terms[: limit + 1] if term != exclude][:limit]
