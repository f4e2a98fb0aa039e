"""A club's start in the admin: its own dashboard, in plain German, with the portal's name."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from ehrenamt.inquiries.models import Inquiry
from tests.clubs.helpers import club
from tests.factories import OpportunityPageFactory


@pytest.fixture
def own(home_page):
    return club("Turnverein Bensheim")


def listing(own, title, days, **fields):
    valid = timezone.localdate() + datetime.timedelta(days=days)
    return OpportunityPageFactory(parent=own.club, title=title, valid_through=valid, **fields)


def test_new_club_sees_its_dashboard_with_the_main_button(client, own):
    client.force_login(own.user)
    page = client.get("/admin/").content.decode()
    assert "Neues Angebot" in page
    assert f"/admin/pages/add/opportunities/opportunitypage/{own.club.pk}/" in page
    assert "Sie haben noch kein Angebot" in page
    assert "Ehrenamt Rhein-Neckar" in page
    # Without a logo the sidebar shows the portal's initials, styled by our own sheet.
    assert '<span class="portal-initials" aria-hidden="true">ER</span>' in page
    assert "/static/css/admin.css" in page
    assert "gravatar" not in page
    assert "/mitmachen/anleitung/" in page
    assert "guide.wagtail.org" not in page


def test_listings_show_their_state_and_next_step(client, own):
    listing(own, "Lange online", 100)
    listing(own, "Bald zu Ende", 5)
    listing(own, "Schon vorbei", -3)
    listing(own, "Alle gefunden", 50, filled=True)
    listing(own, "Noch im Entwurf", 50, live=False)
    opportunity = listing(own, "Mit Anfrage", 60)
    Inquiry.objects.create(
        opportunity=opportunity,
        club=own.club,
        opportunity_title=opportunity.title,
        name="Ida",
        email="ida@example.org",
        message="Ich helfe gern.",
        consent_at=timezone.now(),
        created_at=timezone.now() - datetime.timedelta(days=3),
    )
    client.force_login(own.user)
    page = client.get("/admin/").content.decode()
    assert "online bis" in page
    assert "läuft in 5 Tagen ab" in page
    assert "abgelaufen" in page
    assert "besetzt" in page
    assert "Entwurf" in page
    assert "verlängern" in page
    assert "seit 3 Tagen offen" in page
    assert "beantworten" in page


def test_club_guide_is_a_page_of_the_site(home_page):
    page = Client().get("/mitmachen/anleitung/")
    assert page.status_code == 200
    assert "<h1>Anleitung für Vereine</h1>" in page.content.decode()
    assert '<a href="/nutzungsbedingungen/">Nutzungsbedingungen</a>' in page.content.decode()


def test_clubs_are_invited_and_the_terms_are_linked(home_page):
    mitmachen = Client().get("/mitmachen/").content.decode()
    assert "Was es kostet" in mitmachen
    assert "/mitmachen/verein-registrieren/" in mitmachen
    assert Client().get("/nutzungsbedingungen/").status_code == 200
    form = Client().get("/mitmachen/verein-registrieren/").content.decode()
    assert 'href="/nutzungsbedingungen/"' in form
