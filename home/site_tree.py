"""Builds the portal's fixed page tree: home page, club directory, places, initiatives, legal pages.

Used by `manage.py setup_portal`, by seed_demo and by the tests, so every installation has the same
tree. Safe to run again: it only adds what is missing.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models.functions import Coalesce, Now
from django.utils import timezone
from wagtail.models import Page, Site

from ehrenamt.clubs.models import ClubIndexPage
from ehrenamt.ehrenamtskarte.setup import ensure_card_page
from ehrenamt.regions.models import District, Municipality

from .club_pages import CLUB_PAGES, sections_body
from .curation import ensure_index_pages, ensure_landing_page
from .finder_texts import EASY_LANGUAGE_FINDER
from .legal import LEGAL_PAGES, PLACEHOLDERS
from .models import HomePage, StandardPage

# Pages of plain text every installation has besides the legal ones (home/legal.py).
TEXT_PAGES = [
    (
        "leichte-sprache",
        "Leichte Sprache",
        "Hier erklären wir das Portal in Leichter Sprache.",
        "Ehrenamt heißt: Sie helfen anderen Menschen. Sie bekommen dafür kein Geld.\n\n"
        "Auf dieser Internet-Seite finden Sie Vereine. Die Vereine suchen Menschen, die helfen.\n\n"
        "So finden Sie eine Aufgabe: Klicken Sie auf „Engagement finden“. "
        "Schreiben Sie Ihre Post-Leitzahl in das Feld. Dann sehen Sie Aufgaben in Ihrer Nähe.\n\n"
        + EASY_LANGUAGE_FINDER
        + "\n\n"
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


REGION_PHRASE = "in der Metropolregion Rhein-Neckar"


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
        hostname, port = site_address(settings.WAGTAILADMIN_BASE_URL)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": hostname,
                "port": port,
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

    for slug, title, intro, text in TEXT_PAGES:
        if not StandardPage.objects.filter(slug=slug).exists():
            home.add_child(
                instance=StandardPage(
                    title=title, slug=slug, intro=intro, body=paragraph_body(text)
                )
            )
    ensure_legal_pages(home)

    for slug, title, intro, sections in CLUB_PAGES:
        if not StandardPage.objects.filter(slug=slug).exists():
            body = sections_body(sections)
            home.add_child(instance=StandardPage(title=title, slug=slug, intro=intro, body=body))

    ensure_landing_pages(home)
    ensure_card_page(home)
    # Pages made here are published as they are made; the sitemap's lastmod needs the date.
    home.get_descendants(inclusive=True).filter(live=True, last_published_at__isnull=True).update(
        first_published_at=Coalesce("first_published_at", Now()), last_published_at=Now()
    )
    follow_base_url()
    return home


def site_address(url):
    """(hostname, port) of a public address as Wagtail's Site stores it.

    Wagtail derives the scheme from the port: 443 is https, anything else http.
    """
    parts = urlsplit(url if "//" in url else f"//{url}")
    hostname = (parts.hostname or "").lower()
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return hostname, port


def follow_base_url():
    """The default Site carries BASE_URL, so every absolute URL names the public address."""
    hostname, port = site_address(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first()
    if site and (site.hostname, site.port) != (hostname, port):
        # save(), not update(): Wagtail clears its cached site root paths on save.
        site.hostname, site.port = hostname, port
        site.save()


def ensure_legal_pages(home):
    """Create the legal pages; one that still has an earlier version's placeholder gets the text."""
    today = timezone.localdate()
    for slug, (title, intro, build) in LEGAL_PAGES.items():
        page = StandardPage.objects.filter(slug=slug).first()
        if page is None:
            home.add_child(
                instance=StandardPage(title=title, slug=slug, intro=intro, body=build(today))
            )
        elif any(marker in str(page.body.raw_data) for marker in PLACEHOLDERS):
            page.title, page.intro, page.body = title, intro, build(today)
            page.save_revision().publish()


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
            phrase="" if municipality or district else REGION_PHRASE,
        )
