"""Fixture feeds in the three formats."""

import json
from xml.sax.saxutils import escape

from ehrenamt.crosslisting.fpxml_schema import problems


def json_record(record_id, title, town="Mannheim", postcode="68159", **extra):
    return {
        "id": record_id,
        "title": title,
        "organisation": extra.pop("organisation", "Bürgerverein Neckarstadt"),
        "description": "Eine schöne Aufgabe.",
        "street_address": "Marktplatz 1",
        "postcode": postcode,
        "town": town,
        "categories": ["Soziales"],
        "url": f"https://partner.example/angebote/{record_id}",
        **extra,
    }


def json_page(records, next_url=None):
    return json.dumps({"results": records, "next": next_url})


CSV_HEADER = "ID;Organisation;Titel;Beschreibung;Adresse;PLZ;Ort;Kategorie;Kontakt;E-Mail;Telefon;Beginn;Ende;Link"


def csv_feed(rows, encoding="utf-8-sig"):
    lines = [CSV_HEADER, *(";".join(row) for row in rows)]
    return "\r\n".join(lines).encode(encoding)


def csv_row(record_id, title, organisation="Tafel Weinheim", postcode="69469", town="Weinheim"):
    return [
        record_id,
        organisation,
        title,
        "Beschreibung",
        "Hauptstraße 1",
        postcode,
        town,
        "Umwelt",
        "Kim Berg",
        "kim@partner.example",
        "06201 1234",
        "",
        "",
        "",
    ]


def fpxml(opportunities):
    """A Footprint 0.1 feed: (id, title, town, postcode, start date or "") per opportunity."""
    items = "".join(
        f"""<VolunteerOpportunity>
        <volunteerOpportunityID>{escape(record_id)}</volunteerOpportunityID>
        <sponsoringOrganizationIDs><sponsoringOrganizationID>o1</sponsoringOrganizationID></sponsoringOrganizationIDs>
        <title>{escape(title)}</title><description>Beschreibung</description>
        <locations><location><city>{escape(town)}</city><postalCode>{
            postcode
        }</postalCode></location></locations>
        <categoryTags><categoryTag>Kultur und Musik</categoryTag></categoryTags>
        <dateTimeDurations><dateTimeDuration>{
            f"<openEnded>No</openEnded><startDate>{start}</startDate>"
            if start
            else "<openEnded>Yes</openEnded>"
        }</dateTimeDuration></dateTimeDurations>
        </VolunteerOpportunity>"""
        for record_id, title, town, postcode, start in opportunities
    )
    feed = f"""<?xml version="1.0" encoding="UTF-8"?><FootprintFeed schemaVersion="0.1">
    <FeedInfo><providerID>partner.example</providerID><providerName>Partner</providerName>
    <createdDateTime olsonTZ="Europe/Berlin">2026-11-30T08:00:00</createdDateTime></FeedInfo>
    <Organizations><Organization><organizationID>o1</organizationID><name>Chor Speyer</name></Organization></Organizations>
    <VolunteerOpportunities>{items}</VolunteerOpportunities></FootprintFeed>"""
    assert problems(feed) == [], problems(feed)
    return feed
