"""Accessible charts drawn on the server as SVG: horizontal bars, stacked bars, lines.

Every chart is ``<svg role="img">`` with a ``<title>`` and a ``<desc>`` (a sentence that
says what the chart shows: largest and smallest values, the total), and is meant to sit
next to a data table with the same numbers (``templates/includes/chart.html``). Nothing
runs in the browser. There are no ``style`` attributes (strict CSP): colours come from
classes in ``static/css/charts.css``, and every series also has its own fill pattern or
line dash and marker shape, so the chart reads in high-contrast mode, in print and
without colour.

Input: ``columns`` (label column first) and ``rows`` ([label, value, value …]); values may be
None (no data: a gap in a line).
"""

import itertools
from html import escape

from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.templatetags.core_tags import CJK

WIDTH = 480
FONT = 15
LABEL_WIDTH = 140
ROW_HEIGHT = 30
BAR_HEIGHT = 20
LEGEND_ROW = 22
PATTERNS = 5  # solid, diagonal, dots, cross-hatch, horizontal lines
MARKERS = ("circle", "square", "diamond", "triangle", "cross")

_ids = itertools.count(1)


def _n(value):
    """A number as people write it: 12, 3.5 (no trailing .0)."""
    if value is None:
        return "—"
    if isinstance(value, float):
        value = round(value, 1)
        return str(int(value)) if value == int(value) else str(value)
    return str(value)


def _lang(content):
    """A label from content not translated yet (a campaign's title) keeps its language."""
    return ' lang="zh-Hans"' if get_language() != "zh-hans" and CJK.search(str(content)) else ""


def _text(x, y, content, cls="chart__text", anchor="start"):
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" class="{cls}" text-anchor="{anchor}"{_lang(content)}>'
        f"{escape(str(content))}</text>"
    )


def _defs(prefix):
    """Fill patterns p0…p4: each series has a shape, not only a colour."""
    shapes = [
        "",
        '<path class="chart__hatch" d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4"/>',
        '<circle class="chart__hatch-dot" cx="4" cy="4" r="1.6"/>',
        '<path class="chart__hatch" d="M0,0 L8,8 M8,0 L0,8"/>',
        '<path class="chart__hatch" d="M0,4 H8"/>',
    ]
    patterns = "".join(
        f'<pattern id="{prefix}-p{i}" width="8" height="8" patternUnits="userSpaceOnUse">'
        f'<rect class="chart__fill-{i}" width="8" height="8"/>{shape}</pattern>'
        for i, shape in enumerate(shapes)
    )
    return f"<defs>{patterns}</defs>"


def _svg(prefix, height, title, desc, body, kind):
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--{kind}" role="img" '
        f'viewBox="0 0 {WIDTH} {height:.0f}" aria-labelledby="{prefix}-t {prefix}-d" '
        f'focusable="false">'
        f'<title id="{prefix}-t">{escape(str(title))}</title>'
        f'<desc id="{prefix}-d">{escape(str(desc))}</desc>'
        f"{_defs(prefix)}{body}</svg>"
    )


def _legend(prefix, names, y, line=False):
    """One legend row per series: the series' pattern (or line and marker) and its name."""
    parts = []
    for i, name in enumerate(names):
        top = y + i * LEGEND_ROW
        if line:
            parts.append(
                f'<line class="chart__line chart__line-{i % PATTERNS}" x1="0" x2="24" '
                f'y1="{top + 7}" y2="{top + 7}"/>'
                + _marker(MARKERS[i % len(MARKERS)], 12, top + 7, i)
            )
        else:
            parts.append(
                f'<rect class="chart__swatch" x="0" y="{top}" width="24" height="14" '
                f'fill="url(#{prefix}-p{i % PATTERNS})"/>'
            )
        parts.append(_text(32, top + 13, name))
    return "".join(parts), len(names) * LEGEND_ROW


def _marker(shape, x, y, i):
    cls = f"chart__marker chart__marker-{i % PATTERNS}"
    if shape == "square":
        return f'<rect class="{cls}" x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8"/>'
    if shape == "diamond":
        return f'<path class="{cls}" d="M{x:.1f},{y - 5:.1f} l5,5 l-5,5 l-5,-5 z"/>'
    if shape == "triangle":
        return f'<path class="{cls}" d="M{x:.1f},{y - 5:.1f} l5,9 h-10 z"/>'
    if shape == "cross":
        return f'<path class="{cls} chart__marker--cross" d="M{x - 4:.1f},{y - 4:.1f} l8,8 m0,-8 l-8,8"/>'
    return f'<circle class="{cls}" cx="{x:.1f}" cy="{y:.1f}" r="4"/>'


