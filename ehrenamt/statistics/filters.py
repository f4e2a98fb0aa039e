"""The filters of the statistics report: a period and one of the user's own places."""

import datetime

import django_filters
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from ehrenamt.regions.models import Municipality

from .access import statistics_scope
from .queries import Period

DEFAULT_PERIOD_DAYS = 365
DATE_FIELD = {
    "input_formats": ["%Y-%m-%d", "%d.%m.%Y"],
    "error_messages": {"invalid": _("Bitte geben Sie ein gültiges Datum an, z. B. 01.03.2026.")},
    "widget": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
}


class PeriodForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        today = timezone.localdate()
        end = cleaned.get("date_to") or today
        start = cleaned.get("date_from") or end - datetime.timedelta(days=DEFAULT_PERIOD_DAYS)
        if not self.errors and start > end:
            self.add_error("date_to", _("Das Enddatum darf nicht vor dem Anfangsdatum liegen."))
        # Kept beside cleaned_data, which the filter set applies field by field.
        self.period = Period(start, end)
        return cleaned


def whole_period(queryset, name, value):
    # The dates choose the period of the figures (queries.collect), not the places.
    return queryset


def chosen_place(queryset, name, place):
    return queryset.filter(pk=place.pk)


class StatisticsFilterSet(WagtailFilterSet):
    """Filters the places the user may see; the period is read from the cleaned form."""

    date_from = django_filters.DateFilter(label=_("Von"), method=whole_period, **DATE_FIELD)
    date_to = django_filters.DateFilter(label=_("Bis"), method=whole_period, **DATE_FIELD)
    municipality = django_filters.ModelChoiceFilter(
        label=_("Ort"),
        method=chosen_place,
        to_field_name="slug",
        queryset=Municipality.objects.none(),
        error_messages={
            "invalid_choice": _(
                "Für diesen Ort können Sie keine Statistik sehen. Bitte wählen Sie einen Ort "
                "aus der Liste."
            )
        },
    )

    class Meta:
        model = Municipality
        fields = []
        form = PeriodForm

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        self.scope = statistics_scope(request.user)
        super().__init__(data, self.scope.municipalities, request=request, prefix=prefix)
        places = self.filters["municipality"]
        places.queryset = self.scope.municipalities.order_by("name")
        places.extra["empty_label"] = (
            _("Alle Orte") if self.scope.everything else _("Alle meine Orte")
        )

    @property
    def period(self):
        return self.form.period

    def regionwide(self):
        """Searches not limited to a place count only for staff of every place, without a choice."""
        return self.scope.everything and self.form.cleaned_data.get("municipality") is None
