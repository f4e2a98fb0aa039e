"""The issuing authorities the portal ships with; used by a migration, so it takes the app registry.

Values come from the authorities' published rules; each authority checks and edits its own entry in
the admin (Snippets → Ausgabestellen), so a run of this loader never overwrites what staff changed.
"""

HESSEN_RULES = (
    "Die Ehrenamts-Card bekommen Menschen, die sich seit mindestens zwei Jahren (oder seit "
    "Gründung ihrer Organisation) durchschnittlich mindestens fünf Stunden pro Woche ehrenamtlich "
    "engagieren, ohne dafür mehr als eine Erstattung ihrer Auslagen zu erhalten. Mehrere "
    "Engagements werden zusammengezählt. Die Karte gilt zwei Jahre in ganz Hessen."
)
RHEINLAND_PFALZ_RULES = (
    "Die Ehrenamtskarte Rheinland-Pfalz bekommen Menschen ab 16 Jahren, die sich seit mindestens "
    "zwei Jahren durchschnittlich fünf Stunden pro Woche oder 250 Stunden im Jahr ehrenamtlich "
    "engagieren, ohne pauschale Aufwandsentschädigung über die Erstattung der Kosten hinaus. "
    "Tätigkeiten in mehreren Organisationen werden zusammengezählt."
)
BADEN_WUERTTEMBERG_RULES = (
    "Baden-Württemberg hat keine landesweite Ehrenamtskarte. Ob Ihre Stadt eine eigene Karte "
    "ausgibt, erfahren Sie bei der Stadtverwaltung."
)

HESSEN = {
    "hours_per_week": 5,
    "hours_per_year": None,
    "years_of_engagement": 2,
    "minimum_age": 16,
    "validity_years": 2,
    "rules_text": HESSEN_RULES,
}
RHEINLAND_PFALZ = {
    "hours_per_week": 5,
    "hours_per_year": 250,
    "years_of_engagement": 2,
    "minimum_age": 16,
    "validity_years": 2,
    "rules_text": RHEINLAND_PFALZ_RULES,
}
NO_CARD = {
    "hours_per_week": None,
    "hours_per_year": None,
    "years_of_engagement": 0,
    "minimum_age": 16,
    "validity_years": 2,
    "rules_text": BADEN_WUERTTEMBERG_RULES,
}

# (district slug, name, rules, online applications)
AUTHORITIES = [
    ("kreis-bergstrasse", "Kreis Bergstraße", HESSEN, True),
    ("ludwigshafen-am-rhein", "Stadt Ludwigshafen am Rhein", RHEINLAND_PFALZ, True),
    ("frankenthal-pfalz", "Stadt Frankenthal (Pfalz)", RHEINLAND_PFALZ, False),
    ("landau-in-der-pfalz", "Stadt Landau in der Pfalz", RHEINLAND_PFALZ, False),
    ("neustadt-an-der-weinstrasse", "Stadt Neustadt an der Weinstraße", RHEINLAND_PFALZ, False),
    ("speyer", "Stadt Speyer", RHEINLAND_PFALZ, False),
    ("worms", "Stadt Worms", RHEINLAND_PFALZ, False),
    ("mannheim", "Stadt Mannheim", NO_CARD, False),
    ("heidelberg", "Stadt Heidelberg", NO_CARD, False),
]


def load_authorities(apps, schema_editor=None):
    """Create the authorities that are missing; existing ones stay as their staff left them."""
    District = apps.get_model("regions", "District")
    IssuingAuthority = apps.get_model("ehrenamtskarte", "IssuingAuthority")
    for district_slug, name, rules, online in AUTHORITIES:
        district = District.objects.filter(slug=district_slug).first()
        if district is None:
            continue
        IssuingAuthority.objects.get_or_create(
            district=district,
            defaults={
                "name": name,
                "slug": district_slug,
                "accepts_online_applications": online,
                **rules,
            },
        )
