"""A checker for the Footprint XML feed format 0.1 (FPXML), written from the element list of the spec.

The spec (the All for Good / Footprint project's spec0.1.xsd) defines every object as an unordered
set of child elements (xs:all), each allowed at most once unless it is the repeated item of a
wrapper (Organizations/Organization, locations/location ...). `problems(payload)` lists every way
a document departs from it; an empty list means the feed is valid Footprint 0.1. Used by the tests
on our export, the sample feed and the test helpers, and by anyone who wants to check a feed.
"""

import datetime
import re
from decimal import Decimal

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

ONCE, OPTIONAL = (1, 1), (0, 1)

# Simple types: a value check per type name of the spec.
INTEGER = re.compile(r"[+-]?\d+")
DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
DATE = re.compile(r"-?(\d{4,})-(\d\d)-(\d\d)(Z|[+-]\d\d:\d\d)?")
DATETIME = re.compile(r"-?(\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)?")
TIME = re.compile(r"(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)?")
DURATION = re.compile(r"-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?")


def real_date(match):
    try:
        datetime.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return False
    return True


def check_date(value):
    match = DATE.fullmatch(value)
    return bool(match) and real_date(match)


def check_datetime(value):
    # dateTimeNoTZ: an xs:dateTime whose last character is a digit (pattern ".+[0-9]").
    match = DATETIME.fullmatch(value)
    return (
        bool(match)
        and real_date(match)
        and int(match.group(4)) < 24
        and int(match.group(5)) < 60
        and int(match.group(6)) < 60
        and value[-1].isdigit()
    )


def check_time(value):
    match = TIME.fullmatch(value)
    return (
        bool(match)
        and int(match.group(1)) < 24
        and int(match.group(2)) < 60
        and int(match.group(3)) < 60
        and value[-1].isdigit()
    )


SIMPLE = {
    "string": lambda value: True,
    "integer": lambda value: bool(INTEGER.fullmatch(value.strip())),
    "decimal": lambda value: bool(DECIMAL.fullmatch(value.strip())),
    "date": lambda value: check_date(value.strip()),
    "dateTime": lambda value: check_datetime(value.strip()),
    "time": lambda value: check_time(value.strip()),
    "duration": lambda value: bool(DURATION.fullmatch(value.strip())),
    "yesNo": lambda value: value in {"Yes", "No"},
    "sex": lambda value: value in {"Female", "Male", "Neither"},
}
# Attributes a simple-typed element may carry: the spec's date-times and times take an Olson zone.
SIMPLE_ATTRIBUTES = {"dateTime": {"olsonTZ"}, "time": {"olsonTZ"}}


def wrapper(item, item_type, least=0):
    """A list element: only `item` children, as often as the spec allows."""
    return {item: (item_type, (least, None))}


