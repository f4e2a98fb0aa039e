"""The seeded portal works in a real browser: keyboard, narrow screens, no outside requests."""

from urllib.parse import urlparse

import pytest

from tests.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def opportunity(home_page):
    return OpportunityPageFactory(title="Vorlesepat:in in der Stadtbücherei")


def test_home_to_opportunity_with_keyboard_and_no_third_party_requests(
    live_server, page, opportunity
):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).hostname))

    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"

    page.get_by_role("link", name="Vorlesepat:in in der Stadtbücherei").first.click()
    page.wait_for_load_state()
    assert page.url.endswith(opportunity.url)
    assert page.get_by_role("heading", level=1).inner_text() == opportunity.title
    assert hosts == {urlparse(live_server.url).hostname}


@pytest.mark.parametrize("path", ["/", "/vereine/", "/impressum/"])
def test_no_horizontal_scrolling_at_320_pixels(live_server, page, opportunity, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(live_server.url + path)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
