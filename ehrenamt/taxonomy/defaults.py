"""The default vocabulary a new portal starts with: (slug, German name) in display order.

ENGLISH_NAMES gives each default term its name in the English interface.
"""

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


ENGLISH_NAMES = {
    "sport": "Sport", "kultur-musik": "Culture & music", "soziales": "Social welfare",
    "kinder-jugend": "Children & youth", "senioren": "Older people",
    "umwelt-naturschutz": "Environment & nature", "tierschutz": "Animal welfare",
    "feuerwehr-rettungsdienst": "Fire brigade & rescue", "bildung": "Education",
    "kirche-religion": "Church & religion", "flucht-integration": "Refugees & integration",
    "gesundheit": "Health", "politik-buergerbeteiligung": "Politics & civic participation",
    "freizeit-geselligkeit": "Leisure & community", "inklusion": "Inclusion",
    "nachbarschaftshilfe": "Neighbourly help",
    "kinder": "Children", "jugendliche": "Young people", "familien": "Families",
    "erwachsene": "Adults", "seniorinnen": "Older people", "menschen-mit-behinderung":
    "People with disabilities", "gefluechtete": "Refugees",
    "ohne-deutschkenntnisse": "People without German", "alleinerziehende": "Single parents",
    "tiere": "Animals",
    "begleiten-betreuen": "Accompanying & caring", "beraten": "Advising",
    "handwerk-reparieren": "Crafts & repairs", "kochen-bewirten": "Cooking & catering",
    "fahren-transport": "Driving & transport", "lehren-nachhilfe": "Teaching & tutoring",
    "organisieren-planen": "Organising & planning", "oeffentlichkeitsarbeit": "Public relations",
    "it-technik": "IT & technology", "trainieren-anleiten": "Coaching & instructing",
    "uebersetzen-dolmetschen": "Translating & interpreting",
    "verwaltung-buchhaltung": "Administration & bookkeeping",
    "gaertnern-landschaftspflege": "Gardening & landscape care", "musik-kunst": "Music & art",
    "vorlesen": "Reading aloud", "erste-hilfe": "First aid",
    "deutsch": "German", "englisch": "English", "tuerkisch": "Turkish", "arabisch": "Arabic",
    "russisch": "Russian", "ukrainisch": "Ukrainian", "polnisch": "Polish", "italienisch": "Italian",
    "franzoesisch": "French", "deutsche-gebaerdensprache": "German Sign Language",
}  # fmt: skip


def add_english_names(apps, schema_editor=None):
    """Fill in the English name of each default term that has none yet."""
    for model_name in ("Category", "TargetGroup", "Activity", "Language"):
        model = apps.get_model("taxonomy", model_name)
        for term in model.objects.filter(name_en="", slug__in=ENGLISH_NAMES):
            term.name_en = ENGLISH_NAMES[term.slug]
            term.save(update_fields=["name_en"])


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
