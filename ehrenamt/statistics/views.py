"""The statistics view in the Wagtail admin and its CSV and XLSX exports."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _

from ehrenamt.ehrenamtskarte.access import authorities_of
from ehrenamt.ehrenamtskarte.figures import figures_for

from .access import statistics_scope
from .alerts import alert_counts
from .chart import bar_chart
from .exports import COLUMNS, csv_response, values, xlsx_response
from .forms import StatisticsFilterForm
from .queries import collect


def _filtered(request):
    """(form, statistics); statistics is None when the filters are invalid."""
    scope = statistics_scope(request.user)
    if not scope.municipalities.exists():
        raise PermissionDenied
    form = StatisticsFilterForm(request.GET, scope=scope)
    if not form.is_valid():
        return form, None
    stats = collect(form.selected_municipalities(), form.cleaned_data["period"], form.regionwide())
    return form, stats


def _table(rows):
    return [(row, values(row)) for row in rows]


def _page(request, form, stats):
    context = {"form": form, "stats": stats, "columns": [heading for heading, _a in COLUMNS]}
    if stats is None:
        return render(request, "statistics/index.html", context, status=400)
    context.update(
        municipality_rows=_table(stats.municipalities),
        total_values=values(stats.total),
        category_rows=_table(stats.categories),
        municipality_chart=bar_chart(
            "chart-municipalities",
            _("Aktuelle Angebote je Ort"),
            [(row.label, row.opportunities) for row in stats.municipalities],
        ),
        category_chart=bar_chart(
            "chart-categories",
            _("Aktuelle Angebote je Engagementbereich"),
            [(row.label, row.opportunities) for row in stats.categories],
        ),
        query_string=request.GET.urlencode(),
        card_figures=figures_for(authorities_of(request.user)),
    )
    context["alerts_per_place"], context["alerts_per_area"] = alert_counts(
        form.selected_municipalities(), form.regionwide()
    )
    return render(request, "statistics/index.html", context)


def index(request):
    form, stats = _filtered(request)
    return _page(request, form, stats)


def export_csv(request):
    form, stats = _filtered(request)
    return csv_response(stats) if stats else _page(request, form, stats)


def export_xlsx(request):
    form, stats = _filtered(request)
    return xlsx_response(stats) if stats else _page(request, form, stats)
