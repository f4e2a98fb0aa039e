"""The finder's questions: what each asks (also in Leichte Sprache), which search parameters its
answer becomes, and how a listing meets it.

The answers map onto the search contract (DESIGN.md), so the finder asks the same engines as
/suche/ and its answers open /suche/ with equivalent filters. `query_fields` names the fields of
OpportunityQuery a question narrows; leaving them out is how the answer page loosens one answer.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

WEEKDAYS = [
    ("mon", _("Montag"), _("montags")),
    ("tue", _("Dienstag"), _("dienstags")),
    ("wed", _("Mittwoch"), _("mittwochs")),
    ("thu", _("Donnerstag"), _("donnerstags")),
    ("fri", _("Freitag"), _("freitags")),
    ("sat", _("Samstag"), _("samstags")),
    ("sun", _("Sonntag"), _("sonntags")),
]
DAYTIMES = [
    ("morning", _("vormittags")),
    ("afternoon", _("nachmittags")),
    ("evening", _("abends")),
]
TIME_SLOTS = [f"{day}-{time}" for day, _long, _adverb in WEEKDAYS for time, _label in DAYTIMES]

# How people like to help, as groups of the activities clubs choose from.
WAYS = {
    "hands": (
        _("mit den Händen"),
        _("Mit den Händen: bauen, reparieren, gärtnern, kochen, fahren"),
        (
            "handwerk-reparieren",
            "gaertnern-landschaftspflege",
            "kochen-bewirten",
            "fahren-transport",
        ),
    ),
    "head": (
        _("mit dem Kopf"),
        _("Mit dem Kopf: erklären, beraten, Technik, Zahlen"),
        ("lehren-nachhilfe", "beraten", "it-technik", "verwaltung-buchhaltung"),
    ),
    "organising": (
        _("organisieren"),
        _("Organisieren: planen, Veranstaltungen, Öffentlichkeitsarbeit"),
        ("organisieren-planen", "oeffentlichkeitsarbeit"),
    ),
    "people": (
        _("im Gespräch mit Menschen"),
        _("Mit Menschen reden: begleiten, vorlesen, übersetzen, anleiten"),
        ("begleiten-betreuen", "vorlesen", "uebersetzen-dolmetschen", "trainieren-anleiten"),
    ),
}

ACCESSIBILITY = [
    ("step_free", _("stufenlos erreichbar"), _("Ich brauche einen Ort ohne Stufen.")),
    ("accessible_wc", _("barrierefreies WC"), _("Ich brauche ein barrierefreies WC.")),
    ("sign_language", _("Gebärdensprache"), _("Ich brauche Gebärdensprache.")),
    ("easy_language", _("Einarbeitung in Leichter Sprache"), _("Ich brauche Leichte Sprache.")),
]

# "passt, weil: mit Kindern": target groups as the finder says them.
WITH_WHOM = {
    "kinder": _("mit Kindern"),
    "jugendliche": _("mit Jugendlichen"),
    "familien": _("mit Familien"),
    "erwachsene": _("mit Erwachsenen"),
    "seniorinnen": _("mit Senior:innen"),
    "menschen-mit-behinderung": _("mit Menschen mit Behinderung"),
    "gefluechtete": _("mit Geflüchteten"),
    "ohne-deutschkenntnisse": _("mit Menschen ohne Deutschkenntnisse"),
    "alleinerziehende": _("mit Alleinerziehenden"),
    "tiere": _("mit Tieren"),
}


@dataclass(frozen=True)
class Question:
    key: str
    title: str
    easy_title: str
    hint: str
    easy_hint: str
    # The finder's own parameters for this question (what its form fields are called).
    params: tuple[str, ...]
    # The OpportunityQuery fields its answer narrows (search/query.py).
    query_fields: tuple[str, ...]
    # Short name for "Bei „…“ offener sein".
    short: str


QUESTIONS = [
    Question(
        "areas",
        _("Was liegt Ihnen am Herzen?"),
        _("Was ist Ihnen wichtig?"),
        _("Wählen Sie einen oder mehrere Bereiche."),
        _("Sie können mehr als ein Kästchen anklicken."),
        ("category",),
        ("categories",),
        _("Bereich"),
    ),
    Question(
        "with_whom",
        _("Mit wem möchten Sie sich engagieren?"),
        _("Mit wem möchten Sie helfen?"),
        _("Kinder, ältere Menschen, Tiere …"),
        _("Zum Beispiel mit Kindern. Oder mit Tieren."),
        ("target_group",),
        ("target_groups",),
        _("Mit wem"),
    ),
    Question(
        "how",
        _("Wie helfen Sie am liebsten?"),
        _("Was machen Sie gern?"),
        _("Mit den Händen, mit dem Kopf, beim Organisieren oder im Gespräch."),
        _("Zum Beispiel: Sie bauen gern etwas. Oder Sie reden gern mit Menschen."),
        ("way",),
        ("activities",),
        _("Wie"),
    ),
    Question(
        "when",
        _("Wann haben Sie Zeit?"),
        _("Wann haben Sie Zeit?"),
        _("Kreuzen Sie an, an welchen Tagen und zu welchen Tageszeiten."),
        _("Klicken Sie die Tage an. Und die Zeit am Tag."),
        ("time",),
        ("weekdays", "daytimes"),
        _("Wann"),
    ),
    Question(
        "how_often",
        _("Wie oft möchten Sie helfen?"),
        _("Wie oft möchten Sie helfen?"),
        _("Einmal, regelmäßig oder flexibel, wie es gerade passt."),
        _("Einmal. Oder jede Woche. Oder nur manchmal."),
        ("commitment",),
        ("commitment",),
        _("Wie oft"),
    ),
    Question(
        "where",
        _("Wo möchten Sie helfen?"),
        _("Wo möchten Sie helfen?"),
        _("Postleitzahl oder Ort und Umkreis, oder von zu Hause aus."),
        _("Schreiben Sie Ihre Post-Leitzahl. Oder Ihren Ort."),
        ("near", "radius", "remote"),
        ("near", "remote"),
        _("Wo"),
    ),
    Question(
        "needs",
        _("Was brauchen Sie?"),
        _("Was brauchen Sie?"),
        _("Barrierefreiheit und Ihr Alter, damit nur Passendes kommt."),
        _("Zum Beispiel: keine Stufen. Und wie alt sind Sie?"),
        ("accessibility", "age"),
        ("accessibility", "age"),
        _("Was Sie brauchen"),
    ),
]
