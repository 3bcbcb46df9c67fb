"""数据开放: the programme's figures as charts with tables, and open-data downloads."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField

from core.blocks import BodyStreamBlock
from core.models import BasePage

CC_BY = "https://creativecommons.org/licenses/by/4.0/deed.zh-hans"


class OpenDataPage(BasePage):
    licence_name = models.CharField(
        "许可协议",
        max_length=120,
        default="知识共享署名 4.0 国际许可协议（CC BY 4.0）",
        help_text="开放数据的使用许可，如 CC BY 4.0：可自由使用，须注明来源。",
    )
    licence_url = models.URLField(
        "许可协议网址", default=CC_BY, blank=True, help_text="许可协议全文的网址。"
    )
    attribution = models.CharField(
        "署名要求",
        max_length=200,
        default="数据来源：书香西城（北京市西城区全民阅读服务平台）",
        help_text="使用数据时应注明的来源文字。",
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name="说明",
        blank=True,
        help_text="数据口径、更新频率、联系方式等补充说明，显示在页面末尾。",
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["stats.AnnualReportPage", "stats.SurveyResultsPage"]
    max_count_per_parent = 1

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("licence_name"), FieldPanel("licence_url"), FieldPanel("attribution")],
            heading="开放数据许可",
        ),
        FieldPanel("body"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("licence_name"),
        APIField("licence_url"),
        APIField("attribution"),
        APIField("downloads"),
    ]

    class Meta:
        verbose_name = "数据开放"
        verbose_name_plural = "数据开放"

    @property
    def downloads(self):
        """The datasets with their download URLs (for the template and the API)."""
        from stats.opendata import dataset_links

        return dataset_links()

    def get_context(self, request, *args, **kwargs):
        from stats.views.public import figures_context

        context = super().get_context(request, *args, **kwargs)
        context.update(figures_context(request))
        return context
