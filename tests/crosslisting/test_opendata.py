"""Open data out: downloads, JSON-LD on pages, Atom feeds, iCal, and the round trip into our importer."""

import csv
import datetime
import io
import json
import re

import pytest
from defusedxml import ElementTree
from django.utils import timezone

from ehrenamt.crosslisting.fetch import loader_for
from ehrenamt.crosslisting.importers import JsonImporter, Rejection
from ehrenamt.crosslisting.runner import import_all
from ehrenamt.opportunities.models import Commitment
from tests.factories import ClubPageFactory, OpportunityPageFactory, municipality

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def listings(home_page):
    club = ClubPageFactory(title="Turnverein Bensheim 1861")
    soon = timezone.localdate() + datetime.timedelta(days=10)
    return [
        OpportunityPageFactory(parent=club, title="Übungsleitung Kinderturnen"),
        OpportunityPageFactory(
            parent=club,
            title="Helfer beim Stadtlauf; Start, Ziel",
            commitment=Commitment.ONE_OFF,
            start_date=soon,
            street_address="Marktplatz 1",
            postcode="64625",
        ),
    ]


def test_opendata_page_names_the_licence_and_links_every_download(client, listings):
    response = client.get("/opendata/")
    html = response.content.decode()
    assert "Datenlizenz Deutschland" in html
    for link in ["angebote.csv", "angebote.json", "angebote.jsonld", "angebote.xml", "termine.ics"]:
        assert f'href="/opendata/{link}"' in html
    assert 'href="/opendata/feeds/orte/bensheim.atom"' in html


def test_csv_download_holds_every_current_listing(client, listings):
    response = client.get("/opendata/angebote.csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert sorted(row["Titel"] for row in rows) == sorted(page.title for page in listings)
    assert {row["Organisation"] for row in rows} == {"Turnverein Bensheim 1861"}
    assert {row["Ort"] for row in rows} == {"Bensheim"}


def test_opportunity_page_embeds_job_posting(client, listings):
    response = client.get(listings[1].url)
    html = response.content.decode()
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(found.group(1))
    assert data["@type"] == "JobPosting"
    assert data["employmentType"] == "VOLUNTEER"
    assert data["validThrough"] == listings[1].valid_through.isoformat()
    assert data["hiringOrganization"]["name"] == "Turnverein Bensheim 1861"
    assert data["jobLocation"]["address"]["addressLocality"] == "Bensheim"
    assert data["jobStartDate"] == listings[1].start_date.isoformat()


def test_json_ld_download_lists_job_postings(client, listings):
    data = json.loads(client.get("/opendata/angebote.jsonld").content)
    assert [item["employmentType"] for item in data["dataFeedElement"]] == ["VOLUNTEER"] * 2


def test_atom_feeds_per_municipality_and_category(client, listings):
    feed = ElementTree.fromstring(client.get("/opendata/feeds/orte/bensheim.atom").content)
    titles = {entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")}
    assert titles == {page.title for page in listings}
    other = ElementTree.fromstring(client.get("/opendata/feeds/orte/viernheim.atom").content)
    assert list(other.iter(f"{ATOM}entry")) == []
    by_topic = ElementTree.fromstring(client.get("/opendata/feeds/bereiche/soziales.atom").content)
    assert len(list(by_topic.iter(f"{ATOM}entry"))) == 2
    assert client.get("/opendata/feeds/orte/atlantis.atom").status_code == 404


def test_ical_holds_dated_roles_only(client, listings):
    response = client.get("/opendata/termine.ics")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/calendar")
    assert text.count("BEGIN:VEVENT") == 1
    assert "SUMMARY:Helfer beim Stadtlauf\\; Start\\, Ziel" in text
    day = listings[1].start_date
    assert f"DTSTART;VALUE=DATE:{day:%Y%m%d}" in text
    assert f"DTEND;VALUE=DATE:{day + datetime.timedelta(days=1):%Y%m%d}" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_bad_page_number_gets_a_german_error(client, listings):
    response = client.get("/opendata/angebote.json", {"page": "x"})
    assert response.status_code == 400
    assert response.json() == {"errors": {"page": ["Diese Seite gibt es nicht."]}}


def test_our_json_export_imports_cleanly_with_our_json_importer(
    client, listings, feed_server, make_source
):
    exported = client.get("/opendata/angebote.json").content
    url = feed_server.serve("/export.json", exported)
    source = make_source(url, "json", name="Eigenes Portal", state="HE")

    entries = list(JsonImporter().read(loader_for(source)))

    assert not [entry for entry in entries if isinstance(entry, Rejection)]
    assert sorted(record.title for record in entries) == sorted(page.title for page in listings)
    dated = next(record for record in entries if record.start_date)
    assert (dated.organisation, dated.postcode, dated.town) == (
        "Turnverein Bensheim 1861",
        "64625",
        "Bensheim",
    )
    # Imported back into this portal, each is recognised as a copy of our own listing.
    [report] = import_all()
    assert (report.created, report.duplicates) == (0, 2)
    assert {rejection.reason for rejection in report.rejected} == {"Kopie eines eigenen Angebots."}
    assert municipality("bensheim").slug == "bensheim"
