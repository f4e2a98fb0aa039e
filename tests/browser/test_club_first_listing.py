"""A new club's way to its first listing, counted in screens (full page loads), in Chromium.

The club starts at /mitmachen/, registers, confirms its e-mail address, logs in and lands on its
dashboard, from which "Neues Angebot" opens the editor with the club's place already chosen and
the point on the map taken from the address; it submits the listing for approval. The map is
optional: the club opens it, moves the marker with the arrow keys and takes the address's point
back. The club goes through 9 screens: /mitmachen/, the registration form, "check your mail", the
link from the mail, "confirmed", the login, the dashboard, the editor and the page after
submitting. Choosing the place (a chooser with 55 places over 6 pages) and typing coordinates are
no longer among them.

A second test drags the marker with the mouse, finds another place by typing in the place
chooser (the point follows it) and runs axe-core on the point panel.

Screenshots of the dashboard and the editor at 1280 and 390 px go to test-artifacts/17/.
"""

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.conf import settings

from ehrenamt.opportunities.models import OpportunityPage
from tests.browser.axe import AXE_SCRIPT, WCAG_21_AA
from tests.browser.forms import wait_out_minimum_fill_time
from tests.browser.forms import write_listing as write_listing_form
from tests.clubs.helpers import PASSWORD as PASSWORD_OF_CLUBS
from tests.clubs.helpers import club
from tests.factories import municipality

pytestmark = pytest.mark.django_db(transaction=True)

SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "17"
WIDTHS = {1280: 900, 390: 844}
CLUB = "Imkerverein Viernheim"
CLUB_EMAIL = "vorstand@imker.example"
PASSWORD = "Bienenstock-2024!"
LISTING = "Bienenpat:in am Lehrbienenstand"
SCREENS = 9


def screenshots(page, name, prepare=None):
    """The screen the club is on, loaded afresh at each width in another tab of the same session
    (Wagtail lays out its sidebar on load; the club's own tab keeps what it typed)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in WIDTHS.items():
        shot = page.context.new_page()
        shot.set_viewport_size({"width": width, "height": height})
        shot.goto(page.url)
        if prepare:
            prepare(shot)
        shot.screenshot(path=SCREENSHOTS / f"{name}-{width}.png")
        shot.close()


def show_the_place(page):
    page.get_by_role("button", name="Karte öffnen").click()
    page.locator(".leaflet-tile-loaded").first.wait_for()
    page.locator("[data-point-panel]").evaluate("panel => panel.scrollIntoView({block: 'center'})")


def confirmation_path(mailoutbox):
    (message,) = [message for message in mailoutbox if message.to == [CLUB_EMAIL]]
    url = next(
        link for link in re.findall(r"https?://\S+", message.body) if "/bestaetigen/" in link
    )
    return urlparse(url).path


def register_and_confirm(page, base_url, mailoutbox):
    page.goto(base_url + "/mitmachen/")
    page.get_by_role("main").get_by_role("link", name="Verein registrieren").first.click()
    page.get_by_label("Name des Vereins").fill(CLUB)
    page.get_by_label("Ort (Pflichtfeld)", exact=True).select_option(label="Viernheim")
    page.get_by_label("Ansprechperson").fill("Mara Schäfer")
    page.get_by_label("E-Mail-Adresse").fill(CLUB_EMAIL)
    page.get_by_label("Kurzbeschreibung").fill(
        "Wir halten Bienen und zeigen Kindern, wie das geht."
    )
    page.get_by_label("Passwort (Pflichtfeld)").fill(PASSWORD)
    page.locator("input[name=accept_terms]").check()
    wait_out_minimum_fill_time(page)
    with page.expect_navigation():
        page.get_by_role("button", name="Registrieren").click()
    page.goto(base_url + confirmation_path(mailoutbox))
    with page.expect_navigation():
        page.get_by_role("button", name="E-Mail-Adresse bestätigen").click()
    with page.expect_navigation():
        page.get_by_role("link", name="Zur Anmeldung").click()


def log_in(page):
    page.get_by_label("Benutzername").fill(CLUB_EMAIL)
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Anmelden").click()


def write_listing(page):
    write_listing_form(
        page,
        LISTING,
        "Sie betreuen mit uns die Bienen am Lehrbienenstand.",
        "Keine Vorkenntnisse nötig, wir zeigen Ihnen alles.",
    )
    page.get_by_role("checkbox", name="Umwelt & Naturschutz").check()
    page.get_by_role("spinbutton", name="Stunden pro Woche").fill("2")


def correct_point_on_the_map(page):
    """Open the map, move the marker by keyboard, then take the address's point back."""
    page.get_by_role("button", name="Karte öffnen").click()
    page.locator(".leaflet-tile-loaded").first.wait_for()
    # The marker has the focus once the map is open.
    marker = page.get_by_role("button", name="Punkt des Angebots. Mit den Pfeiltasten verschieben.")
    assert marker.evaluate("element => element === document.activeElement")
    page.keyboard.press("ArrowRight")
    assert page.locator("input[name=exact_latitude]").input_value() != ""
    assert page.get_by_text("Der Punkt ist auf der Karte gesetzt").is_visible()
    page.get_by_role("button", name="Punkt aus der Adresse übernehmen").click()
    assert page.locator("input[name=exact_latitude]").input_value() == ""
    assert page.get_by_text("Ortsmitte von Viernheim").is_visible()


