"""With JavaScript switched off, searching, filtering and writing to a club still work."""

import pytest

from tests.browser.forms import fill_inquiry, wait_out_minimum_fill_time
from tests.browser.portal import build_portal

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def portal(home_page):
    return build_portal()


def test_search_and_filters_work_without_javascript(live_server, page_without_javascript, portal):
    page = page_without_javascript
    page.goto(live_server.url + "/suche/")
    page.get_by_label("Suchbegriff").fill("Tafel")
    page.get_by_role("button", name="Suchen", exact=True).click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="2 Angebote gefunden").is_visible()

    page.get_by_role("group", name="Engagementbereich").get_by_label("Umwelt").check()
    page.get_by_role("button", name="Suchen", exact=True).click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="1 Angebot gefunden").is_visible()
    assert page.get_by_role("link", name="Fahrer:in für die Tafel").is_visible()


def test_inquiry_is_sent_without_javascript(
    live_server, page_without_javascript, portal, mailoutbox
):
    page = page_without_javascript
    page.goto(live_server.url + portal["opportunity"].url)
    page.get_by_role("link", name="Jetzt mitmachen").click()
    page.get_by_role("link", name="Nachricht schreiben").click()
    page.wait_for_load_state()
    fill_inquiry(page)
    wait_out_minimum_fill_time(page)
    page.get_by_role("button", name="Nachricht senden").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Danke!")
    assert {address for message in mailoutbox for address in message.to} >= {"mara@example.org"}
