"""Text for spreadsheets: a cell that people typed never becomes a formula."""

# A cell starting with one of these is a formula to spreadsheet programs; citizens type these texts.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(text):
    text = str(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def safe_export_preprocess(preprocess):
    """Wagtail's export preprocessing (a view's custom_value_preprocess) with every text safe in CSV;
    in XLSX Wagtail already keeps a formula-like cell as text."""
    return {**preprocess, str: {"csv": safe_text}}
