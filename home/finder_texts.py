"""What the privacy and Leichte Sprache pages say about search alerts and the finder.

Part of the pages' text for new installations (site_tree.py); migration 0004 adds it to pages of
existing installations that nobody has edited yet.
"""

PRIVACY_ALERTS = (
    "<b>Neue Angebote per E-Mail:</b> Wenn Sie neue Angebote zu einer Suche bestellen, speichern wir "
    "Ihre E-Mail-Adresse, die Suche (Filter und Suchwörter), wie oft Sie E-Mails möchten, wann Sie "
    "bestellt und bestätigt haben, wann wir Ihnen zuletzt geschrieben haben und den Tag, an dem Sie "
    "zuletzt einem Link aus unseren E-Mails gefolgt sind. Ohne Bestätigung löschen wir alles nach "
    "7 Tagen. Abbestellen geht in jeder E-Mail mit einem Klick; dann löschen wir alles sofort. Kommt "
    "eine E-Mail als unzustellbar zurück oder folgen Sie ein Jahr lang keinem Link aus unseren "
    "E-Mails, löschen wir die Benachrichtigung. Niemand sonst sieht Ihre Adresse; die Mitarbeitenden "
    "der Städte sehen nur, wie viele Benachrichtigungen es je Ort und Engagementbereich gibt.\n\n"
    "<b>Engagement-Finder:</b> Ihre Antworten speichern wir nicht. Sie stehen nur in der Adresse "
    "der Ergebnisseite; wir setzen dafür kein Cookie."
)

EASY_LANGUAGE_FINDER = (
    "Sie wissen nicht, welche Aufgabe zu Ihnen passt? Dann nutzen Sie den "
    '<a href="/engagement-finder/?leicht=1">Engagement-Finder</a>. '
    "Der Finder stellt Ihnen Fragen. Zum Beispiel: Was ist Ihnen wichtig? Mit wem möchten Sie "
    "helfen? Wann haben Sie Zeit? Sie müssen nicht jede Frage beantworten. "
    "Dann zeigt der Finder Ihnen passende Aufgaben."
)
