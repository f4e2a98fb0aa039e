"""The map in Chromium: nothing from the tile server before "Karte anzeigen", Leaflet from us after."""

from urllib.parse import urlparse

import pytest

from tests.browser.axe import axe_violations
from tests.browser.portal import build_portal

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def portal(home_page):
    return build_portal()


def test_map_loads_only_after_the_visitor_asks(live_server, page, portal, settings):
    # Another origin than the live server's "localhost", so the CSP has to allow it explicitly.
    port = urlparse(live_server.url).port
    settings.MAP_TILE_URL = (
        f"http://127.0.0.1:{port}/static/img/favicon.svg?z={{z}}&x={{x}}&y={{y}}"
    )
    tile_requests, blocked = [], []
    page.on("request", lambda r: r.url.startswith("http://127.0.0.1") and tile_requests.append(r))
    page.on("console", lambda m: "Content Security Policy" in m.text and blocked.append(m.text))

    page.goto(live_server.url + "/suche/?q=lesen")
    assert page.get_by_role("button", name="Karte anzeigen").is_visible()
    assert tile_requests == []

    page.get_by_role("button", name="Karte anzeigen").click()
    page.locator(".leaflet-tile-loaded").first.wait_for()
    assert page.locator(".leaflet-marker-icon").count() == 2
    assert tile_requests
    assert blocked == []
    # The list is still there, first, and complete.
    assert page.locator(".search-results__list h3").count() == 2

    page.get_by_role("button", name="Karte ausblenden").click()
    page.wait_for_load_state()
    assert page.get_by_role("button", name="Karte anzeigen").is_visible()


def test_page_with_the_map_shown_has_no_wcag_violations(live_server, audited_page, portal):
    audited_page.goto(live_server.url + "/orte/viernheim/")
    audited_page.get_by_role("button", name="Karte anzeigen").click()
    audited_page.locator(".leaflet-container").wait_for()
    assert axe_violations(audited_page) == []
