"""Every public page type renders for a visitor, and the page tree keeps its shape."""

import datetime
import html
import re

import pytest
from django.contrib.auth import get_user_model
from django.template import loader
from django.urls import reverse
from django.utils import timezone

from ehrenamt.clubs.models import ClubIndexPage, ClubPage
from ehrenamt.opportunities.models import Commitment, OpportunityPage
from ehrenamt.taxonomy.models import Activity, Category, Language, TargetGroup
from home.models import HomePage, StandardPage
from tests.factories import ClubPageFactory, ImageFactory, OpportunityPageFactory, municipality

pytestmark = pytest.mark.django_db

DASH = "\N{EN DASH}"


def visible_text(response):
    """The page's HTML with entities decoded, so assertions read like what a visitor sees."""
    assert response.status_code == 200
    return html.unescape(response.content.decode())


@pytest.fixture
def club(home_page):
    return ClubPageFactory(
        title="Tafel Bensheim e.V.",
        short_description="Wir retten Lebensmittel und geben sie an Bedürftige weiter.",
        description="<p>Seit 1998 sammeln wir jede Woche Lebensmittel ein.</p>",
        municipality=municipality("bensheim"),
        street_address="Rodensteinstraße 5",
        postcode="64625",
        contact_name="Gisela Becker",
        contact_email="kontakt@tafel-bensheim.example",
        contact_phone="06251 123456",
        website="https://tafel-bensheim.example",
        register_number="VR 2345, Amtsgericht Darmstadt",
        step_free=True,
        accessibility_note="Eingang über den Hof, Aufzug vorhanden",
        logo=ImageFactory(),
        categories=[Category.objects.get(slug="soziales")],
    )


def test_every_page_has_the_portal_frame(client, home_page):
    page = visible_text(client.get("/"))

    assert '<html lang="de">' in page
    assert '<a class="skip-link" href="#main">Zum Inhalt springen</a>' in page
    assert '<main id="main"' in page
    for url, label in [
        ("/suche/", "Engagement finden"),
        ("/vereine/", "Vereine"),
        ("/mitmachen/verein-registrieren/", "Mitmachen als Verein"),
        ("/impressum/", "Impressum"),
        ("/datenschutz/", "Datenschutz"),
        ("/barrierefreiheit/", "Barrierefreiheit"),
    ]:
        assert f'href="{url}"' in page
        assert label in page
    assert "Ehrenamt Rhein-Neckar" in page


def test_page_loads_nothing_from_other_servers(client, club):
    opportunity = OpportunityPageFactory(parent=club)

    for url in ["/", "/vereine/", club.url, opportunity.url]:
        page = visible_text(client.get(url))
        assert not re.search(r'\bsrc="(https?:)?//', page)
        assert not re.search(r'<link[^>]+href="(https?:)?//', page)
        assert 'rel="stylesheet" href="/static/css/site.css"' in page


def test_the_current_section_is_marked_in_the_navigation(client, club):
    page = visible_text(client.get(club.url))

    assert '<a href="/vereine/" aria-current="true">Vereine</a>' in page
    assert '<a href="/" aria-current' not in page


def test_home_page_offers_search_categories_and_newest_opportunities(client, club):
    OpportunityPageFactory(
        parent=club,
        title="Lebensmittel ausgeben am Samstag",
        municipality=municipality("viernheim"),
    )
    OpportunityPageFactory(parent=club, title="Schon besetzte Aufgabe", filled=True)

    page = visible_text(client.get("/"))

    assert "<h1" in page
    assert "Ehrenamt Rhein-Neckar" in page
    assert "Finden Sie ein Ehrenamt in Ihrer Nähe" in page
    assert 'action="/suche/" method="get"' in page
    assert 'name="q"' in page
    assert 'name="near"' in page
    assert '<label for="home-near">Postleitzahl oder Ort</label>' in page
    assert 'href="/suche/?category=tierschutz">Tierschutz</a>' in page
    assert "Lebensmittel ausgeben am Samstag" in page
    assert "Viernheim" in page
    assert "Tafel Bensheim e.V." in page
    assert "Schon besetzte Aufgabe" not in page


def test_home_page_says_so_when_there_are_no_opportunities(client, home_page):
    page = visible_text(client.get("/"))

    assert "Gerade gibt es keine neuen Angebote" in page


