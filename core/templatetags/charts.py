"""``{% chart result %}``: the accessible SVG chart of a figure (see core.charts)."""

from django import template

from core import charts

register = template.Library()


@register.simple_tag
def chart(result):
    """``result`` is a figure as ``stats`` computes it: title, columns, rows, chart kind."""
    return charts.render(
        result.get("chart", "table"),
        result.get("title", ""),
        result.get("columns", []),
        result.get("rows", []),
        unit=result.get("unit", ""),
        series=result.get("chart_columns") or 1,
        maximum=result.get("maximum"),
    )


@register.filter
def number(value):
    """12 → "12", 3.50 → "3.5", None → "—" (table cells)."""
    return charts._n(value)


@register.filter
def labelled(row, columns):
    """A table row's values with their column headings, the row's own label left out:
    ``[(heading, value), …]`` (the narrow-screen list of a figure)."""
    return list(zip(columns[1:], row[1:], strict=False))
