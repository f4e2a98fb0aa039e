"""Imports write listings in batches: the page tree, search and the site must not notice."""

import logging

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Page

from ehrenamt.crosslisting.models import ImportedListing
from ehrenamt.crosslisting.runner import import_all
from ehrenamt.inquiries.models import Inquiry
from ehrenamt.opportunities.models import OpportunityPage
from tests.clubs.helpers import started

from .feeds import json_page, json_record

pytestmark = pytest.mark.django_db
UNREACHABLE = "http://127.0.0.1:9"


@pytest.fixture
def small_batches(monkeypatch):
    """Batches of three, so that a handful of records crosses several batch boundaries."""
    monkeypatch.setattr("ehrenamt.crosslisting.writing.BATCH_SIZE", 3)


def titles_found(client, words):
    answer = client.get("/api/v1/opportunities/", {"q": words}).json()
    return sorted(result["title"] for result in answer["results"])


def partner_page(source):
    source.refresh_from_db()
    return Page.objects.get(pk=source.partner_page_id)


def test_batches_build_a_sound_tree_that_search_and_pages_know(
    client, feed_server, make_source, small_batches
):
    records = [json_record(f"r{n}", f"Lesepate Nummer {n}") for n in range(8)]
    source = make_source(feed_server.serve("/feed", json_page(records)), "json")

    [report] = import_all()

    assert report.created == 8
    parent = partner_page(source)
    assert parent.numchild == 8
    assert not any(Page.find_problems())
    pages = OpportunityPage.objects.filter(imported__source=source)
    assert {page.club_id for page in pages} == {parent.pk}
    assert {page.get_parent().pk for page in pages} == {parent.pk}
    assert all(page.categories.get().slug == "soziales" for page in pages)
    assert titles_found(client, "Lesepate Nummer 5") == ["Lesepate Nummer 5"]
    page = pages.get(title="Lesepate Nummer 7")
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Lesepate Nummer 7" in response.content.decode()


def test_changes_and_removals_in_batches_keep_search_and_tree_right(
    client, feed_server, make_source, small_batches
):
    records = [json_record(f"r{n}", f"Vorleserin {n}") for n in range(7)]
    url = feed_server.serve("/feed", json_page(records))
    source = make_source(url, "json")
    import_all()
    old_urls = dict(OpportunityPage.objects.values_list("title", "url_path"))

    changed = [
        json_record(f"r{n}", f"Gartenhilfe {n}", categories=["Umwelt"]) for n in range(4)
    ] + [json_record("r4", "Vorleserin 4")]
    feed_server.serve("/feed", json_page(changed))
    [report] = import_all()

    assert (report.created, report.updated, report.unchanged, report.removed) == (0, 4, 1, 2)
    assert partner_page(source).numchild == 5
    assert not any(Page.find_problems())
    assert titles_found(client, "Gartenhilfe") == [f"Gartenhilfe {n}" for n in range(4)]
    assert titles_found(client, "Vorleserin") == ["Vorleserin 4"]
    garden = OpportunityPage.objects.get(title="Gartenhilfe 0")
    assert garden.url_path == old_urls["Vorleserin 0"]
    assert [category.slug for category in garden.categories.all()] == ["umwelt-naturschutz"]
    assert client.get(garden.url).status_code == 200
    assert ImportedListing.objects.filter(source=source).count() == 5


def test_a_listing_never_takes_a_siblings_address(feed_server, make_source):
    url = feed_server.serve("/feed", json_page([json_record("a", "Tafel")]))
    source = make_source(url, "json")
    import_all()
    # The partner renumbered its record: the page keeps the address the old id gave it.
    ImportedListing.objects.filter(source=source).update(record_id="b")
    feed_server.serve(
        "/feed",
        json_page([json_record("b", "Tafel am Markt"), json_record("a", "Tafel")]),
    )

    [report] = import_all()

    assert (report.created, report.updated) == (1, 1)
    slugs = list(OpportunityPage.objects.values_list("slug", flat=True))
    assert len(set(slugs)) == 2


def test_elasticsearch_hears_of_each_batch_once(
    feed_server, make_source, settings, caplog, small_batches
):
    settings.ELASTICSEARCH_URL = UNREACHABLE
    records = [json_record(f"r{n}", f"Besuchsdienst {n}") for n in range(5)]
    make_source(feed_server.serve("/feed", json_page(records)), "json")

    with caplog.at_level(logging.WARNING, logger="search.elastic.index"):
        [report] = import_all()

    assert report.created == 5
    warnings = [r.getMessage() for r in caplog.records if r.name == "search.elastic.index"]
    assert len(warnings) == 2
    assert "Search index not updated for 3 opportunities" in warnings[0]
    assert "Search index not updated for 2 opportunities" in warnings[1]


def test_postcode_that_is_not_five_digits_is_rejected(feed_server, make_source):
    records = [
        json_record("ok", "Gute Sache"),
        json_record("short", "Kurze PLZ", postcode="6815"),
        json_record("long", "Lange URL", url="https://partner.example/" + "x" * 300),
    ]
    make_source(feed_server.serve("/feed", json_page(records)), "json")

    [report] = import_all()

    assert [(r.source_id, r.reason) for r in report.rejected] == [
        ("short", "Die Postleitzahl „6815“ hat nicht fünf Ziffern.")
    ]
    # Too long for the link field: the listing links to the partner's website instead.
    assert OpportunityPage.objects.get(title="Lange URL").source_url == "https://partner.example/"


def inquiry_data():
    return {
        "name": "Vera Freiwillig",
        "email": "vera@example.org",
        "message": "Ich würde gern helfen.",
        "consent": "on",
        "homepage": "",
        "started": started(),
    }


@pytest.mark.parametrize("accepts", [False, True])
def test_inquiry_reaches_only_sources_that_take_them(client, feed_server, make_source, accepts):
    cache.clear()
    url = feed_server.serve("/feed", json_page([json_record("a", "Tafel")]))
    make_source(url, "json", accepts_inquiries=accepts)
    import_all()
    page = OpportunityPage.objects.get(title="Tafel")

    response = client.post(f"/mitmachen/anfrage/{page.pk}/", inquiry_data())

    if accepts:
        assert response.status_code == 302
        assert Inquiry.objects.get().opportunity == page
        assert mail.outbox[0].to == ["redaktion@partner.example"]
    else:
        assert response.status_code == 404
        assert not Inquiry.objects.exists()
        assert mail.outbox == []
        assert client.get(f"/mitmachen/anfrage/{page.pk}/").status_code == 404


def test_daily_jobs_import_the_feeds(feed_server, make_source):
    records = [json_record("a", "Tafel"), json_record("b", "Kleiderkammer")]
    source = make_source(feed_server.serve("/feed", json_page(records)), "json")

    call_command("daily_jobs")
    call_command("daily_jobs", enqueue=True)

    assert sorted(
        OpportunityPage.objects.filter(imported__source=source).values_list("title", flat=True)
    ) == ["Kleiderkammer", "Tafel"]
    source.refresh_from_db()
    assert source.last_success_at is not None
    assert source.last_error == ""
