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
import math
import re
from html import escape

from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.templatetags.core_tags import CJK

# The drawing is in CSS pixels at normal text size: 16 px text in a 240 px wide chart, which
# a 412 px phone shows 1:1. The chart is sized in em (charts.css), so large-text mode draws
# it 150 % (24 px text) and the labels keep their room. Labels sit above their bars, so
# the width needs no label column and the chart fits a 320 px screen without shrinking.
WIDTH = 240
FONT = 16
ROW_HEIGHT = 48  # a label line, then the bar
BAR_HEIGHT = 20
LEGEND_ROW = 24
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


# Drawn 1 em wide besides CJK: curly quotes, dashes and "…" (the CJK font's full-width forms).
WIDE = re.compile(r"[\u2010-\u206f]")


def _width(text):
    """Roughly how wide ``text`` is drawn: CJK characters 1 em, Latin letters and digits 0.6 em."""
    return sum(FONT if CJK.match(c) or WIDE.match(c) else FONT * 0.6 for c in str(text))


def _fit(label, width):
    """``label`` cut with "…" where it would be wider than ``width`` (the table has it whole)."""
    label = str(label)
    if _width(label) <= width:
        return label
    while label and _width(label + "…") > width:
        label = label[:-1]
    return label.rstrip() + "…"


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
        top = y + 4 + i * LEGEND_ROW  # 4: room above the first name's glyphs
        if line:
            parts.append(
                f'<line class="chart__line chart__line-{i % PATTERNS}" x1="0" x2="24" '
                f'y1="{top + 9}" y2="{top + 9}"/>'
                + _marker(MARKERS[i % len(MARKERS)], 12, top + 9, i)
            )
        else:
            parts.append(
                f'<rect class="chart__swatch" x="0" y="{top + 2}" width="24" height="14" '
                f'fill="url(#{prefix}-p{i % PATTERNS})"/>'
            )
        parts.append(_text(32, top + 15, _fit(name, WIDTH - 32)))
    return "".join(parts), 4 + len(names) * LEGEND_ROW


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
    top = legend_height + (8 if stacked else 4)
    totals = [sum(v or 0 for v in row[1 : 1 + series]) for row in rows]
    peak = max(totals, default=0) or 1
    # Room after the longest bar for its total.
    plot = WIDTH - 8 - max((_width(_n(t)) for t in totals), default=FONT)
    body = [legend]
    for r, (row, total) in enumerate(zip(rows, totals, strict=True)):
        y = top + r * ROW_HEIGHT
        body.append(_text(0, y + 15, _fit(row[0], WIDTH)))
        bar_top = y + 22
        x = 0.0
        for i, value in enumerate(row[1 : 1 + series]):
            width = plot * (value or 0) / peak
            if width > 0:
                label = f"{row[0]} {names[i]} {_n(value)}{unit}"
                body.append(
                    f'<rect class="chart__bar" x="{x:.1f}" y="{bar_top}" width="{width:.1f}" '
                    f'height="{BAR_HEIGHT}" fill="url(#{prefix}-p{i % PATTERNS})">'
                    f"<title{_lang(row[0])}>{escape(label)}</title></rect>"
                )
            x += width
        body.append(_text(x + 6, bar_top + 16, _n(total), cls="chart__value"))
        body.append(
            f'<line class="chart__axis" x1="0.5" x2="0.5" y1="{bar_top - 2}" '
            f'y2="{bar_top + BAR_HEIGHT + 2}"/>'
        )
    height = top + max(len(rows), 1) * ROW_HEIGHT + 4
    desc = describe(title, columns, rows, unit, series)
    return _svg(prefix, height, title, desc, "".join(body), "stacked" if stacked else "bar")


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
    values = [v for row in rows for v in row[1 : 1 + series] if v is not None]
    peak = maximum or _nice_max(max(values, default=0))
    # Whole steps on a small whole scale (0–5 for a five-point score, not 1.2, 2.5, 3.8).
    steps = int(peak) if peak == int(peak) and 2 <= peak <= 5 else 4
    ticks = [peak * tick / steps for tick in range(steps + 1)]
    ticks = [_n(value if value % 1 else int(value)) for value in ticks]
    # The scale's labels right-aligned left of the plot; month labels (two characters)
    # centred under their points, every other one (or fewer) where they would touch.
    left = 6 + max(_width(t) for t in ticks)
    right, plot_height = WIDTH - FONT * 0.6 - 2, 160
    bottom = top + plot_height
    step_x = (right - left) / max(len(rows) - 1, 1)
    stride = max(1, math.ceil((FONT * 1.2 + 6) / step_x)) if len(rows) > 1 else 1

    def point(r, value):
        return left + r * step_x, bottom - plot_height * value / peak

    body = [legend]
    for tick, text in enumerate(ticks):
        y = bottom - plot_height * tick / steps
        body.append(
            f'<line class="chart__grid" x1="{left}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}"/>'
        )
        body.append(_text(left - 4, y + 5, text, anchor="end"))
    for r, row in enumerate(rows):
        if r % stride == 0:
            label = str(row[0])[-2:] if len(rows) > 1 else str(row[0])
            body.append(_text(left + r * step_x, bottom + 26, label, anchor="middle"))
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
    height = bottom + 34
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