LOCATION = {
    "virtual": ("yesNo", OPTIONAL),
    "name": ("string", OPTIONAL),
    "streetAddress1": ("string", OPTIONAL),
    "streetAddress2": ("string", OPTIONAL),
    "streetAddress3": ("string", OPTIONAL),
    "city": ("string", OPTIONAL),
    "region": ("string", OPTIONAL),
    "postalCode": ("string", OPTIONAL),
    "country": ("string", OPTIONAL),
    "latitude": ("decimal", OPTIONAL),
    "longitude": ("decimal", OPTIONAL),
    "directions": ("string", OPTIONAL),
}
DATE_TIME_DURATION = {
    "openEnded": ("yesNo", OPTIONAL),
    "startDate": ("date", OPTIONAL),
    "endDate": ("date", OPTIONAL),
    "iCalRecurrence": ("string", OPTIONAL),
    "duration": ("duration", OPTIONAL),
    "startTime": ("time", OPTIONAL),
    "endTime": ("time", OPTIONAL),
    "timeFlexible": ("yesNo", OPTIONAL),
    "commitmentHoursPerWeek": ("decimal", OPTIONAL),
}
FEED_INFO = {
    "providerID": ("string", ONCE),
    "providerName": ("string", ONCE),
    "feedID": ("string", OPTIONAL),
    "createdDateTime": ("dateTime", ONCE),
    "providerURL": ("string", OPTIONAL),
    "termsOfUse": ("string", OPTIONAL),
    "description": ("string", OPTIONAL),
}
ORGANIZATION = {
    "organizationID": ("string", ONCE),
    "nationalEIN": ("string", OPTIONAL),
    "guidestarID": ("integer", OPTIONAL),
    "name": ("string", ONCE),
    "missionStatement": ("string", OPTIONAL),
    "description": ("string", OPTIONAL),
    "location": (LOCATION, OPTIONAL),
    "phone": ("string", OPTIONAL),
    "fax": ("string", OPTIONAL),
    "email": ("string", OPTIONAL),
    "organizationURL": ("string", OPTIONAL),
    "donateURL": ("string", OPTIONAL),
    "logoURL": ("string", OPTIONAL),
    "detailURL": ("string", OPTIONAL),
}
VOLUNTEER_OPPORTUNITY = {
    "volunteerOpportunityID": ("string", ONCE),
    "sponsoringOrganizationIDs": (wrapper("sponsoringOrganizationID", "string"), OPTIONAL),
    "volunteerHubOrganizationIDs": (wrapper("volunteerHubOrganizationID", "string"), OPTIONAL),
    "title": ("string", ONCE),
    "abstract": ("string", OPTIONAL),
    "volunteersNeeded": ("integer", OPTIONAL),
    "rsvpCount": ("integer", OPTIONAL),
    # Required, with at least one dateTimeDuration.
    "dateTimeDurations": (wrapper("dateTimeDuration", DATE_TIME_DURATION, least=1), ONCE),
    "locations": (wrapper("location", LOCATION), OPTIONAL),
    "paid": ("yesNo", OPTIONAL),
    "audienceTags": (wrapper("audienceTag", "string"), OPTIONAL),
    "categoryTags": (wrapper("categoryTag", "string"), OPTIONAL),
    "minimumAge": ("integer", OPTIONAL),
    "sexRestrictedTo": ("sex", OPTIONAL),
    "skills": ("string", OPTIONAL),
    "contactName": ("string", OPTIONAL),
    "contactPhone": ("string", OPTIONAL),
    "contactEmail": ("string", OPTIONAL),
    "detailURL": ("string", OPTIONAL),
    "language": ("string", OPTIONAL),
    "description": ("string", OPTIONAL),
    "lastUpdated": ("dateTime", OPTIONAL),
    "expires": ("dateTime", OPTIONAL),
    "self_directed": ("yesNo", OPTIONAL),
    "micro": ("yesNo", OPTIONAL),
}
REVIEW = {
    "reviewID": ("string", ONCE),
    "organizationID": ("string", OPTIONAL),
    "volunteerOpportunityID": ("string", OPTIONAL),
    "rating": ("decimal", OPTIONAL),
    "ratingMaximum": ("decimal", OPTIONAL),
    "text": ("string", OPTIONAL),
    "reviewerName": ("string", OPTIONAL),
    "reviewerID": ("string", OPTIONAL),
    "reviewerRole": ("string", OPTIONAL),
    "lastUpdated": ("dateTime", OPTIONAL),
}
FOOTPRINT_FEED = {
    "FeedInfo": (FEED_INFO, ONCE),
    "Organizations": (wrapper("Organization", ORGANIZATION), OPTIONAL),
    "VolunteerOpportunities": (wrapper("VolunteerOpportunity", VOLUNTEER_OPPORTUNITY), OPTIONAL),
    "Reviews": (wrapper("Review", REVIEW), OPTIONAL),
}


def problems(payload):
    """Every departure of an FPXML document (bytes or str) from Footprint 0.1; [] when valid."""
    try:
        root = ElementTree.fromstring(payload)
    except (ElementTree.ParseError, DefusedXmlException) as error:
        return [f"not well-formed XML: {error}"]
    if root.tag != "FootprintFeed":
        return [f"the root element is <{root.tag}>, not <FootprintFeed>"]
    found = []
    extra = set(root.attrib) - {"schemaVersion"}
    version = root.get("schemaVersion")
    if version is None:
        found.append("FootprintFeed: the attribute schemaVersion is missing")
    elif not DECIMAL.fullmatch(version.strip()) or Decimal(version) != Decimal("0.1"):
        found.append("FootprintFeed: schemaVersion is fixed to 0.1")
    found += [f"FootprintFeed: unknown attribute {name}" for name in sorted(extra)]
    check_complex(root, FOOTPRINT_FEED, "FootprintFeed", found)
    return found


def check_complex(element, children, path, found):
    if (element.text or "").strip():
        found.append(f"{path}: text outside of child elements")
    counts = {}
    for position, child in enumerate(element, start=1):
        if not isinstance(child.tag, str):
            continue  # comments and processing instructions
        child_path = f"{path}/{child.tag}[{position}]"
        if (child.tail or "").strip():
            found.append(f"{child_path}: text after the element")
        if child.tag not in children:
            found.append(f"{child_path}: element not allowed here")
            continue
        counts[child.tag] = counts.get(child.tag, 0) + 1
        kind, _occurs = children[child.tag]
        check_element(child, kind, child_path, found)
    for name, (_kind, (least, most)) in children.items():
        count = counts.get(name, 0)
        if count < least:
            found.append(f"{path}: required element <{name}> is missing")
        if most is not None and count > most:
            found.append(f"{path}: <{name}> occurs {count} times, at most {most} allowed")


def check_element(element, kind, path, found):
    if isinstance(kind, dict):
        if element.attrib:
            found.append(f"{path}: unknown attribute {sorted(element.attrib)[0]}")
        check_complex(element, kind, path, found)
        return
    extra = set(element.attrib) - SIMPLE_ATTRIBUTES.get(kind, set())
    if extra:
        found.append(f"{path}: unknown attribute {sorted(extra)[0]}")
    if len(element):
        found.append(f"{path}: a {kind} value cannot hold elements")
    value = element.text or ""
    if not SIMPLE[kind](value):
        found.append(f"{path}: „{value[:40]}“ is not a valid {kind}")
