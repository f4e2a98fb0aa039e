"""The kinds of clubs the demo knows: how they are named, what they do and how their logo looks."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ClubKind:
    key: str
    # Patterns with {town}, {townish} (the adjective, e.g. "Bensheimer") and {year}.
    name_patterns: tuple[str, ...]
    categories: tuple[str, ...]
    target_groups: tuple[str, ...]
    about: tuple[str, ...]
    initials: str
    colour: str
    shape: str
    registered: bool = True
    weight: int = 1


KINDS = (
    ClubKind(
        key="sport",
        name_patterns=(
            "TV {town} {year} e.V.",
            "TSV {town} {year} e.V.",
            "SG {town} {year} e.V.",
            "FC {town} {year} e.V.",
            "Turngemeinde {town} {year} e.V.",
            "{townish} Schwimmverein e.V.",
            "Tischtennisclub {town} e.V.",
        ),
        categories=("sport", "kinder-jugend"),
        target_groups=("kinder", "jugendliche", "erwachsene"),
        about=(
            "Vom Kinderturnen bis zur Seniorengymnastik: Bei uns treiben Menschen jeden Alters "
            "gemeinsam Sport.",
            "Unser Verein lebt vom Ehrenamt. Trainerinnen, Betreuer und viele helfende Hände halten "
            "den Sportbetrieb am Laufen.",
        ),
        initials="SV",
        colour="#1d5fa8",
        shape="circle",
        weight=4,
    ),
    ClubKind(
        key="tafel",
        name_patterns=("Tafel {town}", "{townish} Tafel e.V.", "Tafelladen {town}"),
        categories=("soziales", "nachbarschaftshilfe"),
        target_groups=("familien", "alleinerziehende", "seniorinnen"),
        about=(
            "Wir retten Lebensmittel und geben sie an Menschen mit wenig Geld weiter.",
            "Jede Woche holen wir Lebensmittel bei Supermärkten und Bäckereien ab, sortieren sie "
            "und geben sie im Laden aus.",
        ),
        initials="T",
        colour="#b3261e",
        shape="square",
        registered=False,
        weight=2,
    ),
    ClubKind(
        key="feuerwehr",
        name_patterns=(
            "Freiwillige Feuerwehr {town}",
            "Förderverein der Freiwilligen Feuerwehr {town} e.V.",
            "Jugendfeuerwehr {town}",
        ),
        categories=("feuerwehr-rettungsdienst", "kinder-jugend"),
        target_groups=("jugendliche", "erwachsene"),
        about=(
            "Rund um die Uhr sind wir für unsere Nachbarinnen und Nachbarn da: bei Bränden, "
            "Unfällen und Unwettern.",
            "Unsere Jugendfeuerwehr bringt Jugendlichen Technik, Teamgeist und Erste Hilfe bei.",
        ),
        initials="FF",
        colour="#c62828",
        shape="shield",
        weight=3,
    ),
    ClubKind(
        key="musik",
        name_patterns=(
            "Musikverein {town} {year} e.V.",
            "Gesangverein Liederkranz {town} {year} e.V.",
            "Posaunenchor {town}",
            "Spielmannszug {town} e.V.",
            "{townish} Kammerchor e.V.",
        ),
        categories=("kultur-musik", "freizeit-geselligkeit"),
        target_groups=("kinder", "jugendliche", "erwachsene", "seniorinnen"),
        about=(
            "Wir machen Musik für unseren Ort: beim Frühjahrskonzert, am Kerwesonntag und beim "
            "Weihnachtsmarkt.",
            "Bei uns spielen Jung und Alt zusammen. Nachwuchs bilden wir selbst aus.",
        ),
        initials="MV",
        colour="#6a1b9a",
        shape="circle",
        weight=3,
    ),
    ClubKind(
        key="nachbarschaft",
        name_patterns=(
            "Nachbarschaftshilfe {town} e.V.",
            "Bürgerhilfe {town}",
            "Seniorenhilfe {town} e.V.",
            "Nachbarn für Nachbarn {town}",
        ),
        categories=("nachbarschaftshilfe", "senioren", "soziales"),
        target_groups=("seniorinnen", "familien", "menschen-mit-behinderung"),
        about=(
            "Wir helfen dort, wo Familie und Nachbarn fehlen: beim Einkauf, beim Arztbesuch, "
            "beim Ausfüllen von Formularen.",
            "Ein bisschen Zeit schenken und viel zurückbekommen: Das ist Nachbarschaftshilfe.",
        ),
        initials="NH",
        colour="#2e7d32",
        shape="house",
        weight=2,
    ),
    ClubKind(
        key="tierschutz",
        name_patterns=(
            "Tierschutzverein {town} und Umgebung e.V.",
            "Katzenhilfe {town} e.V.",
            "Tierheim {town}",
        ),
        categories=("tierschutz",),
        target_groups=("tiere",),
        about=(
            "Wir kümmern uns um Fundtiere, vermitteln Hunde und Katzen in ein neues Zuhause und "
            "klären über artgerechte Haltung auf.",
        ),
        initials="TS",
        colour="#8d6e63",
        shape="paw",
    ),
    ClubKind(
        key="fluechtlingshilfe",
        name_patterns=(
            "Flüchtlingshilfe {town}",
            "Arbeitskreis Asyl {town}",
            "Netzwerk Willkommen {town}",
        ),
        categories=("flucht-integration", "soziales", "bildung"),
        target_groups=("gefluechtete", "ohne-deutschkenntnisse", "familien"),
        about=(
            "Wir begleiten geflüchtete Menschen beim Ankommen: bei Behördengängen, beim "
            "Deutschlernen und bei der Suche nach Wohnung und Arbeit.",
        ),
        initials="FH",
        colour="#00838f",
        shape="circle",
        registered=False,
    ),
    ClubKind(
        key="hospiz",
        name_patterns=("Hospizverein {town} e.V.", "Ambulanter Hospizdienst {town}"),
        categories=("gesundheit", "soziales", "senioren"),
        target_groups=("seniorinnen", "familien"),
        about=(
            "Wir begleiten schwer kranke und sterbende Menschen und ihre Angehörigen, zu Hause, "
            "im Pflegeheim und im Krankenhaus.",
        ),
        initials="HV",
        colour="#5d4037",
        shape="circle",
    ),
    ClubKind(
        key="natur",
        name_patterns=(
            "Naturschutzgruppe {town} e.V.",
            "Obst- und Gartenbauverein {town} e.V.",
            "Streuobstinitiative {town}",
            "Vogelschutzgruppe {town}",
        ),
        categories=("umwelt-naturschutz",),
        target_groups=("kinder", "familien", "erwachsene"),
        about=(
            "Wir pflegen Streuobstwiesen, bauen Nistkästen und zeigen Kindern, was an der "
            "Bergstraße wächst und lebt.",
        ),
        initials="NS",
        colour="#388e3c",
        shape="leaf",
        weight=2,
    ),
    ClubKind(
        key="kirche",
        name_patterns=(
            "Evangelische Kirchengemeinde {town}",
            "Katholische Pfarrei St. Georg {town}",
            "Katholische Pfarrei St. Michael {town}",
            "Evangelische Stadtkirchengemeinde {town}",
        ),
        categories=("kirche-religion", "soziales"),
        target_groups=("kinder", "familien", "seniorinnen"),
        about=(
            "Unsere Gemeinde ist mehr als der Sonntagsgottesdienst: Krabbelgruppe, Seniorencafé, "
            "Besuchsdienst und Kinderbibeltage leben vom Ehrenamt.",
        ),
        initials="KG",
        colour="#4527a0",
        shape="shield",
        registered=False,
        weight=2,
    ),
    ClubKind(
        key="jugend",
        name_patterns=(
            "Jugendtreff {town}",
            "Förderverein Jugendhaus {town} e.V.",
            "Pfadfinderstamm {town}",
        ),
        categories=("kinder-jugend", "freizeit-geselligkeit", "bildung"),
        target_groups=("kinder", "jugendliche"),
        about=(
            "Bei uns können Kinder und Jugendliche einfach da sein: kickern, kochen, Hausaufgaben "
            "machen und eigene Ideen umsetzen.",
        ),
        initials="JT",
        colour="#ef6c00",
        shape="diamond",
        weight=2,
    ),
    ClubKind(
        key="rettung",
        name_patterns=("DRK-Ortsverein {town} e.V.", "DLRG-Ortsgruppe {town} e.V."),
        categories=("feuerwehr-rettungsdienst", "gesundheit"),
        target_groups=("erwachsene", "jugendliche"),
        about=(
            "Wir leisten Erste Hilfe bei Veranstaltungen, organisieren Blutspendetermine und "
            "bilden Rettungsschwimmerinnen und Sanitäter aus.",
        ),
        initials="RD",
        colour="#d84315",
        shape="cross",
    ),
    ClubKind(
        key="kultur",
        name_patterns=(
            "Heimat- und Geschichtsverein {town} e.V.",
            "Theatergruppe {town} e.V.",
            "Kulturverein {town} e.V.",
            "Förderverein Stadtbücherei {town} e.V.",
        ),
        categories=("kultur-musik", "bildung", "freizeit-geselligkeit"),
        target_groups=("erwachsene", "seniorinnen", "kinder"),
        about=(
            "Wir bewahren die Geschichte unseres Ortes, organisieren Lesungen, Führungen und "
            "Theaterabende.",
        ),
        initials="KV",
        colour="#ad1457",
        shape="diamond",
    ),
    ClubKind(
        key="inklusion",
        name_patterns=("Inklusionsnetzwerk {town}", "Miteinander {town} e.V."),
        categories=("inklusion", "soziales", "freizeit-geselligkeit"),
        target_groups=("menschen-mit-behinderung", "familien"),
        about=(
            "Wir bringen Menschen mit und ohne Behinderung zusammen: beim Sport, beim Ausflug und "
            "im Alltag.",
        ),
        initials="IN",
        colour="#0277bd",
        shape="circle",
    ),
    ClubKind(
        key="repair",
        name_patterns=("Repair-Café {town}", "Offene Werkstatt {town}"),
        categories=("umwelt-naturschutz", "freizeit-geselligkeit"),
        target_groups=("erwachsene", "seniorinnen"),
        about=(
            "Reparieren statt wegwerfen: Einmal im Monat helfen wir, Toaster, Fahrräder und "
            "Lieblingspullover wieder flottzumachen.",
        ),
        initials="RC",
        colour="#455a64",
        shape="square",
        registered=False,
    ),
)

KINDS_BY_KEY = {kind.key: kind for kind in KINDS}
