"""CSV as German volunteer agencies exchange it: semicolon or comma, UTF-8 (with BOM) or Latin-1."""

import csv
import io

from django.utils.translation import gettext as _

from .. import traits
from .base import FeedError, Importer

# Column headings seen in agency exports, lower-cased, mapped onto our field names.
COLUMNS = {
    "id": "id",
    "kennung": "id",
    "organisation": "organisation",
    "träger": "organisation",
    "verein": "organisation",
    "titel": "title",
    "title": "title",
    "beschreibung": "description",
    "kurzbeschreibung": "summary",
    "adresse": "street_address",
    "straße": "street_address",
    "plz": "postcode",
    "postleitzahl": "postcode",
    "ort": "town",
    "kategorie": "categories",
    "kategorien": "categories",
    "kontakt": "contact_name",
    "ansprechperson": "contact_name",
    "e-mail": "contact_email",
    "email": "contact_email",
    "telefon": "contact_phone",
    "beginn": "start_date",
    "ende": "end_date",
    "gültig bis": "valid_through",
    "link": "url",
    "von zu hause möglich": "remote",
    "online": "remote",
    "zeitlicher rahmen": "commitment",
    "stunden pro woche": "hours_per_week",
    "mindestalter": "minimum_age",
    "gesuchte freiwillige": "volunteers_needed",
    "zielgruppen": "target_groups",
    "zielgruppe": "target_groups",
    "barrierefreiheit": "accessibility",
    **traits.CSV_COLUMNS,
}
REQUIRED = {"title", "organisation"}


def decode(payload):
    """UTF-8, with or without BOM; anything that is not UTF-8 is read as Windows-1252/Latin-1."""
    try:
        return payload.decode("utf-8-sig")
    except UnicodeDecodeError:
        return payload.decode("cp1252", errors="replace")


class CsvImporter(Importer):
    format = "csv"

    def entries(self, load):
        text = decode(load(None))
        first_line = text.split("\n", 1)[0]
        delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            raise FeedError(_("Die CSV-Datei ist leer.")) from None
        except csv.Error as error:
            raise FeedError(
                _("Die CSV-Datei ist fehlerhaft: %(error)s") % {"error": error}
            ) from error
        names = [COLUMNS.get(heading.strip().lower()) for heading in header]
        if not set(names) >= REQUIRED:
            raise FeedError(_("Der CSV-Datei fehlen die Spalten „Titel“ und „Organisation“."))
        yield from self.rows(reader, names)

    def rows(self, reader, names):
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error:
                # A broken line (e.g. a stray quote) costs that record, not the file.
                problem = _("Die Zeile ist kein gültiges CSV.")
                yield f"Zeile {reader.line_num}", {"problem": problem}
                continue
            if not any(cell.strip() for cell in row):
                continue
            values = {name: cell for name, cell in zip(names, row, strict=False) if name}
            if len(row) != len(names):
                values["problem"] = _("Die Zeile hat %(found)d statt %(expected)d Spalten.") % {
                    "found": len(row),
                    "expected": len(names),
                }
            yield values.pop("id", "") or f"Zeile {reader.line_num}", values
