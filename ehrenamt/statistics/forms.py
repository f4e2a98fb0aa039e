"""The filters of the statistics view: a period and one of the user's own places."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .queries import Period

DEFAULT_PERIOD_DAYS = 365
DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y"]
DATE_MESSAGE = _("Bitte geben Sie ein gültiges Datum an, z. B. 01.03.2026.")


class StatisticsFilterForm(forms.Form):
    date_from = forms.DateField(
        label=_("Von"),
        required=False,
        input_formats=DATE_FORMATS,
        error_messages={"invalid": DATE_MESSAGE},
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    date_to = forms.DateField(
        label=_("Bis"),
        required=False,
        input_formats=DATE_FORMATS,
        error_messages={"invalid": DATE_MESSAGE},
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    municipality = forms.ModelChoiceField(
        label=_("Ort"),
        queryset=None,
        to_field_name="slug",
        required=False,
        error_messages={
            "invalid_choice": _(
                "Für diesen Ort können Sie keine Statistik sehen. Bitte wählen Sie einen Ort "
                "aus der Liste."
            )
        },
    )

    def __init__(self, data, *, scope):
        super().__init__(data)
        self.scope = scope
        field = self.fields["municipality"]
        field.queryset = scope.municipalities.order_by("name")
        field.empty_label = _("Alle Orte") if scope.everything else _("Alle meine Orte")

    def clean(self):
        cleaned = super().clean()
        today = timezone.localdate()
        end = cleaned.get("date_to") or today
        start = cleaned.get("date_from") or end - datetime.timedelta(days=DEFAULT_PERIOD_DAYS)
        if not self.errors and start > end:
            self.add_error("date_to", _("Das Enddatum darf nicht vor dem Anfangsdatum liegen."))
        cleaned["period"] = Period(start, end)
        return cleaned

    def selected_municipalities(self):
        """The places to count: the chosen one, or all the user may see."""
        chosen = self.cleaned_data.get("municipality")
        if chosen is not None:
            return self.scope.municipalities.filter(pk=chosen.pk)
        return self.scope.municipalities

    def regionwide(self):
        """Searches not limited to a place count only for staff of every place, without a choice."""
        return self.scope.everything and self.cleaned_data.get("municipality") is None
