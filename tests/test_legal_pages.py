"""The Impressum, the privacy notice and the accessibility statement: complete, and fed by the settings."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Site

from home.models import StandardPage
from home.portal_settings import PortalSettings

pytestmark = pytest.mark.django_db


def headings(html):
    return [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<h2[^>]*>(.*?)</h2>", html)]


@pytest.fixture
def operator(home_page):
    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    portal.operator_name = "Stadt Bensheim"
    portal.operator_address = "Kirchbergstraße 18\n64625 Bensheim"
    portal.operator_representative = "den Bürgermeister"
    portal.supervisory_authority = "Regierungspräsidium Darmstadt"
    portal.contact_email = "ehrenamt@bensheim.example"
    portal.dpo_name = "Datenschutz Bensheim"
    portal.dpo_email = "datenschutz@bensheim.example"
    portal.save()
    return portal


def test_impressum_names_the_operator_from_the_settings(client, operator):
    html = client.get("/impressum/").text

    assert "§ 5 Digitale-Dienste-Gesetz" in html
    for fact in ("Stadt Bensheim", "Kirchbergstraße 18<br>64625 Bensheim", "den Bürgermeister"):
        assert fact in html
    assert "Regierungspräsidium Darmstadt" in html
    assert "mailto:ehrenamt@bensheim.example" in html
    assert "noch nicht vollständig" not in html
    assert "Bitte tragen Sie hier" not in html


def test_impressum_says_what_is_missing_until_staff_fill_it_in(client, home_page):
    assert "noch nicht vollständig" in client.get("/impressum/").text


def test_privacy_notice_covers_every_processing_with_basis_retention_and_rights(
    client, operator, settings
):
    settings.INQUIRY_RETENTION_DAYS = 90
    settings.SERVER_LOG_RETENTION_DAYS = 14
    html = client.get("/datenschutz/").text

    sections = headings(html)
    for section in (
        "Verantwortliche Stelle",
        "Datenschutzbeauftragte",
        "Aufruf der Seiten und Server-Protokolle",
        "Anfragen an Vereine",
        "Registrierung von Vereinen",
        "Suchaufträge per E-Mail",
        "Karte",
        "Speicherdauer",
        "Ihre Rechte",
        "Beschwerde bei der Aufsichtsbehörde",
    ):
        assert section in sections
    assert "90 Tage nach dem Absenden" in html
    assert "Server-Protokolle: 14 Tage" in html
    assert "mailto:datenschutz@bensheim.example" in html
    assert "Hessische Beauftragte für Datenschutz und Informationsfreiheit" in html
    for basis in ("Art. 6 Abs. 1 lit. a", "Art. 6 Abs. 1 lit. e", "Art. 15", "Art. 77"):
        assert basis in html


def test_accessibility_statement_follows_the_eu_model(client, home_page):
    html = client.get("/barrierefreiheit/").text

    sections = headings(html)
    model_sections = [
        "Stand der Vereinbarkeit mit den Anforderungen",
        "Nicht barrierefreie Inhalte",
        "Erstellung dieser Erklärung",
        "Feedback und Kontakt",
        "Durchsetzungsverfahren",
    ]
    assert [section for section in sections if section in model_sections] == model_sections
    assert "teilweise mit den Anforderungen" in html
    assert re.search(r"wurde am \d{1,2}\. \w+ \d{4} erstellt", html)
    assert 'href="/mitmachen/barriere-melden/"' in html
    assert "Durchsetzungs- und Überwachungsstelle" in html
    assert "§ 6 HVBIT" in html


def test_legal_pages_are_editable_pages_with_structure(home_page):
    page = StandardPage.objects.get(slug="datenschutz")

    block_types = {block.block_type for block in page.body}
    assert {"heading", "paragraph", "portal_facts"} <= block_types


def test_an_earlier_placeholder_page_gets_the_full_text(client, home_page):
    page = StandardPage.objects.get(slug="impressum")
    page.body = [("paragraph", "<p>Bitte tragen Sie hier die Anschrift ein.</p>")]
    page.save_revision().publish()
    assert "Bitte tragen Sie hier" in client.get("/impressum/").text

    call_command("setup_portal", stdout=StringIO())

    assert "Bitte tragen Sie hier" not in client.get("/impressum/").text
    assert "Anbieter" in headings(client.get("/impressum/").text)


def test_onboarding_a_town_fills_in_the_operator(client, home_page):
    call_command(
        "onboard_municipality",
        "lampertheim",
        operator_name="Stadt Lampertheim",
        operator_address="Römerstraße 102\\n68623 Lampertheim",
        dpo_email="datenschutz@lampertheim.example",
        stdout=StringIO(),
    )

    assert "Römerstraße 102<br>68623 Lampertheim" in client.get("/impressum/").text
    assert "datenschutz@lampertheim.example" in client.get("/datenschutz/").text
