"""Fixture feeds in the three formats."""

import json


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
    items = "".join(
        f"""<VolunteerOpportunity>
        <volunteerOpportunityID>{record_id}</volunteerOpportunityID>
        <sponsoringOrganizationIDs><sponsoringOrganizationID>o1</sponsoringOrganizationID></sponsoringOrganizationIDs>
        <title>{title}</title><description>Beschreibung</description>
        <locations><location><city>{town}</city><zipOrPostalCode>{postcode}</zipOrPostalCode></location></locations>
        <categoryTags><categoryTag>Kultur und Musik</categoryTag></categoryTags>
        <dateTimeDurations><dateTimeDuration><startDate>{start}</startDate></dateTimeDuration></dateTimeDurations>
        </VolunteerOpportunity>"""
        for record_id, title, town, postcode, start in opportunities
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?><FootprintFeed>
    <Organizations><Organization><organizationID>o1</organizationID><name>Chor Speyer</name></Organization></Organizations>
    <VolunteerOpportunities>{items}</VolunteerOpportunities></FootprintFeed>"""