def test_standard_page_shows_its_text(client, home_page):
    page = visible_text(client.get("/impressum/"))

    assert "<h1>Impressum</h1>" in page
    assert "Angaben gemäß § 5 Digitale-Dienste-Gesetz (DDG)" in page
    assert "<h2>Anbieter</h2>" in page
    assert f"<title>Impressum {DASH} Ehrenamt Rhein-Neckar</title>" in page
    assert 'aria-label="Sie sind hier"' in page


def test_standard_page_renders_every_block(client, home_page):
    page_model = StandardPage.objects.get(slug="datenschutz")
    page_model.body = [
        ("heading", {"text": "Ihre Rechte", "level": "h2"}),
        ("paragraph", "<p>Sie können Auskunft verlangen.</p>"),
        ("quote", "Daten sparsam erheben."),
        (
            "image",
            {
                "image": ImageFactory(title="Rathaus"),
                "decorative": False,
                "alt_text": "Das Rathaus",
            },
        ),
    ]
    page_model.save_revision().publish()

    page = visible_text(client.get("/datenschutz/"))

    assert "<h2>Ihre Rechte</h2>" in page
    assert "Sie können Auskunft verlangen." in page
    assert "<blockquote" in page
    assert "Daten sparsam erheben." in page
    assert 'alt="Das Rathaus"' in page


def test_club_directory_lists_clubs_with_their_town(client, club):
    ClubPageFactory(title="Tierschutzverein Viernheim e.V.", municipality=municipality("viernheim"))

    page = visible_text(client.get("/vereine/"))

    assert "<h1>Vereine und Initiativen</h1>" in page
    assert "Tafel Bensheim e.V." in page
    assert "Bensheim" in page
    assert "Wir retten Lebensmittel" in page
    assert "Tierschutzverein Viernheim e.V." in page
    assert "Viernheim" in page
    assert f'href="{club.url}"' in page
    assert "fill-160x160" in page
    assert "2 Vereine und Initiativen" in page


def test_club_directory_pages_through_many_clubs(client, home_page):
    for number in range(30):
        ClubPageFactory(title=f"Verein {number:02d}")

    first = visible_text(client.get("/vereine/"))
    second = visible_text(client.get("/vereine/?page=2"))

    assert "Verein 00" in first
    assert "Verein 29" not in first
    assert 'aria-label="Seitennavigation"' in first
    assert "Seite 1 von 2" in first
    assert 'href="?page=2" rel="next"' in first
    assert "Verein 29" in second
    assert "Verein 00" not in second
    assert 'aria-current="page"><span class="visually-hidden">Seite </span>2</a>' in second


def test_club_directory_survives_a_bad_page_number(client, club):
    page = visible_text(client.get("/vereine/?page=abc"))

    assert "Tafel Bensheim e.V." in page


def test_club_page_shows_everything_about_the_club(client, club):
    page = visible_text(client.get(club.url))

    assert "<h1>Tafel Bensheim e.V.</h1>" in page
    assert "Seit 1998 sammeln wir jede Woche Lebensmittel ein." in page
    assert 'href="/suche/?category=soziales">Soziales</a>' in page
    assert "Rodensteinstraße 5" in page
    assert "64625 Bensheim" in page
    assert "Gisela Becker" in page
    assert 'href="mailto:kontakt@tafel-bensheim.example"' in page
    assert 'href="tel:06251123456">06251 123456</a>' in page
    assert 'href="https://tafel-bensheim.example"' in page
    assert "VR 2345, Amtsgericht Darmstadt" in page
    assert "Räume stufenlos erreichbar" in page
    assert "Kein barrierefreies WC" in page
    assert "Eingang über den Hof, Aufzug vorhanden" in page
    assert "fill-160x160" in page
    assert f"<title>Tafel Bensheim e.V. {DASH} Ehrenamt Rhein-Neckar</title>" in page
    assert '<meta name="description" content="Wir retten Lebensmittel' in page


