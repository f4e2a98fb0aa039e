"""Loads the reference data shipped in data/*.csv; used by migrations, so it takes the app registry."""

import csv
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_rows(filename):
    with open(DATA_DIR / filename, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def present(model, row, names):
    """The columns of `row` that the (possibly historical) model already has."""
    fields = {field.name for field in model._meta.get_fields()}
    return {name: row[name] for name in names if name in fields and name in row}


def load_reference_data(apps, schema_editor=None):
    """Create or update every state, district, municipality and postcode; safe to run again."""
    State = apps.get_model("regions", "State")
    District = apps.get_model("regions", "District")
    Municipality = apps.get_model("regions", "Municipality")
    Postcode = apps.get_model("regions", "Postcode")

    states = {}
    for row in read_rows("states.csv"):
        states[row["code"]], _ = State.objects.update_or_create(
            code=row["code"], defaults={"name": row["name"], "slug": row["slug"]}
        )

    districts = {}
    for row in read_rows("districts.csv"):
        districts[row["slug"]], _ = District.objects.update_or_create(
            slug=row["slug"],
            defaults={
                "name": row["name"],
                "kind": row["kind"],
                "state": states[row["state"]],
                "ags": row["ags"],
                **present(District, row, ["phrase"]),
            },
        )

    for row in read_rows("municipalities.csv"):
        municipality, _ = Municipality.objects.update_or_create(
            slug=row["slug"],
            defaults={
                "name": row["name"],
                "kind": row["kind"],
                "district": districts[row["district"]],
                "latitude": float(row["latitude"]),
                "longitude": float(row["longitude"]),
                "ags": row["ags"],
                **present(Municipality, row, ["area_code"]),
            },
        )
        for code in row["postcodes"].split():
            Postcode.objects.get_or_create(code=code, municipality=municipality)
