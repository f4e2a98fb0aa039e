"""The map loads nothing from the tile server until the visitor asks for it, for that visit only."""

import pytest

from tests.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"


@pytest.fixture
def listed(home_page):
    return OpportunityPageFactory(title="Lesepate in Bensheim")


def test_without_consent_there_is_only_the_offer_and_no_tile_host_in_the_policy(client, listed):
    response = client.get("/suche/", {"q": "Lesepate"})
    html = response.content.decode()
    assert "Karte anzeigen" in html
    assert "leaflet.js" not in html
    assert "tile.openstreetmap.org" not in response.headers["Content-Security-Policy"]
    assert "sessionid" not in response.cookies


def test_after_consent_the_map_loads_our_leaflet_and_tiles_are_allowed(client, listed, settings):
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    response = client.post(
        "/karte/", {"show": "1", "next": "/suche/?q=Lesepate"}, headers={"Origin": ORIGIN}
    )
    assert response.status_code == 302
    assert response.url == "/suche/?q=Lesepate"
    page = client.get("/suche/", {"q": "Lesepate"})
    html = page.content.decode()
    assert "/static/vendor/leaflet/leaflet.js" in html
    assert "Lesepate in Bensheim" in html.split('id="karte-markers"')[1]
    policy = page.headers["Content-Security-Policy"]
    assert "img-src 'self' data: https://tiles.example.org" in policy
    assert "script-src 'self';" in policy


def test_the_landing_page_offers_the_map_too(client, listed):
    client.post("/karte/", {"show": "1", "next": "/orte/bensheim/"}, headers={"Origin": ORIGIN})
    assert "opportunity-map__canvas" in client.get("/orte/bensheim/").content.decode()


def test_hiding_the_map_takes_back_the_tile_permission(client, listed):
    client.post("/karte/", {"show": "1", "next": "/"}, headers={"Origin": ORIGIN})
    client.post("/karte/", {"show": "0", "next": "/"}, headers={"Origin": ORIGIN})
    page = client.get("/suche/", {"q": "Lesepate"})
    assert "Karte anzeigen" in page.content.decode()
    assert "tile.openstreetmap.org" not in page.headers["Content-Security-Policy"]


@pytest.mark.parametrize("origin", [None, "https://evil.example"])
def test_other_sites_cannot_switch_the_map_on(client, listed, origin):
    headers = {"Origin": origin} if origin else {}
    response = client.post("/karte/", {"show": "1", "next": "/"}, headers=headers)
    assert response.status_code == 403
    assert "tile.openstreetmap.org" not in client.get("/").headers["Content-Security-Policy"]


def test_next_must_stay_on_this_site(client, listed):
    response = client.post(
        "/karte/", {"show": "1", "next": "https://evil.example/"}, headers={"Origin": ORIGIN}
    )
    assert response.url == "/"
