"""Accessibility of a role in three states: yes, no, or not stated (None).

Only what was stated is shown; a listing nobody described says nothing rather than "no".
"""

from django import forms
from django.utils.translation import gettext_lazy as _

# (field and search value, what "yes" says, what "no" says)
ACCESSIBILITY_ITEMS = (
    ("step_free", _("Stufenlos erreichbar"), _("Nicht stufenlos erreichbar")),
    ("accessible_wc", _("Barrierefreies WC vorhanden"), _("Kein barrierefreies WC")),
    (
        "sign_language",
        _("Verständigung in Gebärdensprache möglich"),
        _("Keine Verständigung in Gebärdensprache"),
    ),
    (
        "easy_language",
        _("Einarbeitung in Leichter Sprache"),
        _("Keine Einarbeitung in Leichter Sprache"),
    ),
)
ACCESSIBILITY_CODES = tuple(code for code, _yes, _no in ACCESSIBILITY_ITEMS)


class StatedSelect(forms.NullBooleanSelect):
    """Ja / Nein / Keine Angabe, in the words of the editor."""

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.choices = [("unknown", _("Keine Angabe")), ("true", _("Ja")), ("false", _("Nein"))]


def accessibility_mask(page):
    """The items stated as "yes", one bit each in ACCESSIBILITY_CODES order."""
    return sum(
        1 << position
        for position, code in enumerate(ACCESSIBILITY_CODES)
        if getattr(page, code) is True
    )


def codes_of_mask(mask):
    return [code for position, code in enumerate(ACCESSIBILITY_CODES) if mask & (1 << position)]


def stated_items(page):
    """[(True/False, text)] for the items someone stated, in the order above."""
    stated = []
    for code, yes, no in ACCESSIBILITY_ITEMS:
        value = getattr(page, code)
        if value is not None:
            stated.append((value, yes if value else no))
    return stated
