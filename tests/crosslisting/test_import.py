"""Importing partner feeds over real HTTP: formats, updates, removals, bad feeds and bad records."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from ehrenamt.crosslisting.models import ImportedListing
from ehrenamt.crosslisting.runner import import_all
from ehrenamt.opportunities.models import OpportunityPage

from .feeds import csv_feed, csv_row, fpxml, json_page, json_record

pytestmark = pytest.mark.django_db


def imported_titles(source):
    return sorted(
        OpportunityPage.objects.filter(imported__source=source).values_list("title", flat=True)
    )


def test_paged_json_feed_is_imported_and_searchable_by_state(client, feed_server, make_source):
    second = feed_server.serve("/api/2", json_page([json_record("b", "Vorlesen im Altenheim")]))
    first = feed_server.serve("/api/1", json_page([json_record("a", "Hausaufgabenhilfe")], second))
    source = make_source(first, "json")

    [report] = import_all()

    assert (report.created, report.rejected, report.error) == (2, [], "")
    assert imported_titles(source) == ["Hausaufgabenhilfe", "Vorlesen im Altenheim"]
    found = client.get("/api/v1/opportunities/", {"state": "bw"}).json()
    assert {result["title"]: result["source"]["name"] for result in found["results"]} == {
        "Hausaufgabenhilfe": "Partnerportal Mannheim",
        "Vorlesen im Altenheim": "Partnerportal Mannheim",
    }
    assert client.get("/api/v1/opportunities/", {"state": "he"}).json()["count"] == 0


def test_second_run_updates_changed_and_removes_vanished_listings(feed_server, make_source):
    url = feed_server.serve(
        "/feed", json_page([json_record("a", "Tafel"), json_record("b", "Kleiderkammer")])
    )
    source = make_source(url, "json")
    import_all()
    page_a = OpportunityPage.objects.get(title="Tafel")

    feed_server.serve("/feed", json_page([json_record("a", "Tafel", description="Neu.")]))
    [report] = import_all()

    assert (report.created, report.updated, report.removed) == (0, 1, 1)
    page_a.refresh_from_db()
    assert "Neu." in page_a.description
    assert imported_titles(source) == ["Tafel"]
    [again] = import_all()
    assert (again.updated, again.unchanged) == (0, 1)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "latin-1"])
def test_csv_in_every_encoding_agencies_use(feed_server, make_source, encoding):
    url = feed_server.serve(
        "/feed.csv", csv_feed([csv_row("1", "Gärtnern im Schulgarten")], encoding)
    )
    source = make_source(url, "csv")

    [report] = import_all()

    assert report.created == 1, report
    page = OpportunityPage.objects.get(imported__source=source)
    assert page.title == "Gärtnern im Schulgarten"
    assert page.municipality.slug == "weinheim"
    assert [category.slug for category in page.categories.all()] == ["umwelt-naturschutz"]


def test_fpxml_feed_with_dated_role(feed_server, make_source):
    start = (timezone.localdate() + datetime.timedelta(days=20)).isoformat()
    url = feed_server.serve(
        "/feed.xml", fpxml([("x1", "Konzert-Einlass", "Speyer", "67346", start)])
    )
    source = make_source(url, "xml", state="RP")

    [report] = import_all()

    assert report.created == 1
    page = OpportunityPage.objects.get(imported__source=source)
    assert page.commitment == "one_off"
    assert page.start_date.isoformat() == start
    assert page.categories.get().slug == "kultur-musik"
    assert page.imported.organisation == "Chor Speyer"


def test_unknown_town_is_found_by_postcode(feed_server, make_source):
    url = feed_server.serve("/feed", json_page([json_record("a", "Tafel", town="Quadratestadt")]))
    source = make_source(url, "json")
    import_all()
    assert OpportunityPage.objects.get(imported__source=source).municipality.slug == "mannheim"


def test_bad_records_are_rejected_with_reasons_and_good_ones_kept(feed_server, make_source):
    records = [
        json_record("ok", "Gute Sache"),
        json_record("no-title", ""),
        json_record("nowhere", "Irgendwo", town="Atlantis", postcode="99999"),
        json_record("bad-date", "Falsches Datum", start_date="31.02.2026"),
        json_record("old", "Vorbei", valid_through="2001-01-01"),
        "kein Objekt",
    ]
    source = make_source(feed_server.serve("/feed", json_page(records)), "json")

    [report] = import_all()

    assert imported_titles(source) == ["Gute Sache"]
    reasons = {rejection.source_id: rejection.reason for rejection in report.rejected}
    assert reasons["no-title"] == "Der Titel fehlt."
    assert "Atlantis" in reasons["nowhere"]
    assert "kein Datum" in reasons["bad-date"]
    assert reasons["old"] == "Das Angebot ist abgelaufen."
    assert len(reasons) == 5


@pytest.mark.parametrize(
    ("format", "body", "message"),
    [
        ("json", '{"results": [', "JSON-Feed ist fehlerhaft"),
        ("json", "[1, 2]", "kein Objekt"),
        ("xml", "<FootprintFeed><oops></FootprintFeed>", "XML-Feed ist fehlerhaft"),
        (
            "xml",
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            "<FootprintFeed>&e;</FootprintFeed>",
            "XML-Feed ist fehlerhaft",
        ),
        ("csv", "Name;Wert\r\na;b", "fehlen die Spalten"),
        ("csv", "", "leer"),
    ],
)
def test_malformed_feed_keeps_the_last_good_state(feed_server, make_source, format, body, message):
    good = {
        "json": json_page([json_record("a", "Bleibt")]),
        "xml": fpxml([("a", "Bleibt", "Speyer", "67346", "")]),
        "csv": csv_feed([csv_row("a", "Bleibt")]),
    }[format]
    url = feed_server.serve("/feed", good)
    source = make_source(url, format)
    import_all()
    feed_server.serve("/feed", body)

    [report] = import_all()

    assert message in report.error
    assert imported_titles(source) == ["Bleibt"]
    source.refresh_from_db()
    assert message in source.last_error


def test_server_error_and_timeout_keep_listings(feed_server, make_source, settings):
    settings.CROSSLISTING_TIMEOUT = 0.5
    url = feed_server.serve("/feed", json_page([json_record("a", "Bleibt")]))
    source = make_source(url, "json")
    import_all()

    feed_server.serve("/feed", "kaputt", status=500)
    [broken] = import_all()
    feed_server.serve("/feed", json_page([]), delay=2)
    [slow] = import_all()

    assert broken.error == "Der Partner antwortet mit Fehler 500."
    assert "nicht erreichbar" in slow.error
    assert imported_titles(source) == ["Bleibt"]


def test_a_feed_of_only_bad_records_counts_as_failed(feed_server, make_source):
    url = feed_server.serve("/feed", json_page([json_record("a", "Bleibt")]))
    source = make_source(url, "json")
    import_all()
    feed_server.serve("/feed", json_page([json_record("a", "")]))
    [report] = import_all()
    assert report.error == "Kein einziger Eintrag war brauchbar."
    assert imported_titles(source) == ["Bleibt"]


def test_csv_line_with_wrong_column_count_is_rejected(feed_server, make_source):
    body = csv_feed([csv_row("1", "Gut"), ["2", "Kaputt"]])
    source = make_source(feed_server.serve("/feed.csv", body), "csv")
    [report] = import_all()
    assert imported_titles(source) == ["Gut"]
    assert report.rejected[0].reason == "Die Zeile hat 2 statt 14 Spalten."


def test_next_page_on_a_foreign_server_is_refused(feed_server, make_source):
    url = feed_server.serve(
        "/feed", json_page([json_record("a", "Tafel")], "http://evil.example/page2")
    )
    make_source(url, "json")
    [report] = import_all()
    assert "fremden Server" in report.error


def test_command_prints_what_happened(feed_server, make_source, capsys):
    records = [json_record("a", "Tafel"), json_record("b", "")]
    make_source(feed_server.serve("/feed", json_page(records)), "json")
    call_command("import_feeds")
    output = capsys.readouterr().out
    assert "1 neu, 0 aktualisiert, 0 unverändert, 0 entfernt, 1 abgelehnt" in output
    assert "b: Der Titel fehlt." in output
    assert ImportedListing.objects.count() == 1