def test_club_page_lists_only_its_current_opportunities(client, club):
    today = timezone.localdate()
    OpportunityPageFactory(parent=club, title="Fahrerin für die Abholtour")
    OpportunityPageFactory(parent=club, title="Schon besetzte Stelle", filled=True)
    OpportunityPageFactory(
        parent=club,
        title="Abgelaufenes Angebot",
        valid_through=today - datetime.timedelta(days=1),
    )
    OpportunityPageFactory(parent=club, title="Zurückgezogenes Angebot").unpublish()
    OpportunityPageFactory(title="Angebot eines anderen Vereins")

    page = visible_text(client.get(club.url))

    assert "Hier können Sie mitmachen" in page
    assert "Fahrerin für die Abholtour" in page
    assert "Schon besetzte Stelle" not in page
    assert "Abgelaufenes Angebot" not in page
    assert "Zurückgezogenes Angebot" not in page
    assert "Angebot eines anderen Vereins" not in page
    assert "sucht gerade keine Freiwilligen" not in page


def test_club_page_without_opportunities_says_so_kindly(client, club):
    page = visible_text(client.get(club.url))

    assert "Tafel Bensheim e.V. sucht gerade keine Freiwilligen über dieses Portal." in page


@pytest.fixture
def opportunity(club):
    return OpportunityPageFactory(
        parent=club,
        title="Lebensmittel sortieren und ausgeben",
        summary="Sie helfen bei der Ausgabe an unsere Kundinnen und Kunden.",
        description="<p>Jeden Samstag kommen über hundert Menschen zu uns.</p>",
        tasks="<ul><li>Waren sortieren</li><li>Ausgabe vorbereiten</li></ul>",
        requirements="<p>Freundlichkeit und Geduld</p>",
        municipality=municipality("viernheim"),
        street_address="Lorscher Straße 12",
        postcode="68519",
        remote_possible=True,
        commitment=Commitment.REGULAR,
        hours_per_week=2.5,
        schedule="samstags 9 bis 12 Uhr",
        minimum_age=16,
        target_groups=[TargetGroup.objects.get(slug="familien")],
        activities=[Activity.objects.get(slug="kochen-bewirten")],
        languages=[Language.objects.get(slug="tuerkisch")],
        categories=[Category.objects.get(slug="soziales"), Category.objects.get(slug="gesundheit")],
        step_free=True,
        accessible_wc=True,
        sign_language=False,
        easy_language=True,
        accessibility_note="Sitzplatz an der Ausgabe möglich",
        contact_name="Ayşe Demir",
        contact_email="ausgabe@tafel-bensheim.example",
        contact_phone="06204 98765",
        volunteers_needed=4,
        last_confirmed=datetime.date(2025, 3, 3),
        valid_through=timezone.localdate() + datetime.timedelta(days=60),
        image=ImageFactory(description="Helferinnen an der Ausgabe"),
    )


def test_opportunity_page_shows_what_a_volunteer_needs_to_decide(client, opportunity):
    page = visible_text(client.get(opportunity.url))
    valid_through = opportunity.valid_through

    # What
    assert "<h1>Lebensmittel sortieren und ausgeben</h1>" in page
    assert "Sie helfen bei der Ausgabe an unsere Kundinnen und Kunden." in page
    assert "Jeden Samstag kommen über hundert Menschen zu uns." in page
    assert "Waren sortieren" in page
    assert "Freundlichkeit und Geduld" in page
    assert 'alt="Helferinnen an der Ausgabe"' in page
    # Where
    assert "Lorscher Straße 12" in page
    assert "68519 Viernheim" in page
    assert "Diese Aufgabe können Sie auch von zu Hause aus erledigen" in page
    # When and how much time
    assert "Regelmäßig" in page
    assert "etwa 2,5 Stunden pro Woche" in page
    assert "samstags 9 bis 12 Uhr" in page
    # For whom
    assert "Familien" in page
    assert "ab 16 Jahren" in page
    assert "Türkisch" in page
    assert "4 Personen" in page
    # Accessibility, in words
    assert "Stufenlos erreichbar" in page
    assert "Barrierefreies WC vorhanden" in page
    assert "Keine Verständigung in Gebärdensprache" in page
    assert "Einarbeitung in Leichter Sprache" in page
    assert "Sitzplatz an der Ausgabe möglich" in page
    # Topics
    assert 'href="/suche/?category=gesundheit">Gesundheit</a>' in page
    assert "Kochen & Bewirten" in page
    # Contact and club
    assert "Ayşe Demir" in page
    assert 'href="mailto:ausgabe@tafel-bensheim.example"' in page
    assert 'href="tel:0620498765"' in page
    assert f'<a href="{opportunity.club.url}">Tafel Bensheim e.V.</a>' in page
    # Freshness
    assert "Zuletzt bestätigt am 3. März 2025" in page
    assert f"Gültig bis {valid_through.day}. " in page
    assert str(valid_through.year) in page
    assert "Quelle:" not in page