def test_new_club_submits_its_first_listing_with_place_and_point_from_its_address(
    live_server, page, home_page, mailoutbox, settings
):
    base_url = live_server.url
    # Another origin than the live server's "localhost": the admin's CSP has to allow it.
    port = urlparse(base_url).port
    settings.MAP_TILE_URL = (
        f"http://127.0.0.1:{port}/static/img/favicon.svg?z={{z}}&x={{x}}&y={{y}}"
    )
    screens, blocked = [], []
    page.on("load", lambda loaded: screens.append(urlparse(loaded.url).path))
    page.on("console", lambda m: "Content Security Policy" in m.text and blocked.append(m.text))

    register_and_confirm(page, base_url, mailoutbox)
    log_in(page)
    assert page.get_by_role("link", name="Neues Angebot").is_visible()
    screenshots(page, "dashboard")

    with page.expect_navigation():
        page.get_by_role("link", name="Neues Angebot").first.click()
    # The place comes from the club, the point from the address: nothing to choose or type.
    assert page.locator("input[name=municipality]").input_value() == str(
        municipality("viernheim").pk
    )
    assert page.get_by_text("Ortsmitte von Viernheim").is_visible()
    screenshots(page, "editor")
    screenshots(page, "editor-place", prepare=show_the_place)
    write_listing(page)
    correct_point_on_the_map(page)

    page.get_by_role("button", name="Mehr Aktionen").click()
    with page.expect_navigation():
        page.get_by_role("button", name="In Freigabe Viernheim einreichen").click()

    listing = OpportunityPage.objects.get(title=LISTING)
    assert listing.workflow_in_progress
    assert not listing.live
    viernheim = municipality("viernheim")
    assert listing.exact_latitude is None
    assert (listing.latitude, listing.longitude) == (viernheim.latitude, viernheim.longitude)
    assert blocked == []
    assert len(screens) == SCREENS, screens


def test_the_point_is_dragged_follows_a_searched_place_and_passes_axe(
    live_server, audited_page, home_page
):
    page = audited_page
    own = club("Turnverein Bensheim")
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Benutzername").fill(own.user.username)
    page.locator("#id_password").fill(PASSWORD_OF_CLUBS)
    with page.expect_navigation():
        page.get_by_role("button", name="Anmelden").click()
    page.goto(f"{live_server.url}/admin/pages/add/opportunities/opportunitypage/{own.club.pk}/")
    page.get_by_role("button", name="Karte öffnen").click()
    marker = page.locator(".point-panel .leaflet-marker-icon")
    marker.wait_for()
    box = marker.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] - 2)
    page.mouse.down()
    page.mouse.move(box["x"] + 60, box["y"] + 20, steps=8)
    page.mouse.up()
    latitude = float(page.locator("input[name=exact_latitude]").input_value())
    longitude = float(page.locator("input[name=exact_longitude]").input_value())
    bensheim = municipality("bensheim")
    assert (latitude, longitude) != (bensheim.latitude, bensheim.longitude)
    assert abs(latitude - bensheim.latitude) < 0.05
    assert abs(longitude - bensheim.longitude) < 0.05
    assert page.get_by_role("button", name="Punkt aus der Adresse übernehmen").is_visible()

    # Another place, found by typing: the point follows the new place.
    place = page.locator("#id_municipality-chooser")
    place.get_by_role("button", name="Aktionen").click()
    place.locator("[data-chooser-action-choose]").first.click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("textbox", name="Ort oder Postleitzahl").fill("heppenh")
    dialog.get_by_role("link", name="Heppenheim (Bergstraße)").click()
    dialog.wait_for(state="detached")
    assert page.get_by_text("Ortsmitte von Heppenheim (Bergstraße)").is_visible()
    assert page.locator("input[name=exact_latitude]").input_value() == ""

    page.add_script_tag(path=str(AXE_SCRIPT))
    result = page.evaluate(
        "tags => axe.run(document.querySelector('[data-point-panel]'),"
        " {runOnly: {type: 'tag', values: tags}})",
        WCAG_21_AA,
    )
    assert [violation["id"] for violation in result["violations"]] == []
