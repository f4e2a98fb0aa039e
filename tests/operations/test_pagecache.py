"""Anonymous pages are served from the cache, and a publish shows at once; forms stay private."""

import re
import time

import pytest
from django.core import signing
from django.core.cache import cache
from django.test import Client

from ehrenamt.inquiries.models import Inquiry
from ehrenamt.operations.pagetree import PageTreeWriter, announce_published
from ehrenamt.opportunities.models import OpportunityPage
from ehrenamt.publicforms.guard import FORM_TIMESTAMP_SALT
from tests.factories import ClubPageFactory, OpportunityPageFactory
from tests.inquiries.test_inquiry_form import form_data, inquire_url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def club(home_page):
    return ClubPageFactory(short_description="Wir turnen montags.")


def test_an_anonymous_page_is_shared_and_served_from_the_cache(club):
    first = Client().get(club.url)
    second = Client().get(club.url)

    assert first.headers["X-Page-Cache"] == "miss"
    assert second.headers["X-Page-Cache"] == "hit"
    assert second.content == first.content
    cache_control = second.headers["Cache-Control"]
    assert "public" in cache_control
    assert "s-maxage=10" in cache_control
    assert "Cookie" not in second.headers.get("Vary", "")
    assert "Content-Security-Policy" in second.headers
    assert second.headers["X-Frame-Options"] == "DENY"


def test_a_published_change_is_visible_right_away(club):
    assert "Wir turnen montags." in Client().get(club.url).content.decode()

    club.short_description = "Jetzt auch mittwochs."
    club.save_revision().publish()

    html = Client().get(club.url).content.decode()
    assert "Jetzt auch mittwochs." in html
    assert "Wir turnen montags." not in html


def test_an_unpublished_page_is_gone_right_away(club):
    assert Client().get(club.url).status_code == 200
    url = club.url
    club.unpublish()
    assert Client().get(url).status_code == 404


def hidden_value(html, name):
    return re.search(rf'name="{name}" value="([^"]+)"', html).group(1)


def test_an_opportunity_page_is_the_same_for_every_visitor(club):
    """Its inquiry form has its own address, so nginx or a CDN may keep the page itself."""
    opportunity = OpportunityPageFactory(parent=club)
    first, second = Client().get(opportunity.url), Client().get(opportunity.url)
    assert "Jetzt mitmachen" in first.content.decode()
    assert first.content == second.content
    assert second.headers["X-Page-Cache"] == "hit"
    for response in (first, second):
        assert "public" in response.headers["Cache-Control"]
        assert "csrftoken" not in response.cookies
        assert "csrfmiddlewaretoken" not in response.content.decode()


def test_the_inquiry_form_has_tokens_of_each_visitors_own(club):
    opportunity = OpportunityPageFactory(parent=club)
    first = Client().get(inquire_url(opportunity))
    before_second = time.time()
    second = Client().get(inquire_url(opportunity))

    for response in (first, second):
        # Private: neither nginx nor a CDN may hand one visitor's token to the next.
        assert "private" in response.headers["Cache-Control"]
        assert "public" not in response.headers["Cache-Control"]
        assert "csrftoken" in response.cookies
    first_html, second_html = first.content.decode(), second.content.decode()
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value
    # The minimum fill time counts from when this visitor got the page, not from when it was kept.
    started_at, _key = signing.loads(hidden_value(second_html, "started"), salt=FORM_TIMESTAMP_SALT)
    assert started_at >= before_second
    assert first_html.count("csrfmiddlewaretoken") == second_html.count("csrfmiddlewaretoken") == 1


