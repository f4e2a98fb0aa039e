"""Footprint XML (FPXML 0.1): organisations, then volunteer opportunities.

Reads feeds as the spec writes them (location/postalCode and location/virtual, sponsoring or
volunteer-hub organisations, dateTimeDurations with dates, openEnded, timeFlexible and
commitmentHoursPerWeek, minimumAge, volunteersNeeded, audience and category tags, contact,
detailURL, expires) and still accepts the older names partners used with us: zipOrPostalCode
and an opportunity-level <virtual>.
"""

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException
from django.utils.translation import gettext as _

from .base import ACCESSIBILITY_WORDS, FeedError, Importer, is_yes


def text(element, path):
    found = element.find(path)
    return "" if found is None or found.text is None else found.text


def texts(element, path):
    return [found.text or "" for found in element.iterfind(path)]


def first_text(element, *paths):
    return next((value for path in paths if (value := text(element, path).strip())), "")


def place(item):
    """The first location with an address; the older feeds' item itself when there is none."""
    for location in item.iterfind("locations/location"):
        if first_text(location, "postalCode", "zipOrPostalCode", "city"):
            return location
    return item


def is_remote(item):
    virtual = [*texts(item, "locations/location/virtual"), text(item, "virtual")]
    return any(is_yes(value) for value in virtual)


def commitment(duration):
    """Our commitment from the spec's words; empty when only dates say it (see commitment_of)."""
    if is_yes(text(duration, "timeFlexible")):
        return "flexible"
    if is_yes(text(duration, "openEnded")):
        return "regular"
    if text(duration, "openEnded").strip() == "No" and text(duration, "startDate").strip():
        return "one_off"
    return ""


class XmlImporter(Importer):
    format = "xml"

    def entries(self, load):
        try:
            root = ElementTree.fromstring(load(None))
        except (ElementTree.ParseError, DefusedXmlException) as error:
            raise FeedError(
                _("Der XML-Feed ist fehlerhaft: %(error)s") % {"error": error}
            ) from error
        if root.tag != "FootprintFeed":
            raise FeedError(_("Der XML-Feed ist kein FootprintFeed."))
        organisations = {
            text(item, "organizationID").strip(): text(item, "name")
            for item in root.iterfind("Organizations/Organization")
        }
        for item in root.iterfind("VolunteerOpportunities/VolunteerOpportunity"):
            yield text(item, "volunteerOpportunityID"), self.values(item, organisations)

    def values(self, item, organisations):
        location = place(item)
        duration = item.find("dateTimeDurations/dateTimeDuration")
        duration = duration if duration is not None else item
        # A sponsor if there is one; a feed that names only the volunteer hub gets the hub.
        organisation_ids = [
            *texts(item, "sponsoringOrganizationIDs/sponsoringOrganizationID"),
            *texts(item, "volunteerHubOrganizationIDs/volunteerHubOrganizationID"),
        ]
        organisation = next(
            (
                organisations[key.strip()]
                for key in organisation_ids
                if key.strip() in organisations
            ),
            "",
        )
        audience = texts(item, "audienceTags/audienceTag")
        return {
            "title": text(item, "title"),
            "organisation": organisation,
            "description": text(item, "description"),
            "summary": text(item, "abstract"),
            "street_address": text(location, "streetAddress1"),
            "postcode": first_text(location, "postalCode", "zipOrPostalCode"),
            "town": text(location, "city"),
            "categories": texts(item, "categoryTags/categoryTag"),
            "target_groups": [
                tag for tag in audience if tag.strip().lower() not in ACCESSIBILITY_WORDS
            ],
            "accessibility": [
                tag for tag in audience if tag.strip().lower() in ACCESSIBILITY_WORDS
            ],
            "contact_name": text(item, "contactName"),
            "contact_email": text(item, "contactEmail"),
            "contact_phone": text(item, "contactPhone"),
            "start_date": text(duration, "startDate"),
            "end_date": text(duration, "endDate"),
            "commitment": commitment(duration),
            "hours_per_week": text(duration, "commitmentHoursPerWeek"),
            "minimum_age": text(item, "minimumAge"),
            "volunteers_needed": text(item, "volunteersNeeded"),
            "valid_through": text(item, "expires"),
            "url": text(item, "detailURL"),
            "remote": "yes" if is_remote(item) else "",
        }
