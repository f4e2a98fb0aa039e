"""When a role takes place: a set of weekday-by-daytime slots, stored as one integer of 21 bits.

Bit `weekday * 3 + daytime` is set when the role takes place then (Monday morning is bit 0,
Sunday evening bit 20). No bit set means nobody said. The editor shows the set as one grid of
checkboxes (`TimeSlotsField`).
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

WEEKDAYS = (
    ("mon", _("Montag")),
    ("tue", _("Dienstag")),
    ("wed", _("Mittwoch")),
    ("thu", _("Donnerstag")),
    ("fri", _("Freitag")),
    ("sat", _("Samstag")),
    ("sun", _("Sonntag")),
)
DAYTIMES = (
    ("morning", _("vormittags")),
    ("afternoon", _("nachmittags")),
    ("evening", _("abends")),
)
WEEKDAY_CODES = tuple(code for code, _label in WEEKDAYS)
DAYTIME_CODES = tuple(code for code, _label in DAYTIMES)
SLOT_SEPARATOR = "-"


def slot_bit(weekday, daytime):
    return 1 << (WEEKDAY_CODES.index(weekday) * len(DAYTIMES) + DAYTIME_CODES.index(daytime))


def slots_mask(weekdays=(), daytimes=()):
    """The slots of any of `weekdays` at any of `daytimes`; an empty choice means all of them."""
    mask = 0
    for weekday in weekdays or WEEKDAY_CODES:
        for daytime in daytimes or DAYTIME_CODES:
            mask |= slot_bit(weekday, daytime)
    return mask


def slot_codes(mask):
    """["mon-morning", ...] for the set bits, in weekday order."""
    return [
        f"{weekday}{SLOT_SEPARATOR}{daytime}"
        for weekday in WEEKDAY_CODES
        for daytime in DAYTIME_CODES
        if mask & slot_bit(weekday, daytime)
    ]


def mask_of_codes(codes):
    """The mask of "mon-morning" codes; unknown codes are left out."""
    mask = 0
    for code in codes:
        weekday, _sep, daytime = str(code).strip().lower().partition(SLOT_SEPARATOR)
        if weekday in WEEKDAY_CODES and daytime in DAYTIME_CODES:
            mask |= slot_bit(weekday, daytime)
    return mask


def described(mask):
    """Per weekday its daytimes, for people: [("Montag", ["vormittags", "abends"]), ...]."""
    days = []
    for weekday, weekday_label in WEEKDAYS:
        times = [label for daytime, label in DAYTIMES if mask & slot_bit(weekday, daytime)]
        if times:
            days.append((weekday_label, times))
    return days


class TimeSlotsGrid(forms.CheckboxSelectMultiple):
    """One table: a row per weekday, a column per daytime, a checkbox per slot."""

    template_name = "opportunities/widgets/time_slots.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        selected = set(context["widget"]["value"] or [])
        base_id = context["widget"]["attrs"].get("id", f"id_{name}")
        context["daytimes"] = DAYTIMES
        context["rows"] = [
            {
                "label": weekday_label,
                "cells": [
                    {
                        "value": f"{weekday}{SLOT_SEPARATOR}{daytime}",
                        "id": f"{base_id}_{weekday}_{daytime}",
                        "label": f"{weekday_label} {daytime_label}",
                        "checked": f"{weekday}{SLOT_SEPARATOR}{daytime}" in selected,
                    }
                    for daytime, daytime_label in DAYTIMES
                ],
            }
            for weekday, weekday_label in WEEKDAYS
        ]
        return context

    def id_for_label(self, id_, index=None):
        # The group has no single input; its label points at the table's first checkbox.
        return f"{id_}_{WEEKDAY_CODES[0]}_{DAYTIME_CODES[0]}" if id_ else id_


class TimeSlotsFormField(forms.MultipleChoiceField):
    widget = TimeSlotsGrid

    def __init__(self, **kwargs):
        for unused in ("max_value", "min_value", "step_size", "coerce", "empty_value"):
            kwargs.pop(unused, None)
        choices = [
            (f"{weekday}{SLOT_SEPARATOR}{daytime}", f"{weekday_label} {daytime_label}")
            for weekday, weekday_label in WEEKDAYS
            for daytime, daytime_label in DAYTIMES
        ]
        super().__init__(choices=choices, **kwargs)

    def prepare_value(self, value):
        return slot_codes(value) if isinstance(value, int) else value

    def clean(self, value):
        return mask_of_codes(super().clean(value))

    def has_changed(self, initial, data):
        return (initial or 0) != mask_of_codes(data or [])


class TimeSlotsField(models.PositiveIntegerField):
    """The weekday-by-daytime set of a role (see the module's docstring)."""

    def formfield(self, **kwargs):
        kwargs.pop("widget", None)
        return super().formfield(**{**kwargs, "form_class": TimeSlotsFormField, "required": False})
