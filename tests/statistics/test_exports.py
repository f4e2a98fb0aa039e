"""CSV and XLSX hold the same numbers as the page, for the same filters."""

import csv
import io

import pytest
from openpyxl import load_workbook

from .conftest import URL

pytestmark = pytest.mark.django_db


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))


def test_csv_holds_places_total_and_categories(superuser, seeded):
    response = superuser.get(URL, {"export": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="statistik-')
    rows = csv_rows(response)
    assert rows[0] == [
        "Ebene",
        "Name",
        "Vereine",
        "Aktuelle Angebote",
        "Davon enden in 14 Tagen",
        "Anfragen",
        "Beantwortet (%)",
        "Antwortzeit, Median (Stunden)",
        "Suchen ohne Ergebnis",
    ]
    assert ["Ort", "Bensheim", "2", "2", "1", "4", "75,0", "4,0", "0"] in rows
    assert ["Ort", "Viernheim", "1", "1", "0", "2", "100,0", "2,0", "0"] in rows
    assert ["Gesamt", "Gesamt", "3", "3", "1", "6", "83,3", "3,0", "0"] in rows
    assert ["Engagementbereich", "Sport", "0", "1", "1", "1", "0,0", "", "0"] in rows


def test_csv_follows_the_municipality_filter(superuser, seeded):
    names = [
        row[1]
        for row in csv_rows(superuser.get(URL, {"export": "csv", "municipality": "viernheim"}))
    ]
    assert "Viernheim" in names
    assert "Bensheim" not in names


def test_xlsx_holds_the_same_numbers(superuser, seeded):
    superuser.get("/suche/", {"q": "=HYPERLINK(1)", "municipality": "bensheim"})
    response = superuser.get(URL, {"export": "xlsx", "date_from": "01.01.2020"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == [
        "Orte",
        "Engagementbereiche",
        "Suchbegriffe ohne Ergebnis",
        "Zeitraum",
    ]
    places = {row[0]: row[1:] for row in workbook["Orte"].iter_rows(min_row=2, values_only=True)}
    # Since 2020 the inquiry of two years ago counts too: answered after 50 hours.
    assert places["Bensheim"] == (2, 2, 1, 5, 80.0, 7.0, 1)
    assert places["Viernheim"] == (1, 1, 0, 2, 100.0, 2.0, 0)
    categories = {
        row[0]: row[1:]
        for row in workbook["Engagementbereiche"].iter_rows(min_row=2, values_only=True)
    }
    assert categories["Sport"] == (0, 1, 1, 1, 0.0, None, 0)
    words = list(workbook["Suchbegriffe ohne Ergebnis"].iter_rows(min_row=2, values_only=True))
    # A search word never becomes a formula in the spreadsheet.
    assert words == [("'=hyperlink(1)", 1)]
    assert workbook["Zeitraum"]["A2"].value.date().isoformat() == "2020-01-01"
