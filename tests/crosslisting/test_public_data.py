"""Open data as a partner portal takes it: real addresses, valid feeds, Google's JobPosting rules,
findable feeds, robots.txt and sitemap, and no personal data in any export."""

import csv
import datetime
import io
import json
import re

import pytest
from defusedxml import ElementTree
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Site

from ehrenamt.crosslisting.fpxml_schema import problems
from ehrenamt.crosslisting.runner import import_all
from ehrenamt.inquiries.models import Inquiry
from ehrenamt.inquiries.notifications import notify_new_inquiry
from ehrenamt.opportunities.models import Commitment, OpportunityPage
from ehrenamt.taxonomy.models import Category
from home.site_tree import ensure_site_tree
from tests.factories import ClubPageFactory, OpportunityPageFactory

from .atom_rules import ATOM, atom_problems
from .feeds import json_page, json_record

pytestmark = pytest.mark.django_db
PUBLIC = "https://ehrenamt.example"
CONTACT = {
    "contact_name": "Erika Kontaktperson",
    "contact_email": "erika.kontakt@verein.example",
    "contact_phone": "06251 987654",
}
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def listings(home_page):
    club = ClubPageFactory(title="Turnverein Bensheim 1861")
    soon = timezone.localdate() + datetime.timedelta(days=10)
    return [
        OpportunityPageFactory(
            parent=club,
            title="Übungsleitung Kinderturnen",
            description="<p>Gute Stimmung.</p><p>Unser Verein &amp; Sie.</p>",
            remote_possible=True,
            street_address="",
            **CONTACT,
        ),
        OpportunityPageFactory(
            parent=club,
            title="Helfer beim Stadtlauf",
            commitment=Commitment.ONE_OFF,
            start_date=soon,
            end_date=soon + datetime.timedelta(days=4),
            street_address="Marktplatz 1",
            postcode="64625",
            **CONTACT,
        ),
    ]


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8-sig")
    return response.content.decode()


def every_export(client, **headers):
    paths = [
        "/opendata/angebote.csv",
        "/opendata/angebote.json",
        "/opendata/angebote.jsonld",
        "/opendata/angebote.xml",
        "/opendata/termine.ics",
        "/opendata/feeds/angebote.atom",
        "/opendata/feeds/orte/bensheim.atom",
        "/opendata/feeds/bereiche/soziales.atom",
    ]
    return {path: body(client.get(path, **headers)) for path in paths}


def job_posting_on(client, page, **headers):
    html = client.get(page.url, **headers).content.decode()
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


def test_every_absolute_address_is_the_public_one_from_base_url(client, settings, listings):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "ehrenamt.example"]
    assert Site.objects.get(is_default_site=True).root_url == "http://testserver"
    ensure_site_tree()
    host = {"HTTP_HOST": "ehrenamt.example"}

    exports = every_export(client, **host)
    sitemap = client.get("/sitemap.xml", **host).content.decode()
    posting = job_posting_on(client, listings[1], **host)

    page_url = f"{PUBLIC}/vereine/turnverein-bensheim-1861/helfer-beim-stadtlauf/"
    assert f"<loc>{page_url}</loc>" in sitemap
    assert posting["url"] == page_url
    assert posting["hiringOrganization"]["url"] == f"{PUBLIC}/vereine/turnverein-bensheim-1861/"
    assert page_url in exports["/opendata/angebote.csv"]
    assert f'"url": "{page_url}"' in exports["/opendata/angebote.json"]
    assert f"<detailURL>{page_url}</detailURL>" in exports["/opendata/angebote.xml"]
    assert f'<link href="{page_url}" rel="alternate"' in exports["/opendata/feeds/angebote.atom"]
    assert (
        f'href="{PUBLIC}/opendata/feeds/angebote.atom" rel="self"'
        in (exports["/opendata/feeds/angebote.atom"])
    )
    assert f"UID:opportunity-{listings[1].pk}@ehrenamt.example" in exports["/opendata/termine.ics"]
    for text in [sitemap, *exports.values()]:
        assert "http://" not in text.replace("http://www.w3.org", "").replace(
            "http://www.sitemaps.org", ""
        ), text[:300]
        assert "testserver" not in text
        assert "localhost" not in text

    inquiry = Inquiry.objects.create(
        opportunity=listings[1],
        club=listings[1].club,
        opportunity_title=listings[1].title,
        name="Vera Freiwillig",
        email="vera@example.org",
        message="Ich helfe gern.",
        consent_at=timezone.now(),
    )
    notify_new_inquiry(inquiry, listings[1])
    links = re.findall(r"https?://\S+", "\n".join(message.body for message in mail.outbox))
    assert page_url in links
    assert links
    assert all(link.startswith(PUBLIC + "/") for link in links)


