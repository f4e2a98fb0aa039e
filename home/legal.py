"""The legal pages every installation starts with: Impressum, privacy notice, accessibility statement.

They are ordinary standard pages that staff edit like any other; the facts that belong to the
operator (address, data-protection officer, retention periods) come from the portal settings through
the "portal_facts" block, so a town fills them in once in the settings.
The texts follow what the law asks for: § 5 DDG and § 18 MStV (Impressum); Art. 13 and 15-21 DSGVO
with the Hessian HDSIG and § 25 TDDDG (privacy); the EU model statement of Implementing Decision
(EU) 2018/1523 with the Hessian HVBIT and its enforcement procedure (accessibility).
"""

from django.utils import formats

HBDI = (
    "Der Hessische Beauftragte für Datenschutz und Informationsfreiheit (HBDI), "
    "Gustav-Stresemann-Ring 1, 65189 Wiesbaden, "
    '<a href="https://datenschutz.hessen.de">datenschutz.hessen.de</a>'
)
ENFORCEMENT_BODY = (
    "Durchsetzungs- und Überwachungsstelle für barrierefreie Informationstechnik des Landes Hessen "
    "bei der Beauftragten der Hessischen Landesregierung für barrierefreie IT, Regierungspräsidium "
    'Gießen, <a href="https://lbit.hessen.de">lbit.hessen.de</a>'
)
FEEDBACK_FORM = '<a href="/mitmachen/barriere-melden/">Formular „Barriere melden“</a>'


def heading(text):
    return ("heading", {"text": text, "level": "h2"})


def paragraph(*texts):
    return ("paragraph", "".join(f"<p>{text}</p>" for text in texts))


def bullets(*items):
    return ("paragraph", "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")


def facts(which):
    return ("portal_facts", {"facts": which})


def impressum():
    return [
        heading("Anbieter"),
        facts("operator"),
        heading("Inhalte der Vereine und Initiativen"),
        paragraph(
            "Vereine und Initiativen stellen ihre Seiten und Engagement-Angebote selbst ein und sind "
            "für deren Inhalt verantwortlich. Die Verwaltung prüft jedes Angebot vor der "
            "Veröffentlichung. Wenn Ihnen ein Inhalt auffällt, der nicht stimmt oder gegen Recht "
            "verstößt, schreiben Sie uns: Wir nehmen ihn nach Prüfung umgehend offline."
        ),
        heading("Angebote von Partnerportalen"),
        paragraph(
            "Als Partnerangebot gekennzeichnete Angebote übernehmen wir aus den offenen Daten "
            "anderer Ehrenamtsportale der Region. Jedes nennt seine Quelle, deren Lizenz und einen "
            "Link zum Original; verantwortlich für den Inhalt ist das jeweilige Portal."
        ),
        heading("Links zu anderen Websites"),
        paragraph(
            "Für die Inhalte verlinkter Websites sind deren Betreiber verantwortlich. Bei der "
            "Verlinkung waren keine Rechtsverstöße erkennbar; werden uns welche bekannt, entfernen "
            "wir den Link."
        ),
        heading("Bilder"),
        paragraph(
            "Bilder auf Vereins- und Angebotsseiten stammen von den Vereinen, die die Rechte daran "
            "haben müssen. Die Bilder der Beispieldaten sind von der Portal-Software gezeichnet."
        ),
    ]


