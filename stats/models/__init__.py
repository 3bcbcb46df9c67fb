from .access import StatisticsAccess
from .annual_report import AnnualReportPage
from .open_data import OpenDataPage
from .survey_results import SurveyResultsPage

__all__ = ["AnnualReportPage", "OpenDataPage", "StatisticsAccess", "SurveyResultsPage"]
