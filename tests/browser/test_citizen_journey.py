"""A citizen finds a role by words, postcode and radius, narrows it down and writes to the club.

The same journey runs twice: once pointing and clicking, once with the keyboard alone.
"""

import pytest

from tests.browser.forms import fill_inquiry, wait_out_minimum_fill_time
from tests.browser.keyboard import press_and_follow, tab_to, type_into
from tests.browser.portal import build_portal

pytestmark = pytest.mark.django_db(transaction=True)

READING_IN_VIERNHEIM = "Lesepat:in für Grundschulkinder"
READING_IN_BENSHEIM = "Lesecafé im Seniorenheim Bensheim"


@pytest.fixture
def portal(home_page):
    return build_portal()


def result_titles(page):
    return page.locator(".search-results__list h3").all_inner_texts()


def club_and_volunteer_are_told(mailoutbox, portal):
    recipients = {address for message in mailoutbox for address in message.to}
    return {portal["club"].contact_email, "mara@example.org"} <= recipients


def test_citizen_finds_a_role_and_writes_to_the_club(live_server, page, portal, mailoutbox):
    page.goto(live_server.url + "/")
    page.get_by_label("Was möchten Sie tun?").fill("lesen")
    page.get_by_label("Postleitzahl").fill("68519")
    page.get_by_role("button", name="Engagement finden").click()
    page.wait_for_load_state()
    assert result_titles(page) == [READING_IN_VIERNHEIM]

    page.get_by_label("Umkreis in km").select_option("25")
    page.get_by_role("button", name="Suchen", exact=True).click()
    page.wait_for_load_state()
    assert sorted(result_titles(page)) == sorted([READING_IN_VIERNHEIM, READING_IN_BENSHEIM])

    page.get_by_role("group", name="Ort").get_by_label("Viernheim").check()
    page.get_by_role("button", name="Suchen", exact=True).click()
    page.wait_for_load_state()
    assert result_titles(page) == [READING_IN_VIERNHEIM]

    page.get_by_role("link", name=READING_IN_VIERNHEIM).click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == READING_IN_VIERNHEIM
    page.get_by_role("link", name="Jetzt mitmachen").click()
    page.get_by_role("link", name="Nachricht schreiben").click()
    page.wait_for_load_state()
    fill_inquiry(page)
    wait_out_minimum_fill_time(page)
    page.get_by_role("button", name="Nachricht senden").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Danke!")
    assert club_and_volunteer_are_told(mailoutbox, portal)


def test_citizen_journey_with_the_keyboard_alone(live_server, page, portal, mailoutbox):
    page.goto(live_server.url + "/")
    type_into(page, "Was möchten Sie tun?", "lesen")
    type_into(page, "Postleitzahl", "68519")
    press_and_follow(page)
    assert result_titles(page) == [READING_IN_VIERNHEIM]

    tab_to(page, "Umkreis in km")
    page.keyboard.press("ArrowDown")
    tab_to(page, "Suchen")
    press_and_follow(page)
    assert len(result_titles(page)) == 2

    tab_to(page, "Viernheim")
    page.keyboard.press("Space")
    # One submit button for words, place and filters.
    tab_to(page, "Suchen", backwards=True)
    press_and_follow(page)
    assert result_titles(page) == [READING_IN_VIERNHEIM]

    tab_to(page, READING_IN_VIERNHEIM)
    press_and_follow(page)
    assert page.get_by_role("heading", level=1).inner_text() == READING_IN_VIERNHEIM

    tab_to(page, "Nachricht schreiben")
    press_and_follow(page)
    type_into(page, "Ihr Name", "Mara Schneider")
    type_into(page, "Ihre E-Mail-Adresse", "mara@example.org")
    type_into(page, "Nachricht", "Ich lese gern vor und habe dienstags Zeit.")
    tab_to(page, "Ich bin einverstanden")
    page.keyboard.press("Space")
    wait_out_minimum_fill_time(page)
    tab_to(page, "Nachricht senden")
    press_and_follow(page)
    assert page.get_by_role("heading", level=1).inner_text().startswith("Danke!")
    assert club_and_volunteer_are_told(mailoutbox, portal)
