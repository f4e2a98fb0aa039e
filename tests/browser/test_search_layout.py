"""The search page in the first screen: results beside the filters at 1280 x 900, the count and
one "Filter (n)" button on a 390 x 844 phone; the autocomplete as an accessible listbox.

Screenshots for the issue's note land in test-artifacts/13/ (committed).
"""

from pathlib import Path

import pytest
from django.conf import settings

from ehrenamt.opportunities.schedule import slots_mask
from ehrenamt.taxonomy.models import Category
from tests.browser.axe import axe_violations
from tests.browser.portal import build_portal
from tests.factories import ClubPageFactory, OpportunityPageFactory, municipality

pytestmark = pytest.mark.django_db(transaction=True)

SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "13"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
PLACES = ["bensheim", "heppenheim", "lorsch", "zwingenberg", "lautertal", "einhausen", "biblis"]
SEARCHES = {"all": "/suche/", "place": "/suche/?near=Bensheim&radius=25"}


@pytest.fixture
def portal(home_page):
    portal = build_portal()
    categories = list(Category.objects.order_by("name")[:8])
    for number, slug in enumerate(PLACES * 2):
        club = ClubPageFactory(municipality=municipality(slug))
        OpportunityPageFactory(
            parent=club,
            title="Helfer:in beim Sommerfest",
            summary="Sie bauen Stände auf und schenken Getränke aus.",
            categories=[categories[number % len(categories)]],
            step_free=number % 2 == 0,
            time_slots=slots_mask([["sat", "sun", "tue"][number % 3]], ["afternoon"]),
            municipality=municipality(slug),
        )
    return portal


def open_page(chromium, live_server, viewport, path, javascript=True):
    context = chromium.new_context(
        locale="de-DE", viewport=viewport, bypass_csp=True, java_script_enabled=javascript
    )
    page = context.new_page()
    response = page.goto(live_server.url + path)
    assert response.status == 200
    return context, page


def box(locator):
    found = locator.bounding_box()
    assert found is not None, locator
    return found


def within_first_screen(locator, viewport):
    found = box(locator)
    return found["y"] >= 0 and found["y"] + found["height"] <= viewport["height"]


@pytest.mark.parametrize("search", list(SEARCHES))
def test_desktop_shows_the_first_result_beside_the_filters(live_server, chromium, portal, search):
    context, page = open_page(chromium, live_server, DESKTOP, SEARCHES[search])
    count = page.locator(".search-results__count")
    first_result = page.locator(".search-results__list > li").first
    filters = page.locator(".search-filters__panel")
    assert within_first_screen(count, DESKTOP)
    assert within_first_screen(first_result, DESKTOP)
    assert box(filters)["x"] + box(filters)["width"] <= box(first_result)["x"]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"suche-{search}-desktop-1280x900.png")
    # The filter column needs no button to open; the long list of places waits behind a link.
    assert not page.locator(".search-filters__toggle").is_visible()
    places = page.get_by_role("group", name="Ort")
    assert places.locator("li:visible").count() == 5
    places.get_by_text("weitere anzeigen").click()
    assert places.locator("li:visible").count() == len(PLACES) + 1
    # One submit button for words, place and filters.
    assert page.locator("#search-form button, [form=search-form][type=submit]").count() == 1
    assert page.get_by_role("button", name="Suchen", exact=True).count() == 1
    if search == "place":
        # A place without words: nearest first.
        assert page.get_by_label("Sortierung").input_value() == "distance"
    assert axe_violations(page) == []
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_phone_shows_the_count_and_one_filter_button_first(
    live_server, chromium, portal, javascript
):
    path = SEARCHES["place"] + "&weekday=sat"
    context, page = open_page(chromium, live_server, PHONE, path, javascript)
    count = page.locator(".search-results__count")
    toggle = page.get_by_text("Filter (1)")
    assert within_first_screen(count, PHONE)
    assert within_first_screen(toggle, PHONE)
    assert (
        box(count)["y"] < box(toggle)["y"] < box(page.locator(".search-results__list").first)["y"]
    )
    weekdays = page.get_by_role("group", name="Wochentag")
    assert not weekdays.is_visible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    if javascript:
        page.screenshot(path=SCREENSHOTS / "suche-phone-390x844.png")
        assert axe_violations(page) == []
    toggle.click()
    assert weekdays.is_visible()
    weekdays.get_by_label("Sonntag").check()
    page.get_by_role("button", name="Suchen", exact=True).click()
    page.wait_for_load_state()
    assert page.get_by_text("Filter (2)").is_visible()
    # Ten summer-festival roles on a Saturday or Sunday, and the portal's Saturday reading role.
    assert page.get_by_role("heading", name="11 Angebote gefunden").is_visible()
    if javascript:
        page.get_by_text("Filter (2)").click()
        page.screenshot(path=SCREENSHOTS / "suche-phone-390x844-filter.png", full_page=True)
        assert axe_violations(page) == []
    context.close()


def test_place_field_suggests_places_as_a_listbox(live_server, chromium, portal):
    context, page = open_page(chromium, live_server, DESKTOP, "/suche/")
    place = page.get_by_role("combobox", name="Postleitzahl oder Ort")
    place.press_sequentially("heppen", delay=30)
    listbox = page.get_by_role("listbox")
    listbox.wait_for()
    assert place.get_attribute("aria-expanded") == "true"
    assert listbox.get_by_role("option").first.inner_text().startswith("Heppenheim (Bergstraße)")
    place.press("ArrowDown")
    active = place.get_attribute("aria-activedescendant")
    assert page.locator(f"#{active}").get_attribute("aria-selected") == "true"
    assert axe_violations(page) == []
    place.press("Enter")
    assert place.input_value() == "Heppenheim (Bergstraße)"
    assert place.get_attribute("aria-expanded") == "false"
    assert page.url.endswith("/suche/")  # filled in, not followed
    page.get_by_role("button", name="Suchen", exact=True).click()
    page.wait_for_load_state()
    assert "near=Heppenheim" in page.url
    assert page.get_by_text("Umkreis 10 km um Heppenheim (Bergstraße)").is_visible()
    context.close()


@pytest.mark.parametrize("path", ["/", "/suche/", "/orte/bensheim/"])
def test_every_search_box_suggests_titles_told_apart_by_club_and_place(
    live_server, chromium, portal, path
):
    context, page = open_page(chromium, live_server, DESKTOP, path)
    box_ = page.get_by_role("combobox").first
    box_.press_sequentially("Sommerfe", delay=30)
    listbox = page.get_by_role("listbox").first
    listbox.wait_for()
    options = listbox.get_by_role("option")
    assert options.count() >= 2
    texts = options.all_inner_texts()
    assert len(set(texts)) == len(texts)  # same titles, told apart by club and place
    assert any("Bensheim" in text for text in texts)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    if path == "/suche/":
        page.screenshot(path=SCREENSHOTS / "autocomplete-desktop-1280x900.png")
    assert axe_violations(page) == []
    box_.press("Escape")
    assert not listbox.is_visible()
    context.close()
