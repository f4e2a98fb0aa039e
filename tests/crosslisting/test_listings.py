"""Imported listings on the site: de-duplication, marking, link back, inquiries, admin."""

import pytest

from ehrenamt.crosslisting.models import FeedSource
from ehrenamt.crosslisting.runner import import_all
from ehrenamt.crosslisting.samples import import_sample_feeds
from ehrenamt.opportunities.models import OpportunityPage
from tests.clubs.helpers import club

from .feeds import csv_feed, csv_row, json_page, json_record

pytestmark = pytest.mark.django_db


def test_the_same_role_from_two_sources_is_shown_once(feed_server, make_source):
    make_source(feed_server.serve("/a", json_page([json_record("1", "Tafel")])), "json")
    second = make_source(
        feed_server.serve(
            "/b",
            json_page(
                [
                    json_record("x", "TAFEL ", organisation="Bürgerverein  Neckarstadt"),
                    json_record("y", "Anderes Angebot"),
                    json_record("y", "Doppelte Kennung"),
                ]
            ),
        ),
        "json",
        name="Zweites Portal",
    )

    reports = import_all()

    assert OpportunityPage.objects.filter(title__iexact="tafel").count() == 1
    second_report = next(report for report in reports if report.source == second.name)
    assert second_report.duplicates == 2
    reasons = {rejection.source_id: rejection.reason for rejection in second_report.rejected}
    assert reasons["x"] == "Schon über „Partnerportal Mannheim“ übernommen."
    assert reasons["y"] == "Die Kennung kommt im Feed mehrfach vor."


def test_known_duplicates_in_a_feed_are_all_detected(feed_server, make_source):
    rows = [csv_row(str(n), f"Aufgabe {n}") for n in range(10)]
    # Three known duplicates: same title, organisation and place under new ids.
    rows += [csv_row(f"dup{n}", f"Aufgabe {n}") for n in range(3)]
    make_source(feed_server.serve("/feed.csv", csv_feed(rows)), "csv")
    [report] = import_all()
    assert (report.created, report.duplicates) == (10, 3)


def test_listings_that_differ_in_dates_or_address_are_not_duplicates(feed_server, make_source):
    records = [
        json_record("1", "Kuchenverkauf", start_date="2099-05-01"),
        json_record("2", "Kuchenverkauf", start_date="2099-06-01"),
        json_record("3", "Kuchenverkauf", start_date="2099-06-01", street_address="Bahnhof 2"),
        json_record("4", "Kuchenverkauf ", start_date="01.06.2099", street_address="Bahnhof 2"),
    ]
    make_source(feed_server.serve("/feed", json_page(records)), "json")
    [report] = import_all()
    assert (report.created, report.duplicates) == (3, 1)
    assert [rejection.source_id for rejection in report.rejected] == ["4"]


def test_imported_page_links_to_the_source_instead_of_our_form(client, feed_server, make_source):
    make_source(feed_server.serve("/feed", json_page([json_record("a", "Tafel")])), "json")
    import_all()
    page = OpportunityPage.objects.get(title="Tafel")

    html = client.get(page.url).content.decode()

    assert 'href="https://partner.example/angebote/a"' in html
    assert "Bitte melden Sie sich direkt dort." in html
    assert "Nachricht senden" not in html
    assert "Quelle:" in html
    assert "Lizenz:" in html
    assert page.url.startswith("/partnerangebote/")


def test_source_that_accepts_inquiries_keeps_our_form(client, feed_server, make_source):
    url = feed_server.serve("/feed", json_page([json_record("a", "Tafel")]))
    make_source(url, "json", accepts_inquiries=True)
    import_all()
    page = OpportunityPage.objects.get(title="Tafel")
    html = client.get(page.url).content.decode()
    assert f'href="/mitmachen/anfrage/{page.pk}/">Nachricht schreiben' in html
    assert "Nachricht senden" in client.get(f"/mitmachen/anfrage/{page.pk}/").content.decode()


def test_no_club_may_edit_imported_listings(client, feed_server, make_source):
    make_source(feed_server.serve("/feed", json_page([json_record("a", "Tafel")])), "json")
    import_all()
    page = OpportunityPage.objects.get(title="Tafel")
    onboarded = club()

    assert onboarded.club.permissions_for_user(onboarded.user).can_edit()
    assert not page.permissions_for_user(onboarded.user).can_edit()
    client.force_login(onboarded.user)
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 403


def test_sample_feeds_import_listings_from_two_states(client, home_page):
    reports = import_sample_feeds()

    assert [(report.error, len(report.rejected)) for report in reports] == [("", 0), ("", 0)]
    states = client.get("/api/v1/opportunities/", {"state": ["bw", "rp"]}).json()["facets"]["state"]
    assert states == {"bw": 4, "rp": 2}
    speyer = OpportunityPage.objects.get(title="Helfende Hände beim Chorkonzert")
    assert speyer.municipality.slug == "speyer"
    assert import_sample_feeds()[0].unchanged == 4


def test_staff_add_a_feed_source_in_the_admin(admin_client, home_page):
    response = admin_client.post(
        "/admin/snippets/crosslisting/feedsource/add/",
        {
            "name": "Börse Worms",
            "state": FeedSource._meta.get_field("state").related_model.objects.get(code="RP").pk,
            "format": "csv",
            "url": "https://boerse-worms.example/feed.csv",
            "website": "",
            "contact_email": "info@boerse-worms.example",
            "licence": "CC BY 4.0",
            "attribution": "Börse Worms",
            "active": "on",
        },
    )
    assert response.status_code == 302
    assert FeedSource.objects.get(name="Börse Worms").format == "csv"
    missing = admin_client.post(
        "/admin/snippets/crosslisting/feedsource/add/",
        {"name": "Ohne Adresse", "state": "", "format": "json", "licence": "x", "attribution": "x"},
    )
    assert "entweder eine Adresse oder eine Datei" in missing.content.decode()