def privacy():
    return [
        paragraph(
            "Hier erfahren Sie, welche personenbezogenen Daten dieses Portal verarbeitet, wozu, auf "
            "welcher Rechtsgrundlage und wie lange, und welche Rechte Sie haben (Art. 13 DSGVO). "
            "Das Portal setzt keine Werkzeuge zur Reichweitenmessung oder Werbung ein und lädt ohne "
            "Ihre Einwilligung keine Inhalte von fremden Servern."
        ),
        heading("Verantwortliche Stelle"),
        facts("controller"),
        heading("Datenschutzbeauftragte"),
        facts("dpo"),
        heading("Aufruf der Seiten und Server-Protokolle"),
        paragraph(
            "Wenn Sie eine Seite aufrufen, verarbeitet der Server Ihre IP-Adresse, Datum und "
            "Uhrzeit, die aufgerufene Adresse, die übertragene Datenmenge, den Browser und die "
            "zuvor besuchte Seite. Das ist nötig, um die Seite auszuliefern und Angriffe abzuwehren. "
            "Rechtsgrundlage ist Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit § 3 des Hessischen "
            "Datenschutz- und Informationsfreiheitsgesetzes (HDSIG). Die Protokolle löschen wir nach "
            "der unten genannten Frist."
        ),
        heading("Cookies"),
        paragraph(
            "Das Portal setzt nur Cookies, die für seine Funktion nötig sind: ein Sicherheits-Cookie "
            "für Formulare (csrftoken), ein Sitzungs-Cookie, wenn Sie die Sprache wechseln oder der "
            "Karte zustimmen (sessionid), und Ihre Sprachwahl (django_language). Rechtsgrundlage "
            "ist § 25 Abs. 2 Nr. 2 TDDDG und Art. 6 Abs. 1 lit. e DSGVO."
        ),
        heading("Anfragen an Vereine"),
        paragraph(
            "Wenn Sie über das Formular eines Angebots einem Verein schreiben, verarbeiten wir Ihren "
            "Namen, Ihre E-Mail-Adresse, auf Wunsch Ihre Telefonnummer und Ihre Nachricht. Wir "
            "leiten die Anfrage an den Verein weiter, der sie beantwortet, und schicken Ihnen eine "
            "Bestätigung. Empfänger ist allein dieser Verein. Rechtsgrundlage ist Ihre Einwilligung "
            "(Art. 6 Abs. 1 lit. a DSGVO), die Sie jederzeit für die Zukunft widerrufen können. "
            "Nach Ablauf der Speicherfrist löschen wir die Anfrage automatisch."
        ),
        heading("Registrierung von Vereinen"),
        paragraph(
            "Für die Registrierung eines Vereins verarbeiten wir den Namen des Vereins, den Namen "
            "und die E-Mail-Adresse der Ansprechperson und ein Passwort, das nur verschlüsselt "
            "gespeichert wird. Die Adresse bestätigen Sie über einen Link (Double-Opt-in). Die "
            "Verwaltung prüft den Verein, bevor seine Seite erscheint. Rechtsgrundlage ist Art. 6 "
            "Abs. 1 lit. b und e DSGVO. Name und Kontaktdaten, die der Verein auf seiner Seite "
            "veröffentlicht, sind öffentlich sichtbar und Teil der offenen Daten des Portals."
        ),
        heading("Suchaufträge per E-Mail"),
        paragraph(
            "Wenn Sie sich neue Angebote zu einer Suche schicken lassen, speichern wir Ihre "
            "E-Mail-Adresse und die gewählten Filter. Der Auftrag gilt erst, wenn Sie ihn über den "
            "Link in unserer E-Mail bestätigen. Jede Benachrichtigung enthält einen Link zum "
            "Abmelden; dann löschen wir Ihre Adresse. Rechtsgrundlage ist Ihre Einwilligung "
            "(Art. 6 Abs. 1 lit. a DSGVO)."
        ),
        heading("Antrag auf die Ehrenamts-Card"),
        paragraph(
            "Für einen Antrag auf die Ehrenamts-Card verarbeiten wir Ihren Namen, Ihr "
            "Geburtsdatum, Ihre Anschrift, Ihre E-Mail-Adresse und die Angaben zu Ihrem Engagement. "
            "Die genannten Organisationen sehen nur Ihren Namen und das Engagement, das sie "
            "bestätigen sollen; über den Antrag entscheidet allein die zuständige Ausgabestelle "
            "(Kreis oder kreisfreie Stadt). Rechtsgrundlage ist Art. 6 Abs. 1 lit. e DSGVO. "
            "Unbestätigte Anträge löschen wir nach sieben Tagen, abgelehnte Anträge und Anträge zu "
            "abgelaufenen Karten nach der festgelegten Aufbewahrungsfrist."
        ),
        heading("Barrieren melden"),
        paragraph(
            "Wenn Sie uns eine Barriere melden, verarbeiten wir Ihre Nachricht, die betroffene Seite "
            "und, wenn Sie sie angeben, Ihren Namen und Ihre E-Mail-Adresse, um Ihnen zu antworten. "
            "Rechtsgrundlage ist Art. 6 Abs. 1 lit. c DSGVO in Verbindung mit § 4 der Hessischen "
            "Verordnung über barrierefreie Informationstechnik (HVBIT)."
        ),
        heading("Karte"),
        paragraph(
            "Die Karte lädt ihre Kacheln von einem fremden Server (in der Grundeinstellung der "
            "OpenStreetMap Foundation). Dabei erhält dieser Server Ihre IP-Adresse. Deshalb zeigen "
            "wir die Karte erst, wenn Sie zustimmen. Rechtsgrundlage ist Ihre Einwilligung "
            "(Art. 6 Abs. 1 lit. a DSGVO, § 25 Abs. 1 TDDDG); Sie können sie jederzeit widerrufen, "
            "indem Sie die Karte wieder ausblenden oder Ihre Cookies löschen."
        ),
        heading("Speicherdauer"),
        facts("retention"),
        heading("Empfänger und Hosting"),
        paragraph(
            "Das Portal läuft bei einem Rechenzentrum, das in unserem Auftrag und nach unseren "
            "Weisungen arbeitet (Art. 28 DSGVO), in der Europäischen Union. Daten geben wir nur an "
            "den Verein weiter, dem Sie schreiben. Eine Übermittlung in Drittländer findet nicht "
            "statt."
        ),
        heading("Ihre Rechte"),
        bullets(
            "Auskunft über Ihre Daten (Art. 15 DSGVO)",
            "Berichtigung unrichtiger Daten (Art. 16 DSGVO)",
            "Löschung (Art. 17 DSGVO) und Einschränkung der Verarbeitung (Art. 18 DSGVO)",
            "Datenübertragbarkeit (Art. 20 DSGVO)",
            "Widerspruch gegen eine Verarbeitung nach Art. 6 Abs. 1 lit. e DSGVO (Art. 21 DSGVO)",
            "Widerruf einer Einwilligung mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO)",
        ),
        paragraph(
            "Schreiben Sie dafür an die verantwortliche Stelle oder an die Datenschutzbeauftragten."
        ),
        heading("Beschwerde bei der Aufsichtsbehörde"),
        paragraph(
            "Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren (Art. 77 DSGVO). "
            f"Zuständig ist: {HBDI}."
        ),
    ]


