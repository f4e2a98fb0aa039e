"""The pages that invite clubs in: /mitmachen/ and the terms of use the registration links to.

Shipped as ordinary content pages with sensible text, so that each town adapts them in the admin.
"""

MITMACHEN = (
    "mitmachen",
    "Mitmachen als Verein",
    "Stellen Sie Ihren Verein oder Ihre Initiative vor und finden Sie Freiwillige. Kostenlos.",
    [
        (
            "Was Sie bekommen",
            "<ul><li>Eine eigene Vereinsseite mit Beschreibung, Logo und Kontakt.</li>"
            "<li>Beliebig viele Engagement-Angebote, die Freiwillige in der Suche, auf der Karte und "
            "in den Angeboten der Partnerportale der Region finden.</li>"
            "<li>Anfragen von Interessierten per E-Mail und in Ihrem Bereich, ohne dass Sie Ihre "
            "Adresse öffentlich machen müssen.</li>"
            "<li>Erinnerungen, bevor ein Angebot abläuft, damit nichts Veraltetes online bleibt.</li></ul>",
        ),
        (
            "Was es kostet",
            "<p>Nichts. Das Portal wird von den Städten und Gemeinden der Region "
            "betrieben. Es gibt keine Werbung und kein Tracking.</p>",
        ),
        (
            "So geht es",
            "<ol><li>Registrieren Sie Ihren Verein mit Name, Ort, Ansprechperson und E-Mail-Adresse "
            "(etwa 3 Minuten).</li>"
            "<li>Bestätigen Sie Ihre E-Mail-Adresse über den Link, den wir Ihnen schicken.</li>"
            "<li>Ergänzen Sie Ihre Vereinsseite und legen Sie Ihr erstes Angebot an. Ort und Adresse "
            "sind schon ausgefüllt.</li>"
            "<li>Die Verwaltung Ihres Ortes prüft Vereinsseite und Angebot, meist innerhalb weniger "
            "Werktage. Danach sind beide online.</li></ol>",
        ),
        (
            "Die Regeln",
            "<ul><li>Angebote sind ehrenamtlich: keine bezahlten Stellen, keine Werbung.</li>"
            "<li>Sie beantworten Anfragen innerhalb von zwei Wochen.</li>"
            "<li>Sie halten Ihre Angebote aktuell und melden sie als besetzt, wenn sich genug "
            "Freiwillige gefunden haben.</li></ul>"
            '<p>Alles Weitere steht in den <a href="/nutzungsbedingungen/">Nutzungsbedingungen</a> '
            'und in der <a href="/mitmachen/anleitung/">Anleitung für Vereine</a>.</p>',
        ),
        (
            "Jetzt registrieren",
            '<p><a href="/mitmachen/verein-registrieren/">Verein registrieren</a></p>',
        ),
    ],
)

NUTZUNGSBEDINGUNGEN = (
    "nutzungsbedingungen",
    "Nutzungsbedingungen",
    "Regeln für Vereine und Initiativen, die sich auf diesem Portal vorstellen.",
    [
        (
            "1. Wer mitmachen kann",
            "<p>Eingetragene Vereine, Initiativen, Kirchengemeinden, "
            "soziale Einrichtungen und andere gemeinnützige Gruppen aus der Region. Die Verwaltung "
            "Ihres Ortes prüft jede neue Vereinsseite, bevor sie erscheint.</p>",
        ),
        (
            "2. Was veröffentlicht werden darf",
            "<p>Nur ehrenamtliche Tätigkeiten ohne Bezahlung "
            "(eine Aufwandsentschädigung ist erlaubt). Keine Stellenanzeigen, keine Werbung für "
            "Produkte, keine parteipolitische Werbung, nichts Diskriminierendes.</p>",
        ),
        (
            "3. Ihre Verantwortung",
            "<p>Sie sind für Ihre Angaben verantwortlich und halten sie "
            "aktuell. Sie veröffentlichen nur Bilder und Texte, an denen Sie die Rechte haben, und "
            "Daten anderer Menschen nur mit deren Einverständnis. Angebote für Kinder und "
            "Jugendliche nennen, was zu ihrem Schutz gilt (z. B. erweitertes Führungszeugnis).</p>",
        ),
        (
            "4. Anfragen von Freiwilligen",
            "<p>Sie nutzen die Kontaktdaten von Interessierten "
            "nur, um ihre Anfrage zu beantworten, und geben sie nicht weiter. Anfragen werden nach "
            "Ablauf der Aufbewahrungsfrist automatisch gelöscht.</p>",
        ),
        (
            "5. Prüfung und Sperrung",
            "<p>Die Verwaltung kann Angebote und Vereinsseiten "
            "ablehnen, offline nehmen oder ein Konto sperren, wenn diese Bedingungen verletzt "
            "werden. Sie können Ihr Konto jederzeit löschen lassen.</p>",
        ),
        (
            "6. Kosten",
            "<p>Die Nutzung ist kostenlos. Es besteht kein Anspruch auf Veröffentlichung.</p>",
        ),
    ],
)

CLUB_PAGES = [MITMACHEN, NUTZUNGSBEDINGUNGEN]


def sections_body(sections):
    """A page body of (heading, paragraph HTML) sections."""
    body = []
    for heading, html in sections:
        body += [("heading", {"text": heading, "level": "h2"}), ("paragraph", html)]
    return body
