"""Where a listing takes place, as a club enters it in the admin: the place by search, the point
on the map from the address, a dragged point only near the place, and no raw coordinates."""

import re

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text

from ehrenamt.opportunities.models import OpportunityPage
from tests.clubs.admin_forms import EMPTY_COMMENTS, opportunity_form
from tests.clubs.helpers import club
from tests.factories import OpportunityPageFactory, municipality
from tests.security.test_headers import directives

CHOOSER = "/admin/snippets/choose/regions/municipality/results/"
TITLE = "Trainer:in für die Kinderturngruppe"


@pytest.fixture
def own(home_page):
    return club("Turnverein Bensheim")


@pytest.fixture
def as_club(client, own):
    client.force_login(own.user)
    return client


def add_url(own):
    return f"/admin/pages/add/opportunities/opportunitypage/{own.club.pk}/"


def found_places(as_club, text):
    html = as_club.get(CHOOSER, {"q": text}).content.decode()
    return re.findall(r"data-chooser-modal-choice[^>]*>\s*([^<]+?)\s*<", html)


def test_place_search_answers_a_typed_name_or_postcode(as_club):
    assert found_places(as_club, "heppenheim") == ["Heppenheim (Bergstraße)"]
    assert found_places(as_club, "fuerth") == ["Fürth (Odenwald)"]
    assert found_places(as_club, "68519") == ["Viernheim"]
    assert found_places(as_club, "685") == ["Ladenburg", "Viernheim"]
    # A typing slip still finds the place.
    assert "Bensheim" in found_places(as_club, "Bensheym")


def test_editor_has_a_searchable_place_field_and_no_coordinate_inputs(as_club, own):
    html = as_club.get(add_url(own)).content.decode()
    assert "/admin/snippets/choose/regions/municipality/" in html
    assert re.search(r'<input type="hidden" name="exact_latitude"', html)
    assert re.search(r'<input type="hidden" name="exact_longitude"', html)
    assert 'type="number" name="exact_latitude"' not in html
    assert "Ortsmitte von Bensheim" in html
    assert "Karte öffnen" in html


def test_club_page_editor_has_the_same_place_and_point_fields(as_club, own):
    html = as_club.get(f"/admin/pages/{own.club.pk}/edit/").content.decode()
    assert "data-point-panel" in html
    assert re.search(r'<input type="hidden" name="exact_latitude"', html)
    assert "/admin/snippets/choose/regions/municipality/" in html


def test_listing_saved_with_a_postcode_gets_that_postcodes_point(as_club, own):
    viernheim = municipality("viernheim")
    form = opportunity_form() | {"municipality": viernheim.pk, "postcode": "68519"}
    assert as_club.post(add_url(own), form).status_code == 302
    listing = OpportunityPage.objects.get(title=TITLE)
    assert (listing.latitude, listing.longitude) == (viernheim.latitude, viernheim.longitude)
    assert listing.exact_latitude is None


def test_postcode_of_another_place_is_named_and_nothing_is_lost(as_club, own):
    form = opportunity_form() | {"postcode": "68519", "street_address": "Lorscher Straße 1"}
    response = as_club.post(add_url(own), form)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Die Postleitzahl 68519 gehört zu Viernheim, nicht zu Bensheim." in html
    assert 'value="Lorscher Straße 1"' in html
    assert TITLE in html
    assert not OpportunityPage.objects.exists()


def test_a_dragged_point_near_the_place_is_kept(as_club, own):
    form = opportunity_form() | {"exact_latitude": "49.68512", "exact_longitude": "8.62034"}
    assert as_club.post(add_url(own), form).status_code == 302
    listing = OpportunityPage.objects.get(title=TITLE)
    assert (listing.latitude, listing.longitude) == (49.68512, 8.62034)


def test_a_point_far_outside_the_region_is_refused_and_nothing_is_lost(as_club, own):
    form = opportunity_form() | {
        "exact_latitude": "52.52",
        "exact_longitude": "13.405",
        "street_address": "Rodensteinstraße 12",
    }
    response = as_club.post(add_url(own), form)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Der Punkt auf der Karte liegt 460 km von Bensheim entfernt." in html
    assert 'value="Rodensteinstraße 12"' in html
    assert TITLE in html
    assert not OpportunityPage.objects.exists()


def test_without_javascript_a_new_place_takes_its_own_point(as_club, own):
    """The hidden fields carry the old point back unchanged; it belonged to the old address."""
    listing = OpportunityPageFactory(
        parent=own.club,
        title=TITLE,
        municipality=municipality("bensheim"),
        exact_latitude=49.685,
        exact_longitude=8.62,
    )
    heppenheim = municipality("heppenheim")
    form = opportunity_form(action="action-submit") | {
        "municipality": heppenheim.pk,
        "postcode": "64646",
        "exact_latitude": "49.685",
        "exact_longitude": "8.62",
    }
    assert as_club.post(f"/admin/pages/{listing.pk}/edit/", form).status_code == 302
    saved = OpportunityPage.objects.get(pk=listing.pk).get_latest_revision_as_object()
    assert saved.exact_latitude is None
    assert saved.coordinates() == (heppenheim.latitude, heppenheim.longitude)


def test_club_cannot_see_or_set_fields_it_should_not(as_club, own):
    html = as_club.get(add_url(own)).content.decode()
    for field in ("latitude", "longitude", "source_name", "source_url", "expired_on", "slug"):
        assert f'name="{field}"' not in html
    form = opportunity_form() | {
        "latitude": "1.0",
        "longitude": "2.0",
        "source_name": "Anderes Portal",
        "expired_on": "2020-01-01",
    }
    assert as_club.post(add_url(own), form).status_code == 302
    listing = OpportunityPage.objects.get(title=TITLE)
    bensheim = municipality("bensheim")
    assert (listing.latitude, listing.longitude) == (bensheim.latitude, bensheim.longitude)
    assert listing.source_name == ""
    assert listing.expired_on is None


def test_the_admin_may_load_map_tiles_only_from_the_tile_server(as_club, own, settings):
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    response = as_club.get(add_url(own))
    policy = directives(response)
    assert "https://tiles.example.org" in policy["img-src"]
    assert not [
        source
        for source in policy["img-src"]
        if source.startswith("http") and "tiles.example.org" not in source
    ]
    assert not [source for source in policy["script-src"] if source.startswith("http")]
    assert "/static/vendor/leaflet/leaflet.js" in response.content.decode()
    assert "/static/js/point_map.js" in response.content.decode()


def club_page_form(own, **fields):
    """The club page editor's form as the club's browser sends it, saved as a draft."""
    data = nested_form_data(
        {
            "title": own.club.title,
            "short_description": own.club.short_description,
            "description": rich_text(""),
            "contact_email": own.club.contact_email,
            "municipality": own.club.municipality_id,
            **fields,
        }
    )
    return data | EMPTY_COMMENTS


def test_club_page_keeps_a_dragged_point_near_its_place_and_refuses_a_far_one(as_club, own):
    edit = f"/admin/pages/{own.club.pk}/edit/"
    far = as_club.post(edit, club_page_form(own, exact_latitude="49.0", exact_longitude="11.0"))
    assert far.status_code == 200
    assert "Der Punkt auf der Karte liegt" in far.content.decode()
    near = as_club.post(
        edit, club_page_form(own, exact_latitude="49.6801", exact_longitude="8.6155")
    )
    assert near.status_code == 302
    own.club.refresh_from_db()
    draft = own.club.get_latest_revision_as_object()
    assert (draft.exact_latitude, draft.exact_longitude) == (49.6801, 8.6155)
