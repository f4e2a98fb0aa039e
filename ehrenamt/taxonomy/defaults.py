"""The default vocabulary a new portal starts with: (slug, German name) in display order."""

CATEGORIES = [
    ("sport", "Sport"),
    ("kultur-musik", "Kultur & Musik"),
    ("soziales", "Soziales"),
    ("kinder-jugend", "Kinder & Jugend"),
    ("senioren", "Senioren"),
    ("umwelt-naturschutz", "Umwelt & Naturschutz"),
    ("tierschutz", "Tierschutz"),
    ("feuerwehr-rettungsdienst", "Feuerwehr & Rettungsdienst"),
    ("bildung", "Bildung"),
    ("kirche-religion", "Kirche & Religion"),
    ("flucht-integration", "Flucht & Integration"),
    ("gesundheit", "Gesundheit"),
    ("politik-buergerbeteiligung", "Politik & Bürgerbeteiligung"),
    ("freizeit-geselligkeit", "Freizeit & Geselligkeit"),
    ("inklusion", "Inklusion"),
    ("nachbarschaftshilfe", "Nachbarschaftshilfe"),
]

TARGET_GROUPS = [
    ("kinder", "Kinder"),
    ("jugendliche", "Jugendliche"),
    ("familien", "Familien"),
    ("erwachsene", "Erwachsene"),
    ("seniorinnen", "Senior:innen"),
    ("menschen-mit-behinderung", "Menschen mit Behinderung"),
    ("gefluechtete", "Geflüchtete"),
    ("ohne-deutschkenntnisse", "Menschen ohne Deutschkenntnisse"),
    ("alleinerziehende", "Alleinerziehende"),
    ("tiere", "Tiere"),
]

ACTIVITIES = [
    ("begleiten-betreuen", "Begleiten & Betreuen"),
    ("beraten", "Beraten"),
    ("handwerk-reparieren", "Handwerk & Reparieren"),
    ("kochen-bewirten", "Kochen & Bewirten"),
    ("fahren-transport", "Fahren & Transport"),
    ("lehren-nachhilfe", "Lehren & Nachhilfe"),
    ("organisieren-planen", "Organisieren & Planen"),
    ("oeffentlichkeitsarbeit", "Öffentlichkeitsarbeit"),
    ("it-technik", "IT & Technik"),
    ("trainieren-anleiten", "Trainieren & Anleiten"),
    ("uebersetzen-dolmetschen", "Übersetzen & Dolmetschen"),
    ("verwaltung-buchhaltung", "Verwaltung & Buchhaltung"),
    ("gaertnern-landschaftspflege", "Gärtnern & Landschaftspflege"),
    ("musik-kunst", "Musik & Kunst"),
    ("vorlesen", "Vorlesen"),
    ("erste-hilfe", "Erste Hilfe"),
]

LANGUAGES = [
    ("deutsch", "Deutsch", "de"),
    ("englisch", "Englisch", "en"),
    ("tuerkisch", "Türkisch", "tr"),
    ("arabisch", "Arabisch", "ar"),
    ("russisch", "Russisch", "ru"),
    ("ukrainisch", "Ukrainisch", "uk"),
    ("polnisch", "Polnisch", "pl"),
    ("italienisch", "Italienisch", "it"),
    ("franzoesisch", "Französisch", "fr"),
    ("deutsche-gebaerdensprache", "Deutsche Gebärdensprache", "gsg"),
]


def load_defaults(apps, schema_editor=None):
    """Create the default terms that are missing; never overwrite what staff have edited."""
    for model_name, rows in [
        ("Category", CATEGORIES),
        ("TargetGroup", TARGET_GROUPS),
        ("Activity", ACTIVITIES),
    ]:
        model = apps.get_model("taxonomy", model_name)
        for position, (slug, name) in enumerate(rows):
            model.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": position})
    Language = apps.get_model("taxonomy", "Language")
    for position, (slug, name, code) in enumerate(LANGUAGES):
        Language.objects.get_or_create(
            slug=slug, defaults={"name": name, "code": code, "sort_order": position}
        )
