"""Read the statistics tables of the admin page the way a person reads them: row by row."""

import re

COLUMNS = [
    "clubs",
    "opportunities",
    "expiring",
    "inquiries",
    "answered_percent",
    "median_hours",
    "zero_results",
]


def row(html, key):
    """The cells of the row for `key` (a municipality or category slug, or "total"), or None."""
    match = re.search(rf'<tr data-key="{re.escape(key)}">(.*?)</tr>', html, re.S)
    if match is None:
        return None
    cells = re.findall(r"<td>(.*?)</td>", match.group(1), re.S)
    return dict(zip(COLUMNS, (cell.strip() for cell in cells), strict=True))


def table(html, table_id):
    match = re.search(rf'<table class="listing" id="{table_id}">(.*?)</table>', html, re.S)
    return match.group(1)
