"""Accessibility in three states and the weekday-by-daytime grid: editor, page, imports, exports."""

import csv
import io
import json

import pytest
from wagtail.models import Page

from ehrenamt.crosslisting.importers.csv import CsvImporter
from ehrenamt.crosslisting.importers.json import JsonImporter
from ehrenamt.opportunities.schedule import slots_mask
from tests.clubs.admin_forms import opportunity_form
from tests.clubs.helpers import PASSWORD, club
from tests.factories import OpportunityPageFactory

pytestmark = pytest.mark.django_db


def test_only_stated_accessibility_is_shown(client, home_page):
    page = OpportunityPageFactory(step_free=True, accessible_wc=False)
    html = client.get(page.url).content.decode()
    assert "Stufenlos erreichbar" in html
    assert "Kein barrierefreies WC" in html
    assert "Gebärdensprache" not in html
    assert "Leichter Sprache" not in html

    silent = OpportunityPageFactory()
    assert (silent.step_free, silent.accessible_wc) == (None, None)
    html = client.get(silent.url).content.decode()
    assert "Nicht stufenlos erreichbar" not in html
    assert "Kein barrierefreies WC" not in html
    assert 'id="access-title"' not in html


def test_the_page_says_on_which_days_and_at_which_times(client, home_page):
    page = OpportunityPageFactory(time_slots=slots_mask(["tue"], ["afternoon", "evening"]))
    html = client.get(page.url).content.decode()
    assert "Dienstag: nachmittags, abends" in html
    assert (
        "Wochentage und Tageszeiten"
        not in client.get(OpportunityPageFactory().url).content.decode()
    )


def test_the_editor_enters_times_as_one_grid_and_accessibility_in_three_states(client, home_page):
    onboarding = club()
    assert client.login(username=onboarding.user.username, password=PASSWORD)
    form = client.get(f"/admin/pages/add/opportunities/opportunitypage/{onboarding.club.pk}/")
    html = form.content.decode()
    assert html.count('name="time_slots"') == 21
    assert 'aria-label="Montag vormittags"' in html
    assert "Keine Angabe" in html

    data = opportunity_form()
    data.pop("action-submit")
    data.update(
        time_slots=["mon-evening", "sat-morning"],
        step_free="true",
        accessible_wc="false",
        sign_language="unknown",
        easy_language="unknown",
    )
    response = client.post(
        f"/admin/pages/add/opportunities/opportunitypage/{onboarding.club.pk}/", data
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    saved = Page.objects.get(title=data["title"]).get_latest_revision_as_object()
    assert saved.time_slots == slots_mask(["mon"], ["evening"]) | slots_mask(["sat"], ["morning"])
    assert (saved.step_free, saved.accessible_wc, saved.sign_language) == (True, False, None)

    edit = client.get(f"/admin/pages/{saved.pk}/edit/").content.decode()
    assert (
        'value="mon-evening" id="id_time_slots_mon_evening" aria-label="Montag abends" checked'
        in edit
    )
    assert (
        'value="mon-morning" id="id_time_slots_mon_morning" aria-label="Montag vormittags">' in edit
    )


def feed(entries):
    return lambda url=None: json.dumps({"results": entries, "next": None}).encode()


def test_imports_fill_what_the_feed_states_and_leave_the_rest_unstated():
    records = list(
        JsonImporter().read(
            feed(
                [
                    {
                        "id": "1",
                        "title": "Vorlesen",
                        "organisation": "Bücherei",
                        "town": "Mannheim",
                        "step_free": True,
                        "accessible_wc": "nein",
                        "minimum_age": "16",
                        "time_slots": ["mon-evening", "sun-morning", "someday"],
                    },
                    {"id": "2", "title": "Kochen", "organisation": "Tafel", "town": "Worms"},
                ]
            )
        )
    )
    stated, silent = records
    assert (stated.step_free, stated.accessible_wc, stated.sign_language) == (True, False, None)
    assert stated.minimum_age == 16
    assert stated.time_slots == slots_mask(["mon"], ["evening"]) | slots_mask(["sun"], ["morning"])
    assert (silent.step_free, silent.easy_language, silent.minimum_age, silent.time_slots) == (
        None,
        None,
        None,
        0,
    )

    csv_feed = (
        b"Titel;Organisation;Ort;Stufenlos erreichbar;Leichte Sprache;Mindestalter;Zeiten\n"
        b"Garten;NABU;Lorsch;ja;;12;tue-afternoon, tue-evening\n"
    )
    (row,) = CsvImporter().read(lambda url=None: csv_feed)
    assert (row.step_free, row.easy_language, row.minimum_age) == (True, None, 12)
    assert row.time_slots == slots_mask(["tue"], ["afternoon", "evening"])


def test_open_data_carries_the_new_fields_and_reads_back(client, home_page):
    page = OpportunityPageFactory(
        step_free=True,
        sign_language=False,
        minimum_age=14,
        time_slots=slots_mask(["fri"], ["evening"]),
    )
    listing = client.get("/opendata/angebote.json").json()["results"][0]
    assert listing["id"] == str(page.pk)
    assert (listing["step_free"], listing["sign_language"], listing["accessible_wc"]) == (
        True,
        False,
        None,
    )
    assert (listing["minimum_age"], listing["time_slots"]) == (14, ["fri-evening"])
    (again,) = JsonImporter().read(feed([listing]))
    assert (again.step_free, again.sign_language, again.accessible_wc) == (True, False, None)
    assert (again.minimum_age, again.time_slots) == (14, page.time_slots)

    response = client.get("/opendata/angebote.csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    row = next(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert (row["Stufenlos erreichbar"], row["Gebärdensprache"], row["Barrierefreies WC"]) == (
        "ja",
        "nein",
        "",
    )
    assert (row["Mindestalter"], row["Zeiten"]) == ("14", "fri-evening")
    (from_csv,) = CsvImporter().read(lambda url=None: text.encode())
    assert (from_csv.step_free, from_csv.sign_language, from_csv.accessible_wc) == (
        True,
        False,
        None,
    )
    assert from_csv.time_slots == page.time_slots
