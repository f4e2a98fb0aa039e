"""Every main page type passes axe-core's WCAG 2.1 A and AA rules in Chromium."""

import pytest

from tests.browser.axe import axe_violations
from tests.browser.pages import MAIN_PAGE_NAMES, page_path
from tests.browser.portal import build_portal

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def portal(home_page):
    return build_portal()


@pytest.mark.parametrize("name", MAIN_PAGE_NAMES)
def test_page_has_no_wcag_violations(live_server, audited_page, portal, name):
    response = audited_page.goto(live_server.url + page_path(portal, name))
    assert response.status == 200
    assert axe_violations(audited_page) == []


def test_inquiry_form_with_errors_has_no_wcag_violations(live_server, audited_page, portal):
    audited_page.goto(f"{live_server.url}/mitmachen/anfrage/{portal['opportunity'].pk}/")
    audited_page.get_by_role("button", name="Nachricht senden").click()
    audited_page.wait_for_load_state()
    assert audited_page.get_by_text("Bitte geben Sie Ihren Namen an.").count() > 0
    assert axe_violations(audited_page) == []


def test_accessibility_feedback_with_errors_has_no_wcag_violations(
    live_server, audited_page, portal
):
    audited_page.goto(live_server.url + "/mitmachen/barriere-melden/")
    audited_page.get_by_role("button", name="Rückmeldung senden").click()
    audited_page.wait_for_load_state()
    assert audited_page.get_by_text("Bitte beschreiben Sie die Barriere.").count() > 0
    assert axe_violations(audited_page) == []


def test_search_with_a_bad_postcode_has_no_wcag_violations(live_server, audited_page, portal):
    response = audited_page.goto(live_server.url + "/suche/?near=99999&radius=10")
    assert response.status == 400
    assert axe_violations(audited_page) == []


def test_axe_reports_a_real_violation(live_server, audited_page, portal):
    """The check itself works: an image without a text alternative is caught."""
    audited_page.goto(live_server.url + "/")
    audited_page.evaluate(
        "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/x.png\">')"
    )
    assert any(line.startswith("image-alt") for line in axe_violations(audited_page))


def test_english_interface_switched_by_keyboard_has_no_wcag_violations(
    live_server, audited_page, portal
):
    audited_page.goto(live_server.url + "/suche/?q=Lesepat")
    audited_page.get_by_role("button", name="English").focus()
    with audited_page.expect_navigation():
        audited_page.keyboard.press("Enter")
    assert audited_page.get_by_role("heading", level=1).inner_text() == "Find volunteering"
    assert audited_page.url.endswith("/suche/?q=Lesepat")
    assert axe_violations(audited_page) == []
