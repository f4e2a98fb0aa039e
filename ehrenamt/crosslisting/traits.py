"""Accessibility, minimum age and time slots in partner feeds and in our open data.

One field mapping for every format: JSON carries the field names below (booleans or null, a
number, a list of "mon-evening" codes), CSV the German column headings (ja / nein / empty, a
number, codes separated by commas or spaces). What a feed does not state stays "not stated".
"""

import re

from ehrenamt.opportunities.accessibility import ACCESSIBILITY_CODES
from ehrenamt.opportunities.schedule import mask_of_codes, slot_codes

MAX_AGE = 120
YES = {"1", "true", "ja", "yes", "j", "y"}
NO = {"0", "false", "nein", "no", "n"}
FIELDS = [*ACCESSIBILITY_CODES, "minimum_age", "time_slots"]
# CSV heading (as we write it) -> field; the importer compares headings in lower case.
CSV_HEADINGS = {
    "Stufenlos erreichbar": "step_free",
    "Barrierefreies WC": "accessible_wc",
    "Gebärdensprache": "sign_language",
    "Leichte Sprache": "easy_language",
    "Mindestalter": "minimum_age",
    "Zeiten": "time_slots",
}
CSV_COLUMNS = {heading.lower(): name for heading, name in CSV_HEADINGS.items()}


def stated(value):
    """True, False or None (not stated) from a feed's yes/no value."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower() if value is not None else ""
    if text in YES:
        return True
    if text in NO:
        return False
    return None


def age(value):
    text = str(value).strip() if value is not None else ""
    if not text.isdigit() or int(text) > MAX_AGE:
        return None
    return int(text)


def time_slots(value):
    if isinstance(value, list | tuple):
        return mask_of_codes(value)
    return mask_of_codes(re.split(r"[,;\s]+", str(value or "")))


def read(values):
    """The record fields from a feed entry's raw values (missing ones: not stated)."""
    found = {code: stated(values.get(code)) for code in ACCESSIBILITY_CODES}
    found["minimum_age"] = age(values.get("minimum_age"))
    found["time_slots"] = time_slots(values.get("time_slots"))
    return found


def fill(page, record):
    for name in FIELDS:
        setattr(page, name, getattr(record, name))


def export(page):
    """The fields for our JSON open data, in the shape `read` takes back."""
    data = {code: getattr(page, code) for code in ACCESSIBILITY_CODES}
    data["minimum_age"] = page.minimum_age
    data["time_slots"] = slot_codes(page.time_slots)
    return data


def export_csv_cell(name, value):
    """A value of `export` as a CSV cell: ja / nein / empty, the age, codes with commas."""
    if name in ACCESSIBILITY_CODES:
        return {True: "ja", False: "nein"}.get(value, "")
    if name == "time_slots":
        return ", ".join(value)
    return "" if value is None else str(value)
