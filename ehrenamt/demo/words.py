"""Names, streets and phrases that make the demo read like the region; nothing here is a real person."""

import re

FIRST_NAMES = (
    "Anna", "Birgit", "Claudia", "Daniela", "Elif", "Fatma", "Gabriele", "Hannah", "Ingrid",
    "Julia", "Katharina", "Lea", "Marie", "Natalia", "Olga", "Petra", "Sabine", "Tanja", "Ursula",
    "Yasmin", "Andreas", "Bernd", "Christian", "Dieter", "Emre", "Frank", "Georg", "Hans-Peter",
    "Jürgen", "Karl-Heinz", "Lukas", "Markus", "Nikolai", "Oliver", "Paul", "Rainer", "Stefan",
    "Thomas", "Uwe", "Wolfgang",
)  # fmt: skip

LAST_NAMES = (
    "Müller", "Schmitt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
    "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
    "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmid", "Krause", "Lehmann",
    "Kaya", "Yilmaz", "Nowak", "Kowalski", "Rossi", "Petrenko", "Haas", "Eberle", "Kaltenbach",
    "Guthier", "Bickel", "Hiltwein", "Dörsam",
)  # fmt: skip

STREETS = (
    "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Kirchstraße", "Rathausplatz", "Lindenstraße",
    "Am Sportplatz", "Gartenstraße", "Mühlweg", "Am Marktplatz", "Ringstraße", "Friedhofstraße",
    "Bergstraße", "Rheinstraße", "Weinheimer Straße", "Darmstädter Straße", "Odenwaldstraße",
    "Neckarstraße", "Am Rathaus", "Goethestraße", "Schillerstraße", "Wilhelmstraße",
)  # fmt: skip

WEEKDAYS = ("montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags")
REGULAR_TIMES = ("9 bis 11 Uhr", "10 bis 12 Uhr", "14 bis 16 Uhr", "16 bis 18 Uhr", "17:30 bis 19 Uhr", "19 bis 21 Uhr")  # fmt: skip
ONE_OFF_TIMES = ("9 bis 13 Uhr", "10 bis 16 Uhr", "14 bis 18 Uhr", "ab 8 Uhr, so lange Sie mögen")
FLEXIBLE_SCHEDULES = (
    "nach Absprache",
    "wann es Ihnen passt, gern auch abends",
    "vormittags unter der Woche, nach Absprache",
    "am Wochenende, nach Absprache",
    "ein- bis zweimal im Monat",
)

ACCESSIBILITY_NOTES = (
    "Aufzug vorhanden",
    "Behindertenparkplatz direkt vor dem Eingang",
    "Induktionsschleife im Saal",
    "Eingang über die Rampe an der Rückseite",
    "Assistenzhunde sind willkommen",
)

# Further languages a role can be done in, besides German, with how often they come up.
EXTRA_LANGUAGES = (
    ("englisch", 8),
    ("tuerkisch", 4),
    ("arabisch", 4),
    ("russisch", 3),
    ("ukrainisch", 3),
    ("polnisch", 2),
    ("italienisch", 2),
    ("franzoesisch", 1),
)

# Telephone numbers the Bundesnetzagentur keeps free for film and fiction: safe to print.
FICTION_PHONE_PREFIXES = ("069 90009", "030 23125", "040 66969", "0221 4710", "089 99998")

# Registry courts for associations (Vereinsregister), by state.
REGISTRY_COURTS = {"HE": "Amtsgericht Darmstadt", "BW": "Amtsgericht Mannheim", "RP": "Amtsgericht Ludwigshafen"}  # fmt: skip

SHORT_NAME = re.compile(r" \(.*\)$| am Rhein$| an der Weinstraße$| in der Pfalz$")


def town_name(municipality_name):
    """What locals call the place in a club name: "Heppenheim", not "Heppenheim (Bergstraße)"."""
    return SHORT_NAME.sub("", municipality_name)


def town_adjective(town):
    """The -er form clubs put in front of their name: "Bensheimer", "Speyerer"."""
    return f"{town}r" if town.endswith("e") else f"{town}er"
