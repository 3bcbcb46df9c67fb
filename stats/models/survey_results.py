"""调查结果: the aggregated results of one satisfaction survey, as charts with tables.

Only counts and averages of the rating questions are published; free-text answers and
anything that could identify a respondent never reach this page.
"""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField

from core.blocks import BodyStreamBlock
from core.models import BasePage


class SurveyResultsPage(BasePage):
    survey = models.ForeignKey(
        "engagement.FormPage",
        verbose_name="满意度调查",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"kind": "survey"},
        help_text="选择要公布结果的满意度调查表单页面（表单用途为“满意度调查”）。",
    )
    period = models.CharField(
        "统计期",
        max_length=8,
        blank=True,
        help_text="如 2026（全年）、2026-Q3（第三季度）、2026-07（7 月）；留空时为今年。",
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name="改进情况",
        blank=True,
        help_text="根据调查结果采取的改进措施，显示在图表之后。只公布汇总结果，不要粘贴居民的原话。",
    )

    parent_page_types = ["stats.OpenDataPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        PageChooserPanel("survey", "engagement.FormPage"),
        FieldPanel("period"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    api_fields = [*BasePage.api_fields, APIField("period"), APIField("results"), APIField("body")]

    class Meta:
        verbose_name = "调查结果"
        verbose_name_plural = "调查结果"

    def clean(self):
        from stats.periods import Period, PeriodError

        super().clean()
        errors = {}
        if self.period:
            try:
                Period.parse(self.period)
            except PeriodError as error:
                errors["period"] = str(error)
        if self.survey_id and getattr(self.survey, "kind", "survey") != "survey":
            errors["survey"] = "请选择表单用途为“满意度调查”的表单页面。"
        if errors:
            raise ValidationError(errors)

    def get_period(self):
        from stats.periods import Period, PeriodError

        try:
            return Period.parse(self.period) if self.period else Period.current_year()
        except PeriodError:
            return Period.current_year()

    @property
    def results(self):
        """The survey's aggregates: [ratings per question, averages per month]."""
        from stats.survey import survey_results

        if not self.survey_id:
            return []
        return survey_results(self.survey_id, self.get_period())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["results"] = self.results
        context["period"] = self.get_period()
        return context