def accessibility(today):
    date = formats.date_format(today, "j. F Y")
    return [
        paragraph(
            "Die Betreiberin dieses Portals ist als öffentliche Stelle bemüht, es im Einklang mit "
            "dem Hessischen Behinderten-Gleichstellungsgesetz (HessBGG) und der Hessischen "
            "Verordnung über barrierefreie Informationstechnik (HVBIT) zur Umsetzung der "
            "Richtlinie (EU) 2016/2102 barrierefrei zugänglich zu machen. Diese Erklärung gilt für "
            "alle Seiten des Portals."
        ),
        heading("Stand der Vereinbarkeit mit den Anforderungen"),
        paragraph(
            "Das Portal ist wegen der unten genannten Ausnahmen teilweise mit den Anforderungen "
            "vereinbar. Maßstab sind die WCAG 2.1 auf Stufe AA und die harmonisierte Norm "
            "EN 301 549. Die Einschätzung beruht auf einer Selbstbewertung: automatische Prüfungen "
            "mit axe-core in einem echten Browser bei jeder Änderung, dazu Tests mit Tastatur, "
            "Bildschirmlupe und Screenreader."
        ),
        heading("Nicht barrierefreie Inhalte"),
        bullets(
            "Die Karte der Angebote lässt sich mit dem Screenreader nur eingeschränkt erkunden. "
            "Dieselben Angebote stehen immer auch als Liste mit Ort und Entfernung daneben.",
            "Bilder und Dokumente, die Vereine hochladen, haben nicht immer einen Alternativtext "
            "oder sind nicht barrierefrei. Wir weisen die Vereine beim Hochladen darauf hin.",
            "Angebote von Partnerportalen übernehmen wir, wie sie geliefert werden; ihre Texte "
            "können wir nicht in jedem Fall prüfen.",
            "In Leichter Sprache gibt es bisher nur die Übersicht über das Portal, in "
            "Gebärdensprache noch keine Inhalte.",
        ),
        heading("Erstellung dieser Erklärung"),
        paragraph(
            f"Diese Erklärung wurde am {date} erstellt und zuletzt am {date} überprüft.",
        ),
        heading("Feedback und Kontakt"),
        paragraph(
            "Sind Ihnen Mängel aufgefallen, oder brauchen Sie einen Inhalt in einer barrierefreien "
            f"Form? Schreiben Sie uns über das {FEEDBACK_FORM} oder auf einem der folgenden Wege. "
            "Wir antworten so bald wie möglich, spätestens nach sechs Wochen."
        ),
        facts("controller"),
        heading("Durchsetzungsverfahren"),
        paragraph(
            "Haben Sie innerhalb von sechs Wochen keine zufriedenstellende Antwort erhalten, können "
            "Sie die Durchsetzungsstelle des Landes Hessen einschalten (§ 6 HVBIT). Sie prüft Ihr "
            "Anliegen, holt eine Stellungnahme von uns ein und regt Abhilfe an; das Verfahren ist "
            f"für Sie kostenlos. Zuständig ist die {ENFORCEMENT_BODY}."
        ),
    ]


# slug: (title, intro, body builder taking today's date)
LEGAL_PAGES = {
    "impressum": (
        "Impressum",
        "Angaben gemäß § 5 Digitale-Dienste-Gesetz (DDG) über den Betreiber dieses Portals.",
        lambda today: impressum(),
    ),
    "datenschutz": (
        "Datenschutzerklärung",
        "Wie wir mit Ihren Daten umgehen, wenn Sie dieses Portal nutzen.",
        lambda today: privacy(),
    ),
    "barrierefreiheit": (
        "Erklärung zur Barrierefreiheit",
        "Wir möchten, dass alle Menschen dieses Portal nutzen können.",
        accessibility,
    ),
}
# Texts of earlier versions' placeholder pages: a page that still shows one gets the full text.
PLACEHOLDERS = (
    "Bitte tragen Sie hier die Anschrift",
    "Dieses Portal setzt keine Tracking-Werkzeuge ein",
    "Dieses Portal soll die Anforderungen der BITV 2.0",
)
