import factory

from core.factories import PageFactory
from stats.models import AnnualReportPage, OpenDataPage, SurveyResultsPage


class OpenDataPageFactory(PageFactory):
    title = "数据开放"
    intro = ""

    class Meta:
        model = OpenDataPage


class AnnualReportPageFactory(PageFactory):
    title = factory.LazyAttribute(lambda page: f"{page.year} 年度“书香西城”全民阅读报告")
    year = 2025

    class Meta:
        model = AnnualReportPage


class SurveyResultsPageFactory(PageFactory):
    title = "满意度调查结果"

    class Meta:
        model = SurveyResultsPage
