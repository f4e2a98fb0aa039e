"""Our listings as a Footprint 0.1 feed (FPXML); fpxml_schema.py holds the rules it follows.

How our fields map onto the spec's elements (docs/opendata.md says the same for partners):
one organisation per club; a location with the address and, for roles that can be done from
home, a second location with virtual Yes; the commitment in the dateTimeDuration (one-off: dates
with openEnded No; regular: openEnded Yes and commitmentHoursPerWeek; flexible: timeFlexible Yes);
target groups and the accessibility of the place as audience tags; no contact person.
"""

import datetime
from xml.etree.ElementTree import Element, SubElement, tostring

from django.conf import settings
from django.utils import timezone

from .importers.base import ACCESSIBILITY
from .opendata import licence, listing_record, site_root


def add(parent, tag, value=None):
    element = SubElement(parent, tag)
    if value is not None:
        element.text = str(value)
    return element


def add_if(parent, tag, value):
    if value not in (None, "", []):
        add(parent, tag, value)


def local_time(moment):
    """The spec's dateTime without zone suffix; the zone goes into the olsonTZ attribute."""
    return timezone.localtime(moment).replace(tzinfo=None, microsecond=0).isoformat()


def feed(listings, request):
    root_url = site_root(request)
    terms = licence()
    root = Element("FootprintFeed", schemaVersion="0.1")
    info = add(root, "FeedInfo")
    add(info, "providerID", root_url.split("://", 1)[1])
    add(info, "providerName", settings.WAGTAIL_SITE_NAME)
    add(info, "createdDateTime", local_time(timezone.now())).set("olsonTZ", settings.TIME_ZONE)
    add(info, "providerURL", root_url + "/")
    add(info, "termsOfUse", f"{terms['name']} ({terms['url']}). {terms['attribution']}")
    organisations = add(root, "Organizations")
    opportunities = add(root, "VolunteerOpportunities")
    known = set()
    for page in listings:
        if page.club_id and page.club_id not in known:
            known.add(page.club_id)
            organisation(organisations, page.club, request)
        opportunity(opportunities, page, request)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode").encode()


def organisation(parent, club, request):
    element = add(parent, "Organization")
    add(element, "organizationID", club.pk)
    add(element, "name", club.title)
    add(element, "organizationURL", club.get_full_url(request))


def opportunity(parent, page, request):
    record = listing_record(page, request)
    element = add(parent, "VolunteerOpportunity")
    add(element, "volunteerOpportunityID", page.pk)
    if page.club_id:
        add(add(element, "sponsoringOrganizationIDs"), "sponsoringOrganizationID", page.club_id)
    add(element, "title", record["title"])
    add_if(element, "abstract", record["summary"])
    add(element, "volunteersNeeded", record["volunteers_needed"])
    duration(add(add(element, "dateTimeDurations"), "dateTimeDuration"), page)
    locations(add(element, "locations"), page, record)
    audience = [
        *record["target_groups"],
        *(ACCESSIBILITY[key][0] for key in record["accessibility"]),
    ]
    if audience:
        tags = add(element, "audienceTags")
        for tag in audience:
            add(tags, "audienceTag", tag)
    if record["categories"]:
        tags = add(element, "categoryTags")
        for tag in record["categories"]:
            add(tags, "categoryTag", tag)
    add_if(element, "minimumAge", record["minimum_age"])
    add(element, "detailURL", record["url"])
    add(element, "language", "de")
    add_if(element, "description", record["description"])
    if page.last_published_at:
        add(element, "lastUpdated", local_time(page.last_published_at)).set(
            "olsonTZ", settings.TIME_ZONE
        )
    # Valid through the whole last day.
    last_moment = datetime.datetime.combine(page.valid_through, datetime.time(23, 59, 59))
    add(element, "expires", last_moment.isoformat()).set("olsonTZ", settings.TIME_ZONE)
    add(element, "paid", "No")


def duration(element, page):
    if page.commitment == "one_off":
        add(element, "openEnded", "No")
    elif page.commitment == "flexible":
        add(element, "openEnded", "Yes")
        add(element, "timeFlexible", "Yes")
    else:
        add(element, "openEnded", "Yes")
    if page.start_date:
        add(element, "startDate", page.start_date.isoformat())
    if page.end_date:
        add(element, "endDate", page.end_date.isoformat())
    if page.hours_per_week is not None:
        add(element, "commitmentHoursPerWeek", page.hours_per_week)


def locations(element, page, record):
    place = add(element, "location")
    add(place, "virtual", "No")
    add_if(place, "streetAddress1", record["street_address"])
    add(place, "city", record["town"])
    add(place, "region", page.municipality.district.state.name)
    add_if(place, "postalCode", record["postcode"])
    add(place, "country", "DE")
    if page.latitude is not None:
        # Fixed-point: the spec's xs:decimal has no exponent notation.
        add(place, "latitude", f"{page.latitude:.6f}")
        add(place, "longitude", f"{page.longitude:.6f}")
    if record["remote"]:
        add(add(element, "location"), "virtual", "Yes")