def test_a_town_on_its_own_https_host_gets_its_own_addresses(client, settings, home_page):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "ehrenamt.lampertheim.example"]
    out = io.StringIO()
    call_command(
        "onboard_municipality",
        "lampertheim",
        "--hostname=https://ehrenamt.lampertheim.example",
        stdout=out,
    )

    site = Site.objects.get(hostname="ehrenamt.lampertheim.example")
    assert site.root_url == "https://ehrenamt.lampertheim.example"
    assert "Eigene Website: https://ehrenamt.lampertheim.example/" in out.getvalue()
    robots = client.get("/robots.txt", HTTP_HOST="ehrenamt.lampertheim.example").content.decode()
    assert "Sitemap: https://ehrenamt.lampertheim.example/sitemap.xml" in robots
    call_command("onboard_municipality", "viernheim", "--hostname=ehrenamt.viernheim.example")
    assert Site.objects.get(hostname="ehrenamt.viernheim.example").port == 80


def test_no_contact_person_in_any_export_or_feed(client, listings):
    listings[0].refresh_from_db()
    assert listings[0].contact_email == CONTACT["contact_email"]
    for path, text in every_export(client).items():
        for value in CONTACT.values():
            assert value not in text, path
        assert "@verein.example" not in text, path
    assert listings[0].title in every_export(client)["/opendata/angebote.csv"]


