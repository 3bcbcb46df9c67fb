"""What the 数据开放 page and the admin reports show: figures for a period, by section."""

from stats.figures import HEADLINES, all_keys
from stats.periods import Period, period_choices
from stats.queries import figure_results, group_by_section


def figures_context(request, keys=None):
    """Template context: the period (from ``?period=``), headline figures, sections."""
    period, error = Period.from_request(request)
    keys = keys or all_keys()
    wanted = list(dict.fromkeys([*HEADLINES, *keys]))
    results = figure_results(wanted, period)
    return {
        "period": period,
        "period_error": error,
        "period_choices": period_choices(),
        "headlines": [results[key] for key in HEADLINES],
        "sections": group_by_section([results[key] for key in keys]),
    }
