"""Cells for spreadsheets: a text that people typed never becomes a formula; times are local."""

import datetime

from django.utils import timezone

# A cell starting with one of these is a formula to spreadsheet programs; citizens type these texts.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(text):
    text = str(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _local(value):
    return timezone.make_naive(value) if timezone.is_aware(value) else value


def safe_export_preprocess(preprocess):
    """Wagtail's export preprocessing (a view's custom_value_preprocess) with every text safe in CSV
    (in XLSX Wagtail keeps a formula-like cell as text) and times in local time, where Wagtail
    writes UTC."""
    return {
        **preprocess,
        datetime.datetime: {
            "csv": lambda value: f"{_local(value):%d.%m.%Y %H:%M}",
            "xlsx": _local,
        },
        str: {"csv": safe_text},
    }