def test_every_atom_feed_is_valid_and_names_the_licence(client, listings):
    paths = ["/opendata/feeds/angebote.atom"]
    paths += [f"/opendata/feeds/bereiche/{c.slug}.atom" for c in Category.objects.all()]
    paths += ["/opendata/feeds/orte/bensheim.atom", "/opendata/feeds/orte/viernheim.atom"]
    for path in paths:
        payload = client.get(path).content
        assert atom_problems(payload) == [], path
        feed = ElementTree.fromstring(payload)
        assert "Datenlizenz Deutschland" in feed.findtext(f"{ATOM}rights"), path
    feed = ElementTree.fromstring(client.get("/opendata/feeds/orte/bensheim.atom").content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    for entry in entries:
        for name in ("id", "title", "updated", "summary"):
            assert entry.findtext(f"{ATOM}{name}").strip()
        assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/")


def test_the_atom_checker_finds_what_the_validator_reports(client, listings):
    valid = client.get("/opendata/feeds/orte/bensheim.atom").content.decode()
    assert atom_problems(valid) == []
    broken = {
        "updated": re.sub(r"<entry>(.*?)<updated>.*?</updated>", r"<entry>\1", valid, count=1),
        "rel=self": valid.replace('rel="self"', 'rel="via"'),
        "RFC 3339": re.sub(
            r"<updated>[^<]*</updated>", "<updated>gestern</updated>", valid, count=1
        ),
        "author": re.sub(r"<author>.*?</author>", "", valid, flags=re.S),
        "absolute": valid.replace('href="http://testserver', 'href="', 1),
    }
    for rule, feed in broken.items():
        assert atom_problems(feed), rule


def test_pages_with_lists_announce_their_feeds(client, listings):
    home = client.get("/").content.decode()
    search = client.get("/suche/", {"municipality": "bensheim", "category": "soziales"})
    place = client.get("/orte/bensheim/").content.decode()
    announced = re.findall(
        r'<link rel="alternate" type="application/atom\+xml" title="[^"]+" href="([^"]+)">',
        home + search.content.decode() + place,
    )
    assert set(announced) == {
        "/opendata/feeds/angebote.atom",
        "/opendata/feeds/orte/bensheim.atom",
        "/opendata/feeds/bereiche/soziales.atom",
    }
    for url in announced:
        assert client.get(url).status_code == 200
    assert 'href="/opendata/"' in home


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_results(client, home_page):
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in text.splitlines()
    for path in ("/admin/", "/suche/", "/api/"):
        assert f"Disallow: {path}" in text.splitlines()


def test_sitemap_lists_only_current_pages_that_answer_200_with_lastmod(client, listings):
    # Published as the admin would publish them: with a date.
    Page.objects.filter(last_published_at__isnull=True).update(last_published_at=timezone.now())
    expired = listings[0]
    filled = listings[1]
    assert f"<loc>{expired.full_url}</loc>" in client.get("/sitemap.xml").content.decode()
    OpportunityPage.objects.filter(pk=expired.pk).update(
        valid_through=timezone.localdate() - datetime.timedelta(days=1)
    )
    OpportunityPage.objects.filter(pk=filled.pk).update(filled=True)

    sitemap = ElementTree.fromstring(client.get("/sitemap.xml").content)
    urls = sitemap.findall(f"{SITEMAP}url")
    locations = [url.findtext(f"{SITEMAP}loc") for url in urls]
    assert expired.full_url not in locations
    assert filled.full_url not in locations
    assert client.get(expired.url).status_code == 410
    assert len(locations) > 5
    for url in urls:
        location = url.findtext(f"{SITEMAP}loc")
        assert client.get(location.removeprefix("http://testserver")).status_code == 200, location
        assert url.findtext(f"{SITEMAP}lastmod")


def walk(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)
    else:
        yield value


def test_job_posting_follows_googles_rules_for_remote_volunteering(client, listings):
    remote = job_posting_on(client, listings[0])
    on_site = job_posting_on(client, listings[1])

    assert remote["jobLocationType"] == "TELECOMMUTE"
    assert remote["applicantLocationRequirements"] == {"@type": "Country", "name": "DE"}
    assert "jobLocationType" not in on_site
    assert "applicantLocationRequirements" not in on_site
    assert remote["description"] == "<p>Gute Stimmung.</p><p>Unser Verein &amp; Sie.</p>"
    assert remote["identifier"] == {
        "@type": "PropertyValue",
        "name": "Ehrenamt Rhein-Neckar",
        "value": str(listings[0].pk),
    }
    assert "streetAddress" not in remote["jobLocation"]["address"]
    for posting in (remote, on_site):
        assert "" not in list(walk(posting))
        assert posting["employmentType"] == "VOLUNTEER"
        assert posting["datePosted"]
        assert posting["validThrough"]


def test_exports_keep_paragraphs_and_name_the_licence_in_their_own_fields(client, listings):
    csv_response = client.get("/opendata/angebote.csv")
    assert csv_response["Link"] == '<https://www.govdata.de/dl-de/by-2-0>; rel="license"'
    rows = list(csv.DictReader(io.StringIO(body(csv_response)), delimiter=";"))
    kinderturnen = next(row for row in rows if row["Titel"] == "Übungsleitung Kinderturnen")
    assert kinderturnen["Beschreibung"] == "Gute Stimmung.\n\nUnser Verein & Sie."
    assert kinderturnen["Von zu Hause möglich"] == "ja"
    records = client.get("/opendata/angebote.json").json()["results"]
    assert {record["description"] for record in records} >= {
        "Gute Stimmung.\n\nUnser Verein & Sie."
    }
    data_feed = json.loads(client.get("/opendata/angebote.jsonld").content)
    assert data_feed["@type"] == "DataFeed"
    assert data_feed["license"] == "https://www.govdata.de/dl-de/by-2-0"
    assert len(data_feed["dataFeedElement"]) == 2
    ical = client.get("/opendata/termine.ics").content.decode().replace("\r\n ", "")
    assert "DESCRIPTION:Lizenz: Datenlizenz Deutschland" in ical
    assert problems(client.get("/opendata/angebote.xml").content) == []


def test_api_source_of_an_imported_listing_links_back_with_its_licence(
    client, feed_server, make_source
):
    make_source(feed_server.serve("/feed", json_page([json_record("a", "Tafel")])), "json")
    import_all()
    [result] = client.get("/api/v1/opportunities/").json()["results"]
    assert result["source"] == {
        "name": "Partnerportal Mannheim",
        "url": "https://partner.example/angebote/a",
        "license": "CC BY 4.0",
    }
