import factory
import wagtail_factories

from stats.models import AnnualReportPage, OpenDataPage, SurveyResultsPage


class OpenDataPageFactory(wagtail_factories.PageFactory):
    title = "数据开放"
    intro = ""

    class Meta:
        model = OpenDataPage


class AnnualReportPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda page: f"{page.year} 年度“书香西城”全民阅读报告")
    year = 2025

    class Meta:
        model = AnnualReportPage


class SurveyResultsPageFactory(wagtail_factories.PageFactory):
    title = "满意度调查结果"

    class Meta:
        model = SurveyResultsPage
