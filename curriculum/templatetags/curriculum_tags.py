from django import template

register = template.Library()


@register.simple_tag
def chart_rows(value):
    """Rows of a chart block with bar widths as a percentage of the largest value."""
    rows = list(value["rows"])
    largest = max([r["a"] or 0 for r in rows] + [r["b"] or 0 for r in rows] + [1])
    return [
        {
            "label": r["label"],
            "a": r["a"],
            "b": r["b"],
            "note": r["note"],
            "a_width": round(100 * (r["a"] or 0) / largest),
            "b_width": round(100 * (r["b"] or 0) / largest),
        }
        for r in rows
    ]
