"""年度报告: a year's figures, frozen into the page, with the editor's narrative between them.

When the page is created (or the editor changes the year, or ticks 重新计算数据) the
year's figures are computed and stored as JSON in ``snapshot``. The snapshot is part of
every revision, so a published report keeps its numbers however the data changes later.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone, translation
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField

from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage

NARRATIVE_HELP = "这一部分的文字说明：工作进展、亮点和不足，显示在本部分图表之前。"


def default_year():
    return timezone.localdate().year - 1


class AnnualReportPage(BasePage):
    year = models.PositiveSmallIntegerField(
        "报告年度",
        default=default_year,
        validators=[MinValueValidator(2017), MaxValueValidator(2100)],
        help_text="选择年度后保存，页面会自动填入该年度的统计数据和图表。",
    )
    refresh_snapshot = models.BooleanField(
        "重新计算数据",
        default=False,
        help_text="勾选后保存，会用当前数据重新生成本报告的统计数据。已发布的报告请谨慎使用。",
    )
    snapshot = models.JSONField("统计数据快照", default=dict, blank=True, editable=False)
    snapshot_taken_at = models.DateTimeField("数据生成时间", null=True, blank=True, editable=False)
    summary = RichTextField(
        "总述", features=RICH_TEXT_FEATURES, blank=True, help_text="报告开头的总体概述。"
    )
    facilities_text = RichTextField(
        "设施网络", features=RICH_TEXT_FEATURES, blank=True, help_text=NARRATIVE_HELP
    )
    social_text = RichTextField(
        "社会化发展", features=RICH_TEXT_FEATURES, blank=True, help_text=NARRATIVE_HELP
    )
    talent_text = RichTextField(
        "人才培养", features=RICH_TEXT_FEATURES, blank=True, help_text=NARRATIVE_HELP
    )
    brands_text = RichTextField(
        "阅读品牌", features=RICH_TEXT_FEATURES, blank=True, help_text=NARRATIVE_HELP
    )
    satisfaction_text = RichTextField(
        "满意度", features=RICH_TEXT_FEATURES, blank=True, help_text=NARRATIVE_HELP
    )

    parent_page_types = ["stats.OpenDataPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("year"),
                FieldPanel("refresh_snapshot"),
                HelpPanel(
                    content="统计数据在创建页面或更换年度时自动生成，并随页面一起保存、发布；"
                    "之后数据再变化，已发布的报告也不会改变。"
                ),
            ],
            heading="报告年度与数据",
        ),
        FieldPanel("intro"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("facilities_text"),
                FieldPanel("social_text"),
                FieldPanel("talent_text"),
                FieldPanel("brands_text"),
                FieldPanel("satisfaction_text"),
            ],
            heading="各部分说明（按政策章节）",
        ),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("year"),
        APIField("summary"),
        APIField("snapshot"),
        APIField("snapshot_taken_at"),
    ]

    class Meta:
        verbose_name = "年度报告"
        verbose_name_plural = "年度报告"

    # -- the snapshot -------------------------------------------------------------------

    def take_snapshot(self):
        from stats.figures import all_keys
        from stats.periods import YEAR, Period
        from stats.queries import figure_results

        with translation.override(settings.LANGUAGE_CODE):
            results = figure_results(all_keys(), Period(YEAR, self.year), use_cache=False)
        self.snapshot = {"year": self.year, "figures": list(results.values())}
        self.snapshot_taken_at = timezone.now()

    def needs_snapshot(self):
        return self.refresh_snapshot or not self.snapshot or self.snapshot.get("year") != self.year

    def clean(self):
        super().clean()
        if self.year and self.needs_snapshot():
            self.take_snapshot()
        self.refresh_snapshot = False

    def save(self, *args, **kwargs):
        if self.year and self.needs_snapshot():
            self.take_snapshot()
        self.refresh_snapshot = False
        return super().save(*args, **kwargs)

    def sections(self):
        """[(code, label, narrative, [figures])] from the frozen snapshot."""
        from stats.queries import group_by_section

        narrative = {
            "facilities": self.facilities_text,
            "social": self.social_text,
            "talent": self.talent_text,
            "brands": self.brands_text,
            "satisfaction": self.satisfaction_text,
        }
        return [
            (code, label, narrative.get(code, ""), figures)
            for code, label, figures in group_by_section(self.snapshot.get("figures", []))
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.sections()
        return context
