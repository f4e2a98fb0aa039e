"""A club joins and publishes a role; city staff approve it and feature it on their landing page.

The club registers on the public site, confirms its e-mail address through the link it was sent,
logs in to the Wagtail admin, writes an opportunity and submits it for approval. Staff of Viernheim
approve the club and the opportunity, which then shows up in the search, and feature it on
/orte/viernheim/.
"""

import re
from urllib.parse import urlparse

import pytest

from ehrenamt.clubs.models import ClubPage
from ehrenamt.clubs.onboarding import staff_group
from ehrenamt.opportunities.models import OpportunityPage
from home.models import MunicipalityPage
from tests.browser.forms import wait_out_minimum_fill_time, write_listing
from tests.factories import municipality

pytestmark = pytest.mark.django_db(transaction=True)

CLUB = "Kleingartenverein Viernheim"
CLUB_EMAIL = "vorstand@kleingarten.example"
PASSWORD = "Gartenlaube-2024!"
OPPORTUNITY = "Gartenpat:in für das Schulbeet"


@pytest.fixture
def viernheim_staff(home_page, django_user_model):
    user = django_user_model.objects.create_user(
        username="amt-viernheim", email="ehrenamt@viernheim.example", password=PASSWORD
    )
    user.groups.add(staff_group(municipality("viernheim")))
    return user


def link_path(message, pattern):
    """The path of the first link in an e-mail that matches `pattern`."""
    url = next(link for link in re.findall(r"https?://\S+", message.body) if pattern in link)
    return urlparse(url).path


def log_in(page, base_url, username):
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Benutzername").fill(username)
    # Wagtail's German admin leaves this label in English ("Password").
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def log_out(page):
    page.context.clear_cookies()


def register_club(page, base_url, mailoutbox):
    page.goto(base_url + "/mitmachen/verein-registrieren/")
    page.get_by_label("Name des Vereins").fill(CLUB)
    page.get_by_label("Ort (Pflichtfeld)", exact=True).select_option(label="Viernheim")
    page.get_by_label("Ansprechperson").fill("Jonas Becker")
    page.get_by_label("E-Mail-Adresse").fill(CLUB_EMAIL)
    page.get_by_label("Kurzbeschreibung").fill("Wir gärtnern gemeinsam und mit Schulklassen.")
    page.get_by_label("Passwort (Pflichtfeld)").fill(PASSWORD)
    page.locator("input[name=accept_terms]").check()
    wait_out_minimum_fill_time(page)
    page.get_by_role("button", name="Registrieren").click()
    page.wait_for_load_state()
    (confirmation,) = [message for message in mailoutbox if message.to == [CLUB_EMAIL]]
    page.goto(base_url + link_path(confirmation, "/bestaetigen/"))
    page.get_by_role("button", name="E-Mail-Adresse bestätigen").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Ihre E-Mail-Adresse ist bestätigt"


def write_opportunity(page):
    write_listing(
        page,
        OPPORTUNITY,
        "Sie gärtnern mit Schulkindern im Schulbeet.",
        "Wir suchen Menschen mit grünem Daumen.",
    )
    page.get_by_role("checkbox", name="Umwelt & Naturschutz").check()
    # The place comes from the club's own page.
    assert page.get_by_text("Viernheim", exact=True).first.is_visible()
    page.get_by_role("spinbutton", name="Stunden pro Woche").fill("2")


def approve(page, base_url, page_object):
    page.goto(f"{base_url}/admin/pages/{page_object.pk}/edit/")
    page.get_by_role("button", name="Mehr Aktionen").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Freigeben und Veröffentlichen", exact=True).click()
    page_object.refresh_from_db()
    assert page_object.live


def feature_on_landing_page(page, base_url, landing):
    page.goto(f"{base_url}/admin/pages/{landing.pk}/edit/")
    section = page.get_by_role("region", name="Hervorgehobene Angebote")
    section.get_by_role("button", name="Hervorgehobene Angebote hinzufügen").click()
    section.get_by_role("button", name="Seite auswählen").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("textbox", name="Suchbegriff").fill("Schulbeet")
    dialog.get_by_role("textbox", name="Suchbegriff").press("Enter")
    dialog.get_by_role("link", name=OPPORTUNITY).click()
    dialog.wait_for(state="detached")
    page.get_by_role("button", name="Mehr Aktionen").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Veröffentlichen", exact=True).click()


def test_club_registers_and_publishes_a_role_that_staff_approve_and_feature(
    live_server, page, viernheim_staff, mailoutbox
):
    base_url = live_server.url
    register_club(page, base_url, mailoutbox)
    log_in(page, base_url, CLUB_EMAIL)
    club = ClubPage.objects.get(title=CLUB)
    page.goto(f"{base_url}/admin/pages/add/opportunities/opportunitypage/{club.pk}/")
    write_opportunity(page)
    page.get_by_role("button", name="Mehr Aktionen").click()
    with page.expect_navigation():
        page.get_by_role("button", name="In Freigabe Viernheim einreichen").click()
    opportunity = OpportunityPage.objects.get(title=OPPORTUNITY)
    assert opportunity.workflow_in_progress
    assert not opportunity.live

    log_out(page)
    log_in(page, base_url, viernheim_staff.username)
    approve(page, base_url, club)
    approve(page, base_url, opportunity)

    page.goto(base_url + "/suche/?q=Schulbeet")
    assert page.locator(".search-results__list h3").all_inner_texts() == [OPPORTUNITY]

    feature_on_landing_page(page, base_url, MunicipalityPage.objects.get(slug="viernheim"))
    page.goto(base_url + "/orte/viernheim/")
    recommended = page.get_by_role("region", name="Wir empfehlen")
    assert recommended.get_by_role("link", name=OPPORTUNITY).is_visible()
