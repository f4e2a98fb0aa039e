"""Builds the portal's fixed page tree: home page, club directory, places, initiatives, legal pages.

Used by `manage.py setup_portal`, by seed_demo and by the tests, so every installation has the same
tree. Safe to run again: it only adds what is missing.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Page, Site

from ehrenamt.clubs.models import ClubIndexPage
from ehrenamt.ehrenamtskarte.setup import ensure_card_page
from ehrenamt.regions.models import District, Municipality

from .curation import ensure_index_pages, ensure_landing_page
from .models import HomePage, StandardPage

LEGAL_PAGES = [
    (
        "impressum",
        "Impressum",
        "Angaben gemäß § 5 DDG über den Betreiber dieses Portals.",
        "Bitte tragen Sie hier die Anschrift, die vertretungsberechtigte Person und die "
        "Kontaktdaten der betreibenden Verwaltung ein.",
    ),
    (
        "datenschutz",
        "Datenschutz",
        "Wie wir mit Ihren Daten umgehen.",
        "Dieses Portal setzt keine Tracking-Werkzeuge ein und lädt ohne Ihre Einwilligung keine "
        "Inhalte von fremden Servern. Wenn Sie einem Verein schreiben, speichern wir nur die Angaben, "
        "die der Verein für seine Antwort braucht, und löschen sie nach Ablauf der Aufbewahrungsfrist. "
        "Anträge auf die Ehrenamts-Card sehen nur die genannten Organisationen und die zuständige "
        "Ausgabestelle; wir löschen sie eine festgelegte Frist (in der Regel 90 Tage) nach der "
        "Ablehnung oder dem Ablauf der Karte, unbestätigte Anträge schon nach sieben Tagen.",
    ),
    (
        "barrierefreiheit",
        "Erklärung zur Barrierefreiheit",
        "Wir möchten, dass alle Menschen dieses Portal nutzen können.",
        "Dieses Portal soll die Anforderungen der BITV 2.0 und der Hessischen Verordnung über "
        "barrierefreie Informationstechnik erfüllen. Wenn Ihnen Barrieren auffallen, schreiben Sie "
        'uns über das <a href="/mitmachen/barriere-melden/">Formular für Barrieren</a>.',
    ),
    (
        "leichte-sprache",
        "Leichte Sprache",
        "Hier erklären wir das Portal in Leichter Sprache.",
        "Ehrenamt heißt: Sie helfen anderen Menschen. Sie bekommen dafür kein Geld.\n\n"
        "Auf dieser Internet-Seite finden Sie Vereine. Die Vereine suchen Menschen, die helfen.\n\n"
        "So finden Sie eine Aufgabe: Klicken Sie auf „Engagement finden“. "
        "Schreiben Sie Ihre Post-Leitzahl in das Feld. Dann sehen Sie Aufgaben in Ihrer Nähe.\n\n"
        "Eine Aufgabe gefällt Ihnen? Dann schreiben Sie dem Verein eine Nachricht. "
        "Der Verein antwortet Ihnen.\n\n"
        "Sie haben eine Frage? Oder etwas geht nicht? "
        'Dann schreiben Sie uns über das <a href="/mitmachen/barriere-melden/">Formular</a>.',
    ),
]


# The landing pages every installation starts with: (municipality slug, district slug, title, intro).
LANDING_PAGES = [
    ("bensheim", None, "Bensheim", "Engagement in Bensheim: Vereine und Angebote vor Ort."),
    ("viernheim", None, "Viernheim", "Engagement in Viernheim: Vereine und Angebote vor Ort."),
    (
        None,
        "kreis-bergstrasse",
        "Kreis Bergstraße",
        "Engagement in allen 22 Städten und Gemeinden des Kreises Bergstraße.",
    ),
    (
        None,
        None,
        "Metropolregion Rhein-Neckar",
        "Engagement in Hessen, Baden-Württemberg und Rheinland-Pfalz.",
    ),
]


def paragraph_body(text):
    """One paragraph block; blank lines in `text` start new paragraphs."""
    paragraphs = "".join(f"<p>{part}</p>" for part in text.split("\n\n"))
    return [("paragraph", paragraphs)]


@transaction.atomic
def ensure_site_tree():
    """Return the home page, creating the tree and the default Site where they are missing."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title="Ehrenamt Rhein-Neckar",
                slug="start",
                intro="<p>Finden Sie ein Ehrenamt in Ihrer Nähe: in Bensheim, Viernheim, im Kreis "
                "Bergstraße und in der ganzen Metropolregion Rhein-Neckar.</p>",
            )
        )
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": home,
                "site_name": settings.WAGTAIL_SITE_NAME,
            },
        )
        # Wagtail's own placeholder page is no use once the portal's home page exists.
        Page.objects.filter(depth=2).exclude(pk=home.pk).filter(
            content_type__model="page", content_type__app_label="wagtailcore"
        ).delete()

    if not ClubIndexPage.objects.exists():
        home.add_child(
            instance=ClubIndexPage(
                title="Vereine und Initiativen",
                slug="vereine",
                intro="<p>Alle Vereine und Initiativen, die sich hier vorstellen.</p>",
            )
        )

    for slug, title, intro, text in LEGAL_PAGES:
        if not StandardPage.objects.filter(slug=slug).exists():
            home.add_child(
                instance=StandardPage(
                    title=title, slug=slug, intro=intro, body=paragraph_body(text)
                )
            )

    ensure_landing_pages(home)
    ensure_card_page(home)
    return home


def ensure_landing_pages(home):
    places = ensure_index_pages(home)
    for municipality_slug, district_slug, title, intro in LANDING_PAGES:
        municipality = Municipality.objects.filter(slug=municipality_slug).first()
        district = District.objects.filter(slug=district_slug).first()
        if (municipality_slug and not municipality) or (district_slug and not district):
            continue
        ensure_landing_page(
            places,
            title=title,
            intro=f"<p>{intro}</p>",
            municipality=municipality,
            district=district,
            slug=municipality_slug or district_slug or "metropolregion",
        )
