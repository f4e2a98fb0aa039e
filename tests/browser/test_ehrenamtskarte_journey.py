"""Ehrenamts-Card from start to finish: apply, confirm the e-mail, the club confirms, staff approve.

Screenshots of each step at 1280 and 390 px go to test-artifacts/20/ (committed for the issue).
"""

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from ehrenamt.ehrenamtskarte.models import CardApplication, IssuingAuthority
from ehrenamt.ehrenamtskarte.onboarding import ensure_staff_group
from tests.browser.axe import axe_violations
from tests.browser.forms import wait_out_minimum_fill_time
from tests.clubs.helpers import PASSWORD
from tests.factories import ClubPageFactory

pytestmark = pytest.mark.django_db(transaction=True)
SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "20"
CLUB_EMAIL = "vorstand@tafel-bensheim.example"


def shoot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=SCREENSHOTS / f"{name}-{width}.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def link_path(mailoutbox, recipient, pattern):
    (message,) = [m for m in mailoutbox if m.to == [recipient] and pattern in m.body]
    url = next(link for link in re.findall(r"https?://\S+", message.body) if pattern in link)
    parsed = urlparse(url)
    return parsed.path + (f"?{parsed.query}" if parsed.query else "")


@pytest.fixture
def portal(home_page):
    ClubPageFactory(title="Tafel Bensheim e.V.", contact_email=CLUB_EMAIL)
    staff = get_user_model().objects.create_user(
        username="ecard", email="ecard@kreis.example", password=PASSWORD, first_name="Eva"
    )
    staff.groups.add(ensure_staff_group(IssuingAuthority.objects.get(slug="kreis-bergstrasse")))
    return staff


def test_apply_confirm_club_confirms_staff_approve(
    live_server, page, audited_page, portal, mailoutbox
):
    base = live_server.url
    audited_page.goto(base + "/ehrenamtskarte/antrag/")
    assert axe_violations(audited_page) == []

    page.goto(base + "/ehrenamtskarte/")
    assert page.get_by_role("heading", level=1).inner_text() == "Ehrenamts-Card"
    shoot(page, "01-seite")
    page.get_by_role("link", name="Ehrenamts-Card online beantragen").click()
    page.wait_for_load_state()
    page.get_by_label("Vorname").fill("Jana")
    page.get_by_label("Nachname").fill("Fröhlich")
    page.get_by_label("Geburtsdatum").fill("24.05.1980")
    page.get_by_label("Straße und Hausnummer").fill("Rodensteinstraße 7")
    page.get_by_label("Postleitzahl").fill("64625")
    page.get_by_label("E-Mail-Adresse", exact=False).first.fill("jana@example.org")
    page.get_by_label("Verein aus dem Portal").select_option(label="Tafel Bensheim e.V. (Bensheim)")
    page.get_by_label("Ihre Tätigkeit").fill("Lebensmittel ausgeben")
    page.get_by_label("Seit wann?").fill("03.2019")
    page.get_by_label("Stunden pro Woche").fill("6")
    page.get_by_label("Ich bin einverstanden").check()
    shoot(page, "02-antrag")
    wait_out_minimum_fill_time(page)
    page.get_by_role("button", name="Antrag senden").click()
    page.wait_for_load_state()
    assert "Bitte bestätigen Sie Ihre E-Mail-Adresse" in page.inner_text("h1")
    assert [m.to for m in mailoutbox] == [["jana@example.org"]]

    page.goto(base + link_path(mailoutbox, "jana@example.org", "/bestaetigen/"))
    shoot(page, "03-email-bestaetigen")
    page.get_by_role("button", name="Ja, Antrag weitergeben").click()
    page.wait_for_load_state()
    assert "Danke, Ihr Antrag geht weiter" in page.inner_text("h1")

    page.goto(base + link_path(mailoutbox, CLUB_EMAIL, "/ehrenamtskarte/bestaetigung/"))
    assert "Jana Fröhlich" in page.inner_text("main")
    page.get_by_label("Die Angaben stimmen.").check()
    shoot(page, "04-verein-bestaetigt")
    page.get_by_role("button", name="Antwort senden").click()
    page.wait_for_load_state()
    assert "Danke für Ihre Antwort" in page.inner_text("h1")
    assert CardApplication.objects.get().state == CardApplication.State.READY

    page.goto(base + "/admin/login/")
    page.get_by_label("Benutzername").fill("ecard")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(base + "/admin/ehrenamtskarte/antraege/?state=ready")
    shoot(page, "05-warteschlange")
    page.get_by_role("link", name=re.compile("Jana Fröhlich")).first.click()
    page.wait_for_load_state()
    assert "Alle Voraussetzungen sind erfüllt." in page.inner_text("main")
    page.get_by_label("Bewilligen").check()
    page.get_by_label("Begründung").fill(
        "Sechs Stunden pro Woche seit 2019, von der Tafel bestätigt."
    )
    shoot(page, "06-entscheiden")
    page.get_by_role("button", name="Entscheidung speichern und mitteilen").click()
    page.wait_for_load_state()
    shoot(page, "07-bewilligt")
    assert CardApplication.objects.get().state == CardApplication.State.APPROVED
    approved = [m for m in mailoutbox if m.to == ["jana@example.org"] and "bewilligt" in m.subject]
    assert len(approved) == 1
    assert "Sechs Stunden pro Woche seit 2019" in approved[0].body
