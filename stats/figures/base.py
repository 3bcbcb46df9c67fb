"""The figure registry: each figure of the programme is defined once, here and in its module.

A ``Figure`` has a key, a Chinese title, the policy clause it measures, a unit, a chart
kind and ``compute(period)``. ``compute`` returns a ``Table``; ``Figure.evaluate`` turns it
into a plain, JSON-serialisable dict that charts, the admin reports, the public page and the
annual report's frozen snapshot all read. ``compute`` uses aggregate queries only (through
the other apps' ``queries.py``), so its cost does not grow with the data.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

# The policy's measures, grouped as the annual report groups them.
SECTIONS = [
    ("facilities", _("设施网络")),
    ("social", _("社会化发展")),
    ("talent", _("人才培养")),
    ("brands", _("阅读品牌")),
    ("satisfaction", _("满意度")),
]

BAR, STACKED, LINE, TABLE = "bar", "stacked", "line", "table"

REGISTRY = {}


@dataclass
class Table:
    """What a figure computes: a header, rows (label first, then numbers) and a total."""

    columns: list
    rows: list
    total: object = None
    note: str = ""
    available: bool = True
    headline: str = ""  # the number and unit shown on its own, e.g. "32 个"
    maximum: float = None  # top of a line chart's scale (5 for scores); None: from the data
    chart_columns: int = 0  # how many value columns the chart draws (0: all for stacked and
    # line charts, the first for bar charts); the table always shows every column


@dataclass
class Figure:
    key: str
    title: object
    section: str
    clause: object  # where in 西政办发〔2017〕26 号 this is asked for, quoted
    unit: object
    chart: str
    compute: object
    periodic: bool = True  # False: a snapshot of today (spaces, promoters), not a period's count
    description: object = ""
    tags: set = field(default_factory=set)
    headline_label: object = ""  # what the headline number counts, e.g. 已举办活动

    def evaluate(self, period):
        return self.evaluate_with(period, self.compute(period))

    def evaluate_with(self, period, table):
        """The plain dict of ``table`` computed for this figure (e.g. for one survey only)."""
        return {
            "key": self.key,
            "title": str(self.title),
            "section": self.section,
            "clause": str(self.clause),
            "unit": str(self.unit),
            "chart": self.chart if table.available and table.rows else TABLE,
            "periodic": self.periodic,
            "description": str(self.description),
            "headline_label": str(self.headline_label or self.title),
            "period": period.code,
            "period_label": str(period.label),
            "columns": [str(c) for c in table.columns],
            "rows": [[_plain(cell) for cell in row] for row in table.rows],
            "chart_columns": table.chart_columns
            or (1 if self.chart == BAR else len(table.columns) - 1),
            "maximum": table.maximum,
            "total": _plain(table.total),
            "headline": str(table.headline),
            "note": str(table.note),
            "available": table.available,
        }


def _plain(value):
    """Numbers stay numbers (floats rounded to one decimal); everything else is text."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return round(value, 1)
    return str(value)


def figure(
    key,
    *,
    title,
    section,
    clause,
    unit,
    chart,
    periodic=True,
    description="",
    tags=(),
    headline_label="",
):
    """Register ``compute`` as the figure ``key``."""

    def register(compute):
        if key in REGISTRY:
            raise ValueError(f"figure {key!r} is defined twice")
        REGISTRY[key] = Figure(
            key=key,
            title=title,
            section=section,
            clause=clause,
            unit=unit,
            chart=chart,
            compute=compute,
            periodic=periodic,
            description=description,
            tags=set(tags),
            headline_label=headline_label,
        )
        return compute

    return register


def share(part, whole):
    """A percentage with one decimal, 0 when there is nothing to divide."""
    return round(100.0 * part / whole, 1) if whole else 0.0


def labelled_counts(choices, counts, extra_label=None):
    """Rows [(label, count)] in the order of ``choices``; codes outside them under ``extra_label``."""
    rows = [[str(label), counts.get(code, 0)] for code, label in choices]
    known = {code for code, _label in choices}
    other = sum(n for code, n in counts.items() if code not in known)
    if other and extra_label:
        rows.append([str(extra_label), other])
    return rows
