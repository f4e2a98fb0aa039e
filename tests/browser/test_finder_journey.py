"""A person who doesn't know where to start goes through the Engagement-Finder by keyboard alone."""

from pathlib import Path

import pytest

from tests.browser.axe import axe_violations
from tests.browser.keyboard import FOCUSED_NAME, press_and_follow, tab_to
from tests.browser.portal import build_portal

pytestmark = pytest.mark.django_db(transaction=True)

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "19"


@pytest.fixture
def portal(home_page):
    return build_portal()


def visible_question(page):
    return page.locator(".finder__step:not([hidden]) .finder__question").inner_text()


def press(page, key):
    page.keyboard.press(key)


@pytest.mark.parametrize(("width", "height"), [(1280, 900), (390, 844)])
def test_finder_by_keyboard_alone(live_server, audited_page, portal, width, height):
    page = audited_page
    page.set_viewport_size({"width": width, "height": height})
    page.goto(live_server.url + "/")
    tab_to(page, "Der Engagement-Finder")
    press_and_follow(page)

    # One question per screen; after each step the focus sits on the next question.
    assert visible_question(page) == "Was liegt Ihnen am Herzen?"
    assert page.locator(".finder__progress").inner_text() == "Frage 1 von 7"
    assert axe_violations(page) == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"finder-question-{width}.png"))
    tab_to(page, "Soziales")
    press(page, "Space")
    tab_to(page, "Weiter")
    press(page, "Enter")

    assert visible_question(page) == "Mit wem möchten Sie sich engagieren?"
    assert page.evaluate(FOCUSED_NAME) == "Mit wem möchten Sie sich engagieren?"
    for question in ("Wie helfen Sie am liebsten?", "Wann haben Sie Zeit?"):
        tab_to(page, "Überspringen")
        press(page, "Enter")
        assert visible_question(page) == question
    tab_to(page, "Samstag vormittags")
    press(page, "Space")
    tab_to(page, "Weiter")
    press(page, "Enter")
    tab_to(page, "Zurück")
    press(page, "Enter")
    assert visible_question(page) == "Wann haben Sie Zeit?"
    assert page.locator("#id_time_sat-morning").is_checked()
    tab_to(page, "Weiter")
    press(page, "Enter")
    tab_to(page, "Überspringen")
    press(page, "Enter")

    assert visible_question(page) == "Wo möchten Sie helfen?"
    tab_to(page, "Postleitzahl oder Ort")
    page.keyboard.type("68519")
    tab_to(page, "Weiter")
    press(page, "Enter")
    assert visible_question(page) == "Was brauchen Sie?"
    tab_to(page, "Passende Angebote zeigen")
    press_and_follow(page)

    assert "/engagement-finder/ergebnis/?" in page.url
    assert "category=soziales" in page.url
    assert "near=68519" in page.url
    cards = page.locator(".finder__list .card__title").all_inner_texts()
    assert cards[0] == "Lesepat:in für Grundschulkinder"
    reason = page.locator(".card__reason").first.inner_text()
    assert reason.startswith("passt, weil: samstags vormittags · in Viernheim")
    assert "Soziales" in reason
    assert axe_violations(page) == []
    page.screenshot(path=str(ARTIFACTS / f"finder-answers-{width}.png"), full_page=True)

    tab_to(page, "Dieselbe Suche mit allen Filtern öffnen")
    press_and_follow(page)
    assert "/suche/?" in page.url
    assert "Lesepat:in für Grundschulkinder" in page.content()


def test_without_javascript_every_question_shows_on_one_page(
    live_server, page_without_javascript, portal
):
    page = page_without_javascript
    page.goto(live_server.url + "/engagement-finder/")
    assert page.locator(".finder__step:visible").count() == 7
    page.get_by_label("Soziales").check()
    page.get_by_label("Postleitzahl oder Ort").fill("68519")
    with page.expect_navigation():
        page.get_by_role("button", name="Passende Angebote zeigen").click()
    assert page.locator(".finder__list .card__title").first.inner_text() == (
        "Lesepat:in für Grundschulkinder"
    )