def describe(title, columns, rows, unit="", series=1):
    """The text alternative: what the chart shows, its largest and smallest values."""
    if not rows:
        return _("%(title)s：暂无数据。") % {"title": title}
    names = columns[1 : 1 + series]
    parts = []
    for i, name in enumerate(names, start=1):
        values = [(row[0], row[i]) for row in rows if row[i] is not None]
        if not values:
            continue
        high = max(values, key=lambda pair: pair[1])
        low = min(values, key=lambda pair: pair[1])
        parts.append(
            _(
                "%(name)s最高为%(high_label)s（%(high)s%(unit)s），最低为%(low_label)s（%(low)s%(unit)s）"
            )
            % {
                "name": f"{name}{_('：')}" if len(names) > 1 else "",
                "high_label": high[0],
                "high": _n(high[1]),
                "low_label": low[0],
                "low": _n(low[1]),
                "unit": unit,
            }
        )
    summary = _("；").join(parts) or _("暂无数据")
    return _("%(title)s，共 %(count)s 项。%(summary)s。详细数字见下表。") % {
        "title": title,
        "count": len(rows),
        "summary": summary,
    }


def bar_chart(title, columns, rows, unit="", series=1):
    """Horizontal bars (one series) or stacked bars (several): labels left, totals right."""
    prefix = f"chart{next(_ids)}"
    names = [str(c) for c in columns[1 : 1 + series]]
    stacked = series > 1
    legend, legend_height = _legend(prefix, names, 0) if stacked else ("", 0)
    top = legend_height + (8 if stacked else 0)
    totals = [sum(v or 0 for v in row[1 : 1 + series]) for row in rows]
    peak = max(totals, default=0) or 1
    plot = WIDTH - LABEL_WIDTH - 56
    body = [legend]
    for r, (row, total) in enumerate(zip(rows, totals, strict=True)):
        y = top + r * ROW_HEIGHT
        body.append(_text(LABEL_WIDTH - 8, y + 17, _short(row[0]), anchor="end"))
        x = float(LABEL_WIDTH)
        for i, value in enumerate(row[1 : 1 + series]):
            width = plot * (value or 0) / peak
            if width > 0:
                label = f"{row[0]} {names[i]} {_n(value)}{unit}"
                body.append(
                    f'<rect class="chart__bar" x="{x:.1f}" y="{y + 2}" width="{width:.1f}" '
                    f'height="{BAR_HEIGHT}" fill="url(#{prefix}-p{i % PATTERNS})">'
                    f"<title{_lang(row[0])}>{escape(label)}</title></rect>"
                )
            x += width
        body.append(_text(x + 6, y + 17, _n(total), cls="chart__value"))
    body.append(
        f'<line class="chart__axis" x1="{LABEL_WIDTH}" x2="{LABEL_WIDTH}" y1="{top}" '
        f'y2="{top + len(rows) * ROW_HEIGHT}"/>'
    )
    height = top + max(len(rows), 1) * ROW_HEIGHT + 4
    desc = describe(title, columns, rows, unit, series)
    return _svg(prefix, height, title, desc, "".join(body), "stacked" if stacked else "bar")


def _short(label, limit=9):
    label = str(label)
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _nice_max(value):
    if value <= 0:
        return 1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 4:
            return step * 4
    return value


def line_chart(title, columns, rows, unit="", series=1, maximum=None):
    """One line per series over the rows (months); gaps where a value is None.
    ``maximum`` fixes the top of the scale (5 for a five-point score)."""
    prefix = f"chart{next(_ids)}"
    names = [str(c) for c in columns[1 : 1 + series]]
    legend, legend_height = _legend(prefix, names, 0, line=True)
    top = legend_height + 12
    left, right, plot_height = 44, WIDTH - 16, 180
    bottom = top + plot_height
    values = [v for row in rows for v in row[1 : 1 + series] if v is not None]
    peak = maximum or _nice_max(max(values, default=0))
    step_x = (right - left) / max(len(rows) - 1, 1)

    def point(r, value):
        return left + r * step_x, bottom - plot_height * value / peak

    body = [legend]
    for tick in range(5):
        value = peak * tick / 4
        y = bottom - plot_height * tick / 4
        body.append(
            f'<line class="chart__grid" x1="{left}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}"/>'
        )
        body.append(_text(left - 4, y + 4, _n(value if value % 1 else int(value)), anchor="end"))
    for r, row in enumerate(rows):
        if len(rows) <= 12 or r % 2 == 0:
            label = str(row[0])[-2:] if len(rows) > 1 else str(row[0])
            body.append(_text(left + r * step_x, bottom + 20, label, anchor="middle"))
    for i in range(series):
        segment = []
        for r, row in enumerate(rows):
            value = row[1 + i]
            if value is None:
                body.append(_polyline(segment, i))
                segment = []
                continue
            x, y = point(r, value)
            segment.append((x, y))
            body.append(_marker(MARKERS[i % len(MARKERS)], x, y, i))
        body.append(_polyline(segment, i))
    height = bottom + 28
    desc = describe(title, columns, rows, unit, series)
    return _svg(prefix, height, title, desc, "".join(body), "line")


def _polyline(points, i):
    if len(points) < 2:
        return ""
    coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return f'<polyline class="chart__line chart__line-{i % PATTERNS}" points="{coords}"/>'


def render(kind, title, columns, rows, unit="", series=1, maximum=None):
    """The chart for ``kind`` ("bar", "stacked", "line"); "" for "table" or no rows."""
    if not rows or kind == "table":
        return ""
    if kind == "line":
        return line_chart(title, columns, rows, unit, series, maximum)
    return bar_chart(title, columns, rows, unit, series if kind == "stacked" else 1)
