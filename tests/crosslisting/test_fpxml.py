"""Footprint XML 0.1 both ways: spec feeds and older feeds in, our listings out, checked by the spec."""

import datetime
import re

import pytest
from django.utils import timezone

from ehrenamt.crosslisting.fpxml_schema import problems
from ehrenamt.crosslisting.runner import import_all
from ehrenamt.crosslisting.samples import SAMPLES, import_sample_feeds
from ehrenamt.opportunities.models import OpportunityPage
from tests.factories import ClubPageFactory, OpportunityPageFactory

from .feeds import fpxml

pytestmark = pytest.mark.django_db


def in_days(days):
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def spec_feed():
    """Written by hand from the spec, as a partner portal would write it."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<FootprintFeed schemaVersion="0.1">
  <FeedInfo>
    <providerID>partner.example</providerID><providerName>Partnerportal Pfalz</providerName>
    <createdDateTime olsonTZ="Europe/Berlin">2026-11-30T10:00:00</createdDateTime>
  </FeedInfo>
  <Organizations>
    <Organization><organizationID>7</organizationID><name>Tafel Ludwigshafen</name></Organization>
    <Organization><organizationID>8</organizationID><name>Freiwilligenagentur Speyer</name></Organization>
    <Organization><organizationID>9</organizationID><name>Kulturverein Speyer</name></Organization>
  </Organizations>
  <VolunteerOpportunities>
    <VolunteerOpportunity>
      <volunteerOpportunityID>p1</volunteerOpportunityID>
      <sponsoringOrganizationIDs><sponsoringOrganizationID>7</sponsoringOrganizationID></sponsoringOrganizationIDs>
      <title>Lebensmittel sortieren</title>
      <volunteersNeeded>4</volunteersNeeded>
      <dateTimeDurations><dateTimeDuration><openEnded>Yes</openEnded><commitmentHoursPerWeek>3.5</commitmentHoursPerWeek></dateTimeDuration></dateTimeDurations>
      <locations><location><city>Ludwigshafen</city><postalCode>67063</postalCode></location>
        <location><virtual>Yes</virtual></location></locations>
      <audienceTags><audienceTag>Familien</audienceTag><audienceTag>Barrierefreies WC</audienceTag></audienceTags>
      <categoryTags><categoryTag>Soziales</categoryTag></categoryTags>
      <minimumAge>16</minimumAge>
      <detailURL>https://partner.example/p1</detailURL>
      <expires>{in_days(90)}T23:59:59</expires>
    </VolunteerOpportunity>
    <VolunteerOpportunity>
      <volunteerOpportunityID>p2</volunteerOpportunityID>
      <volunteerHubOrganizationIDs><volunteerHubOrganizationID>8</volunteerHubOrganizationID></volunteerHubOrganizationIDs>
      <title>Besuchsdienst im Seniorenheim</title>
      <dateTimeDurations><dateTimeDuration><openEnded>Yes</openEnded><timeFlexible>Yes</timeFlexible></dateTimeDuration></dateTimeDurations>
      <locations><location><city>Speyer</city><postalCode>67346</postalCode></location></locations>
    </VolunteerOpportunity>
    <VolunteerOpportunity>
      <volunteerOpportunityID>p3</volunteerOpportunityID>
      <sponsoringOrganizationIDs><sponsoringOrganizationID>9</sponsoringOrganizationID></sponsoringOrganizationIDs>
      <title>Helfen beim Brezelfest</title>
      <dateTimeDurations><dateTimeDuration><openEnded>No</openEnded><startDate>{in_days(30)}</startDate><endDate>{in_days(34)}</endDate></dateTimeDuration></dateTimeDurations>
      <locations><location><streetAddress1>Festplatz</streetAddress1><city>Speyer</city><postalCode>67346</postalCode></location></locations>
      <categoryTags><categoryTag>Kultur und Musik</categoryTag></categoryTags>
    </VolunteerOpportunity>
  </VolunteerOpportunities>
</FootprintFeed>"""