def test_the_form_behind_a_cached_page_can_be_sent(club):
    opportunity = OpportunityPageFactory(parent=club)
    Client().get(opportunity.url)
    volunteer = Client(enforce_csrf_checks=True)
    cached = volunteer.get(opportunity.url)
    assert cached.headers["X-Page-Cache"] == "hit"
    page = volunteer.get(re.search(r'href="(/mitmachen/anfrage/\d+/)"', cached.content.decode())[1])

    data = form_data(csrfmiddlewaretoken=hidden_value(page.content.decode(), "csrfmiddlewaretoken"))
    response = volunteer.post(inquire_url(opportunity), data)

    assert response.status_code == 302
    assert Inquiry.objects.filter(opportunity=opportunity).count() == 1


def test_a_returning_visitor_keeps_their_csrf_cookie(club):
    opportunity = OpportunityPageFactory(parent=club)
    Client().get(inquire_url(opportunity))
    visitor = Client(enforce_csrf_checks=True)
    cookie = visitor.get(inquire_url(opportunity)).cookies["csrftoken"].value
    visitor.get(inquire_url(opportunity))
    assert visitor.cookies["csrftoken"].value == cookie


def test_logged_in_people_never_get_a_shared_page(club, admin_client):
    Client().get(club.url)
    response = admin_client.get(club.url)
    assert "X-Page-Cache" not in response.headers
    assert "private" in response.headers["Cache-Control"]


def test_the_cache_off_still_sends_shared_headers(club, settings):
    settings.PAGE_CACHE_SECONDS = 0
    response = Client().get(club.url)
    assert "X-Page-Cache" not in response.headers
    assert "public" in response.headers["Cache-Control"]


def test_listings_written_in_bulk_show_right_away(club):
    assert "Neu: Kassenwart gesucht" not in Client().get(club.url).content.decode()

    writer = PageTreeWriter()
    listing = OpportunityPage(
        title="Neu: Kassenwart gesucht",
        slug="kassenwart",
        summary="Sie führen unsere Kasse.",
        description="<p>Einmal im Monat.</p>",
        municipality=club.municipality,
        latitude=club.municipality.latitude,
        longitude=club.municipality.longitude,
    )
    pages = writer.add(OpportunityPage, [(club, listing, {})])
    writer.finish()
    announce_published(OpportunityPage, [page.pk for page in pages])

    assert "Neu: Kassenwart gesucht" in Client().get(club.url).content.decode()


def test_unknown_query_parameters_make_no_entries_of_their_own(club):
    assert Client().get(club.url).headers["X-Page-Cache"] == "miss"
    entries = len(cache._cache)
    for number in range(10):
        response = Client().get(f"{club.url}?utm_source=flyer&x={number}")
        assert response.status_code == 200
        assert response.headers["X-Page-Cache"] == "hit"
        assert "Wir turnen montags." in response.content.decode()
    assert len(cache._cache) == entries


def test_a_page_is_cached_per_value_of_the_parameters_it_reads(home_page):
    ClubPageFactory(title="Turnverein Bensheim")
    ClubPageFactory(title="Gesangverein Lorsch")
    index = "/vereine/"

    turn = Client().get(f"{index}?q=Turnverein")
    assert turn.headers["X-Page-Cache"] == "miss"
    assert "Turnverein Bensheim" in turn.content.decode()
    assert "Gesangverein Lorsch" not in turn.content.decode()
    again = Client().get(f"{index}?q=Turnverein&fbclid=abc")
    assert again.headers["X-Page-Cache"] == "hit"
    assert again.content == Client().get(f"{index}?q=Turnverein").content

    sing = Client().get(f"{index}?q=Gesangverein&fbclid=abc")
    assert "Gesangverein Lorsch" in sing.content.decode()
    assert "Turnverein Bensheim" not in sing.content.decode()


def test_a_rendering_with_ignored_parameters_is_not_kept(club):
    # It may show them (the language switch returns to the full address): never shared.
    first = Client().get(f"{club.url}?junk=%3Cb%3Eoops")
    assert "X-Page-Cache" not in first.headers
    clean = Client().get(club.url)
    assert clean.headers["X-Page-Cache"] == "miss"
    assert "oops" not in Client().get(f"{club.url}?other=1").content.decode()
