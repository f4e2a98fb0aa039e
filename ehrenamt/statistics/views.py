"""The statistics report in the Wagtail admin, with its CSV and XLSX exports.

Wagtail's ReportView brings the filters, the export buttons and the page; the figures are not one
list of rows, so the results template draws their tables and charts, and the exports are ours.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.reports import ReportView

from ehrenamt.ehrenamtskarte.access import authorities_of
from ehrenamt.ehrenamtskarte.figures import figures_for

from .alerts import alert_counts
from .chart import bar_chart
from .exports import COLUMNS, csv_response, values, xlsx_response
from .filters import StatisticsFilterSet
from .queries import collect


def _table(rows):
    return [(row, values(row)) for row in rows]


class StatisticsView(ReportView):
    page_title = gettext_lazy("Statistik")
    header_icon = "table"
    results_template_name = "statistics/results.html"
    filterset_class = StatisticsFilterSet
    paginate_by = None
    # What the exports hold; their files are written by exports.py.
    list_export = [attribute for _heading, attribute in COLUMNS]

    def get_queryset(self):
        # The places the user may see; ReportView filters them to the chosen one.
        return self.filters.scope.municipalities

    @cached_property
    def stats(self):
        """None when the filters are invalid."""
        if not self.filters.is_valid():
            return None
        return collect(self.object_list, self.filters.period, self.filters.regionwide())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        stats = self.stats
        context.update(stats=stats, columns=[heading for heading, _a in COLUMNS])
        if stats is None:
            return context
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
            card_figures=figures_for(authorities_of(self.request.user)),
        )
        context["alerts_per_place"], context["alerts_per_area"] = alert_counts(
            self.object_list, self.filters.regionwide()
        )
        return context

    def render_to_response(self, context, **response_kwargs):
        if self.stats is None:
            return super(ReportView, self).render_to_response(context, status=400)
        return super().render_to_response(context, **response_kwargs)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        if spreadsheet_format == self.FORMAT_CSV:
            return csv_response(self.stats)
        return xlsx_response(self.stats)
