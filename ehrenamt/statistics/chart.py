"""A horizontal bar chart as inline SVG, drawn on the server: no script, no third-party library.

The chart carries a title and a description with every value, so a screen reader hears the same
numbers the table below it shows.
"""

from django.utils.html import format_html, format_html_join

BAR_AREA_WIDTH = 360
LABEL_WIDTH = 220
VALUE_WIDTH = 60
ROW_HEIGHT = 28
BAR_HEIGHT = 18
# Bars in the admin's dark teal (more than 3:1 against white), text in near black.
BAR_COLOUR = "#007d7e"
TEXT_COLOUR = "#1d2228"


def bar_chart(chart_id, title, items):
    """`items`: (label, number) pairs. Returns safe SVG markup, or "" when there is nothing to draw."""
    items = [(str(label), number or 0) for label, number in items]
    if not items:
        return ""
    largest = max(number for _label, number in items) or 1
    width = LABEL_WIDTH + BAR_AREA_WIDTH + VALUE_WIDTH
    height = ROW_HEIGHT * len(items)
    description = "; ".join(f"{label}: {number}" for label, number in items)
    rows = format_html_join(
        "",
        '<g transform="translate(0 {})">'
        '<text x="{}" y="{}" text-anchor="end" fill="{}">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>'
        '<text x="{}" y="{}" fill="{}">{}</text>'
        "</g>",
        (
            (
                index * ROW_HEIGHT,
                LABEL_WIDTH - 8,
                BAR_HEIGHT - 4,
                TEXT_COLOUR,
                label,
                LABEL_WIDTH,
                0,
                round(BAR_AREA_WIDTH * number / largest),
                BAR_HEIGHT,
                BAR_COLOUR,
                LABEL_WIDTH + round(BAR_AREA_WIDTH * number / largest) + 6,
                BAR_HEIGHT - 4,
                TEXT_COLOUR,
                number,
            )
            for index, (label, number) in enumerate(items)
        ),
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="statistics-chart" role="img" '
        'viewBox="0 0 {} {}" width="{}" height="{}" font-size="13" '
        'aria-labelledby="{}-title {}-desc">'
        '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>{}</svg>',
        width,
        height,
        width,
        height,
        chart_id,
        chart_id,
        chart_id,
        title,
        chart_id,
        description,
        rows,
    )