def test_one_off_opportunity_shows_its_date(client, club):
    opportunity = OpportunityPageFactory(
        parent=club,
        commitment=Commitment.ONE_OFF,
        start_date=datetime.date(2031, 5, 17),
        hours_per_week=None,
    )

    page = visible_text(client.get(opportunity.url))

    assert "Einmalig" in page
    assert "Samstag, 17. Mai 2031" in page


def test_opportunity_without_own_contact_points_to_the_club(client, club):
    opportunity = OpportunityPageFactory(parent=club, contact_email="")

    page = visible_text(client.get(opportunity.url))

    assert 'href="mailto:kontakt@tafel-bensheim.example"' in page
    assert "kein Mindestalter" in page


def test_imported_opportunity_names_its_source(client, club):
    opportunity = OpportunityPageFactory(
        parent=club,
        source_name="Ehrenamtsbörse Mannheim",
        source_url="https://ehrenamt-mannheim.example/angebot/7",
    )

    page = visible_text(client.get(opportunity.url))

    assert "Quelle:" in page
    assert (
        '<a href="https://ehrenamt-mannheim.example/angebot/7" rel="noopener noreferrer">'
        "Ehrenamtsbörse Mannheim</a>"
    ) in page


def test_unknown_address_gets_the_german_not_found_page(client, home_page):
    response = client.get("/vereine/gibt-es-nicht/")

    assert response.status_code == 404
    page = html.unescape(response.content.decode())
    assert '<html lang="de">' in page
    assert "Diese Seite gibt es nicht (mehr)" in page
    assert 'href="/suche/"' in page
    assert "Zum Inhalt springen" in page


def test_a_page_answers_only_at_its_own_address(client, club, opportunity):
    other_club = ClubPageFactory(title="Turnverein Lorsch")
    slug = opportunity.slug
    assert client.get(opportunity.url).status_code == 200
    assert client.get(f"{other_club.url}{slug}/").status_code == 404
    assert client.get(f"/vereine/gibt-es-nicht/{slug}/").status_code == 404
    assert client.get(f"/{slug}/").status_code == 404
    assert client.get(f"{opportunity.url}weiter/").status_code == 404

    opportunity.unpublish()
    assert client.get(opportunity.url).status_code == 404


def test_server_error_page_needs_no_request():
    # Django renders 500.html with an empty context when anything else may be broken.
    page = loader.get_template("500.html").render()

    assert '<html lang="de">' in page
    assert "Ein Fehler ist aufgetreten" in page
    assert "/static/css/site.css" in page


def test_opportunities_live_only_under_clubs(home_page, club):
    club_index = ClubIndexPage.objects.get()

    assert OpportunityPage.can_create_at(club)
    assert not OpportunityPage.can_create_at(home_page)
    assert not OpportunityPage.can_create_at(club_index)
    assert ClubPage.can_create_at(club_index)
    assert not ClubPage.can_create_at(home_page)
    assert not ClubPage.can_create_at(club)
    assert not ClubIndexPage.can_create_at(club_index)
    assert not HomePage.can_create_at(home_page)


def test_admin_does_not_offer_a_club_directly_under_the_home_page(client, home_page):
    admin = get_user_model().objects.create_superuser("redaktion", "redaktion@example.org", "x")
    client.force_login(admin)
    club_index = ClubIndexPage.objects.get()

    under_home = client.get(
        reverse("wagtailadmin_pages:add", args=["clubs", "clubpage", home_page.pk])
    )
    under_directory = client.get(
        reverse("wagtailadmin_pages:add", args=["clubs", "clubpage", club_index.pk])
    )

    assert under_home.status_code != 200
    assert under_directory.status_code == 200
