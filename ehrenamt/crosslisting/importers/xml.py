"""XML in the style of the Footprint feed (FPXML): organisations, then volunteer opportunities."""

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException
from django.utils.translation import gettext as _

from .base import FeedError, Importer


def text(element, path):
    found = element.find(path)
    return "" if found is None or found.text is None else found.text


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
            text(item, "organizationID"): text(item, "name")
            for item in root.iterfind("Organizations/Organization")
        }
        for item in root.iterfind("VolunteerOpportunities/VolunteerOpportunity"):
            location = item.find("locations/location")
            location = location if location is not None else item
            yield (
                text(item, "volunteerOpportunityID"),
                {
                    "title": text(item, "title"),
                    "organisation": organisations.get(
                        text(item, "sponsoringOrganizationIDs/sponsoringOrganizationID"), ""
                    ),
                    "description": text(item, "description"),
                    "summary": text(item, "abstract"),
                    "street_address": text(location, "streetAddress1"),
                    "postcode": text(location, "zipOrPostalCode"),
                    "town": text(location, "city"),
                    "categories": [
                        tag.text or "" for tag in item.iterfind("categoryTags/categoryTag")
                    ],
                    "contact_name": text(item, "contactName"),
                    "contact_email": text(item, "contactEmail"),
                    "contact_phone": text(item, "contactPhone"),
                    "start_date": text(item, "dateTimeDurations/dateTimeDuration/startDate"),
                    "end_date": text(item, "dateTimeDurations/dateTimeDuration/endDate"),
                    "valid_through": text(item, "expires"),
                    "url": text(item, "detailURL"),
                    "remote": text(item, "virtual"),
                },
            )
