"""The statistics as CSV (semicolons, for German spreadsheet programs) and as an XLSX workbook."""

import csv
import io

from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook

from ehrenamt.operations.spreadsheets import safe_text

# (heading, attribute of queries.Figures); the HTML tables use the same columns.
COLUMNS = [
    (_("Vereine"), "clubs"),
    (_("Aktuelle Angebote"), "opportunities"),
    (_("Davon enden in 14 Tagen"), "expiring"),
    (_("Anfragen"), "inquiries"),
    (_("Beantwortet (%)"), "answered_percent"),
    (_("Antwortzeit, Median (Stunden)"), "median_response_hours"),
    (_("Suchen ohne Ergebnis"), "zero_result_searches"),
]
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def values(figures):
    return [getattr(figures, attribute) for _heading, attribute in COLUMNS]


def headings():
    return [str(heading) for heading, _attribute in COLUMNS]


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return value


def _filename(stats, extension):
    return f"statistik-{stats.period.start:%Y-%m-%d}-{stats.period.end:%Y-%m-%d}.{extension}"


def _attachment(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def figure_rows(stats):
    """(level, figures) in the order of the export: places, their total, categories."""
    return [
        *((_("Ort"), row) for row in stats.municipalities),
        (_("Gesamt"), stats.total),
        *((_("Engagementbereich"), row) for row in stats.categories),
    ]


def csv_response(stats):
    buffer = io.StringIO()
    # The byte order mark makes spreadsheet programs read the umlauts as UTF-8.
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow([str(_("Ebene")), str(_("Name")), *headings()])
    for level, figures in figure_rows(stats):
        writer.writerow(
            [str(level), safe_text(figures.label), *(_csv_cell(v) for v in values(figures))]
        )
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    return _attachment(response, _filename(stats, "csv"))


def _sheet(workbook, title, header, rows):
    sheet = workbook.create_sheet(str(title))
    sheet.append([str(cell) for cell in header])
    for row in rows:
        sheet.append(row)
    return sheet


def xlsx_response(stats):
    workbook = Workbook()
    workbook.remove(workbook.active)
    _sheet(
        workbook,
        _("Orte"),
        [_("Ort"), *headings()],
        [[safe_text(row.label), *values(row)] for row in [*stats.municipalities, stats.total]],
    )
    _sheet(
        workbook,
        _("Engagementbereiche"),
        [_("Engagementbereich"), *headings()],
        [[safe_text(row.label), *values(row)] for row in stats.categories],
    )
    _sheet(
        workbook,
        _("Suchbegriffe ohne Ergebnis"),
        [_("Suchbegriff"), _("Anzahl")],
        [[safe_text(text), number] for text, number in stats.zero_result_words],
    )
    _sheet(workbook, _("Zeitraum"), [_("Von"), _("Bis")], [[stats.period.start, stats.period.end]])
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    return _attachment(response, _filename(stats, "xlsx"))