def test_a_spec_feed_written_by_hand_is_imported_with_every_field(feed_server, make_source):
    feed = spec_feed()
    assert problems(feed) == []
    source = make_source(feed_server.serve("/feed.xml", feed), "xml", state="RP")

    [report] = import_all()

    assert (report.created, report.rejected) == (3, [])
    pages = {page.title: page for page in OpportunityPage.objects.filter(imported__source=source)}
    tafel = pages["Lebensmittel sortieren"]
    assert tafel.municipality.slug == "ludwigshafen-am-rhein"
    assert tafel.postcode == "67063"
    assert tafel.remote_possible is True
    assert (tafel.commitment, tafel.hours_per_week) == ("regular", 3.5)
    assert (tafel.minimum_age, tafel.volunteers_needed) == (16, 4)
    assert [group.slug for group in tafel.target_groups.all()] == ["familien"]
    # An audience tag states "yes"; what the feed does not name stays "not stated".
    assert (tafel.accessible_wc, tafel.step_free) == (True, None)
    assert tafel.valid_through.isoformat() == in_days(90)
    besuch = pages["Besuchsdienst im Seniorenheim"]
    assert besuch.imported.organisation == "Freiwilligenagentur Speyer"
    assert besuch.commitment == "flexible"
    festival = pages["Helfen beim Brezelfest"]
    assert festival.commitment == "one_off"
    assert (festival.start_date.isoformat(), festival.end_date.isoformat()) == (
        in_days(30),
        in_days(34),
    )


def test_older_element_names_are_still_read(feed_server, make_source):
    older = """<?xml version="1.0" encoding="UTF-8"?><FootprintFeed>
    <Organizations><Organization><organizationID>o</organizationID><name>Chor</name></Organization></Organizations>
    <VolunteerOpportunities><VolunteerOpportunity>
      <volunteerOpportunityID>alt</volunteerOpportunityID>
      <sponsoringOrganizationIDs><sponsoringOrganizationID>o</sponsoringOrganizationID></sponsoringOrganizationIDs>
      <title>Noten sortieren</title><virtual>Yes</virtual>
      <locations><location><city></city><zipOrPostalCode>67346</zipOrPostalCode></location></locations>
    </VolunteerOpportunity></VolunteerOpportunities></FootprintFeed>"""
    assert problems(older)
    source = make_source(feed_server.serve("/old.xml", older), "xml", state="RP")

    [report] = import_all()

    assert report.created == 1
    page = OpportunityPage.objects.get(imported__source=source)
    assert (page.municipality.slug, page.postcode, page.remote_possible) == (
        "speyer",
        "67346",
        True,
    )


def test_sample_feed_and_test_helper_are_valid_footprint(home_page):
    assert problems((SAMPLES / "freiwilligenportal-vorderpfalz.xml").read_bytes()) == []
    assert problems(fpxml([("a", "Chor & Co <3", "Speyer", "67346", in_days(3))])) == []
    reports = import_sample_feeds()
    assert [(report.created, report.rejected) for report in reports] == [(4, []), (2, [])]
    senior = OpportunityPage.objects.get(title__startswith="Digitale Sprechstunde")
    assert (senior.municipality.slug, senior.remote_possible, senior.minimum_age) == (
        "ludwigshafen-am-rhein",
        True,
        16,
    )
    concert = OpportunityPage.objects.get(title="Helfende Hände beim Chorkonzert")
    assert concert.imported.organisation == "Domchor-Freunde Speyer (fiktiv)"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda feed: feed.replace(' schemaVersion="0.1"', ""), "schemaVersion"),
        (lambda feed: re.sub(r"<providerID>.*?</providerID>", "", feed), "<providerID>"),
        (lambda feed: feed.replace("postalCode>", "zipOrPostalCode>"), "not allowed"),
        (lambda feed: feed.replace("<openEnded>Yes", "<openEnded>yes"), "yesNo"),
        (lambda feed: feed.replace("<minimumAge>16", "<minimumAge>sechzehn"), "integer"),
        (lambda feed: re.sub(r"<dateTimeDurations>.*?</dateTimeDurations>", "", feed), "missing"),
        (lambda feed: feed.replace("<title>", "<title>x</title><title>", 1), "at most 1"),
        (lambda feed: feed.replace("T10:00:00<", "T10:00:00Z<"), "dateTime"),
        (lambda feed: feed.replace(in_days(34), "2026-02-30"), "date"),
    ],
)
def test_the_checker_finds_departures_from_the_spec(change, problem):
    feed = change(spec_feed())
    found = problems(feed)
    assert found
    assert any(problem in message for message in found), found


def test_our_listings_as_valid_footprint_feed(client, home_page):
    club = ClubPageFactory(title="Chor & Freunde <Bensheim>")
    OpportunityPageFactory(parent=club, title="Noten 🎵 sortieren", contact_name="Erika Muster")

    response = client.get("/opendata/angebote.xml")
    payload = response.content

    assert response["Content-Type"] == "application/xml; charset=utf-8"
    assert problems(payload) == []
    text = payload.decode()
    assert "<title>Noten 🎵 sortieren</title>" in text
    assert "<name>Chor &amp; Freunde &lt;Bensheim&gt;</name>" in text
    assert "Erika Muster" not in text
    assert "<termsOfUse>Datenlizenz Deutschland" in text
